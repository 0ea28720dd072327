package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// monthYear is a month an earlier sentence stated with its year ("on 7
// March 2003"), and the paragraph it stood in.
type monthYear struct {
	year, para int
}

// contextYears gives a month the text states with no year ("on 13 March",
// "in March") the year a sentence of the same or the previous paragraph
// stated for that month ("Lord X warned on 7 March 2003 ... On 10 March,
// chiefs asked ... on 13 March he met"): a story of past events goes on in
// the year it set, which the publication day cannot tell (it read 13 March
// as the last one before it, a year off). Only the same month carries its
// year, and only that near: a year two paragraphs up is another story's
// ("launched on November 15 2001 ... is out on 9 November").
func (b *builder) contextYears(toks []token, ds []dateExpr) []dateExpr {
	for k, d := range ds {
		m, stated, ok := monthInDate(toks, d)
		if !ok || d.prec != PrecisionDay && d.prec != PrecisionMonth {
			continue
		}
		para := b.paragraph(toks[d.i].start)
		if stated {
			y, err := strconv.Atoi(d.date[:4])
			if err == nil {
				if b.monthYears == nil {
					b.monthYears = map[time.Month]monthYear{}
				}
				b.monthYears[m] = monthYear{y, para}
			}
			continue
		}
		my, seen := b.monthYears[m]
		if !seen || para-my.para > 1 || strings.HasPrefix(d.date, strconv.Itoa(my.year)) {
			continue
		}
		date := fmt.Sprintf("%04d", my.year) + d.date[4:]
		if _, err := time.Parse(map[bool]string{true: "2006-01-02", false: "2006-01"}[d.prec == PrecisionDay], date); err == nil {
			ds[k].date = date
		}
	}
	return ds
}

// monthInDate reports the month a date expression names, and whether it
// states its year too ("7 March 2003", "March 2003", "in December last
// year"), or sets it by the publication day ("last October"); ok is false when it names no month ("last week").
func monthInDate(toks []token, d dateExpr) (m time.Month, stated, ok bool) {
	for k := d.i; k < d.j && k < len(toks); k++ {
		w := toks[k].lower
		if months[w] != 0 && toks[k].upper {
			m, ok = months[w], true
		}
		if n, err := strconv.Atoi(w); err == nil && n >= 1900 && n <= 2100 || w == "year" || w == "last" || w == "next" || w == "this" {
			stated = true
		}
	}
	return m, stated, ok
}

// paragraph is the paragraph byte offset off stands in: the number of
// blank lines before it, or of lines when the text has no blank line (a
// text whose paragraphs are one line each, as the corpus loader gives).
func (b *builder) paragraph(off int) int {
	if b.paraOf == nil {
		b.paraOf = make([]int, len(b.lines))
		blank := make([]bool, len(b.lines))
		anyBlank := false
		for l, s := range b.lines {
			e := len(b.text)
			if l+1 < len(b.lines) {
				e = b.lines[l+1]
			}
			blank[l] = strings.TrimSpace(b.text[s:e]) == ""
			anyBlank = anyBlank || blank[l] && e < len(b.text)
		}
		n := 0
		for l := range b.lines {
			if blank[l] || !anyBlank {
				n++
			}
			b.paraOf[l] = n
		}
	}
	line := sort.SearchInts(b.lines, off+1) - 1
	if line < 0 || line >= len(b.paraOf) {
		return 0
	}
	return b.paraOf[line]
}
