package extract

import (
	"strconv"
	"strings"
	"time"
)

// dateExpr is a date expression found in a sentence, resolved against the
// publication date.
type dateExpr struct {
	i, j int // tokens [i, j)
	date string
	prec string
	// poss: the expression is a possessive ("Sunday's auction", "this
	// year's budget"): it dates the noun after it, not a verb of its clause.
	poss bool
	// bound: the date bounds a span ("until Monday", "since 1999"): it
	// dates no act, but a relation's since or until may take it.
	bound bool
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// isWeekday reports whether w names a day of the week. weekdays[w] != 0
// alone misses "sunday", whose time.Weekday is 0.
func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}

var months = map[string]time.Month{
	"january": 1, "jan.": 1, "february": 2, "feb.": 2, "march": 3, "mar.": 3,
	"april": 4, "apr.": 4, "may": 5, "june": 6, "july": 7, "august": 8, "aug.": 8, "september": 9,
	"sept.": 9, "sep.": 9, "october": 10, "oct.": 10, "november": 11, "nov.": 11, "december": 12, "dec.": 12,
	// Abbreviations without their period count only beside a number: "22 Dec 2017".
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
	"nov": 11, "dec": 12,
}

// bareAbbrevMonths are month abbreviations that are also words or names
// ("Mar", "Jan"): months only next to a day or a year.
var bareAbbrevMonths = toSet(`jan feb mar apr jun jul aug sep sept oct nov dec`)

// dayNum reads a day of the month: "22", "22nd", "1st", "3rd".
func dayNum(w string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if len(w) == 0 || len(w) > 2 {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	return n, err == nil && n >= 1 && n <= 31
}

var numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3}

// earlyLate place a date early or late in its week, month or year
// ("earlier this month", "later in the year").
var earlyLate = toSet(`early earlier late later`)

// datePreps introduce a bare year or month as a date ("in 2014", "since April").
var datePreps = toSet(`in on since from until till by during of last early late mid before after through throughout`)

func fmtDay(t time.Time) string   { return t.Format("2006-01-02") }
func fmtMonth(t time.Time) string { return t.Format("2006-01") }
func fmtYear(t time.Time) string  { return t.Format("2006") }

// findDates finds the date expressions in toks. pub is the publication date
// (zero when unknown: relative expressions then resolve to nothing); future
// says the sentence speaks of what is to come, so "on Tuesday" is the next
// Tuesday rather than the last.
func findDates(toks []token, pub time.Time, future bool) []dateExpr {
	return findDatesWith(toks, pub, future, nil)
}

// dateParser reads the date of toks[i:j] (explicitDate), given the
// publication date pub (zero when unknown).
type dateParser func(toks []token, i, j int, pub time.Time) (time.Time, bool)

// findDatesWith is findDates with a fallback parser for explicit dates the
// rules do not read ("22.12.2017", "December the 22nd"); nil for none.
func findDatesWith(toks []token, pub time.Time, future bool, dp dateParser) []dateExpr {
	var out []dateExpr
	hasPub := !pub.IsZero()
	low := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].lower
	}
	for k := 0; k < len(toks); k++ {
		w := low(k)
		start := k
		prev := low(k - 1)
		switch {
		case weekdays[strings.TrimSuffix(w, "'s")] != 0 || w == "sunday":
			if !hasPub || !toks[k].upper {
				continue
			}
			if prev == "the" && k+1 < len(toks) && toks[k+1].upper && toks[k+1].word && months[low(k+1)] == 0 {
				continue // "the Sunday Times", "the Monday Club": a name
			}
			wd := weekdays[w]
			end := k + 1
			if low(k+1) == "," {
				// "Monday, 3 March": the explicit date that follows says it.
				if _, ok := dayNum(low(k + 2)); ok || months[low(k+2)] != 0 {
					continue
				}
			}
			if low(k+1) == "'s" {
				end++
			}
			var d time.Time
			switch {
			case prev == "last":
				start--
				d = lastWeekday(pub, wd, false)
			case prev == "next" || prev == "this" && future || future:
				if prev == "next" || prev == "this" {
					start--
				}
				d = nextWeekday(pub, wd)
			default:
				d = lastWeekday(pub, wd, true)
			}
			out = append(out, dateExpr{start, end, fmtDay(d), PrecisionDay, low(end-1) == "'s" || strings.HasSuffix(w, "'s"), false})
			// "Tuesday night", "Tuesday's phone call"
		case w == "yesterday" || w == "today" || w == "tonight" || w == "tomorrow":
			if !hasPub {
				continue
			}
			d := pub
			switch w {
			case "yesterday":
				d = pub.AddDate(0, 0, -1)
			case "tomorrow":
				d = pub.AddDate(0, 0, 1)
			}
			out = append(out, dateExpr{k, k + 1, fmtDay(d), PrecisionDay, false, false})
		case w == "week" || w == "month" || w == "year":
			if !hasPub {
				continue
			}
			q := prev // last, this, next, past
			s := k - 1
			if (q == "past" || q == "last") && low(k-2) == "the" {
				// "over the past year", "in the last week": a span up
				// to now, not last year's or last week's date ("the last
				// week of May" is dated by its month).
				continue
			}
			// "earlier in the week", "later in the year": the current one
			if q == "the" && low(k-2) == "in" {
				if earlyLate[low(k-3)] {
					q, s = "this", k-2
				}
			}
			var d time.Time
			switch q {
			case "last", "past", "previous":
				switch w {
				case "week":
					d = pub.AddDate(0, 0, -7)
				case "month":
					d = firstOfMonth(pub).AddDate(0, -1, 0)
				default:
					d = pub.AddDate(-1, 0, 0)
				}
			case "this":
				d = pub
				if w == "week" {
					d = pub.AddDate(0, 0, -2)
				}
			case "next":
				switch w {
				case "week":
					d = pub.AddDate(0, 0, 7)
				case "month":
					d = firstOfMonth(pub).AddDate(0, 1, 0)
				default:
					d = pub.AddDate(1, 0, 0)
				}
			default:
				continue
			}
			// "earlier this month", "late last year"
			if m := low(s - 1); earlyLate[m] || m == "mid" {
				s--
			}
			p := PrecisionMonth
			if w == "year" {
				p = PrecisionYear
			}
			out = append(out, dateExpr{s, k + 1, fmtPrec(d, p), p, low(k+1) == "'s", false})
		case w == "ago":
			if !hasPub || k < 2 {
				continue
			}
			unit := strings.TrimSuffix(prev, "s")
			n, ok := numberWords[low(k-2)]
			if !ok {
				v, err := strconv.Atoi(low(k - 2))
				if err != nil || v <= 0 || v > 1000 {
					continue
				}
				n = v
			}
			var d time.Time
			p := PrecisionDay
			switch unit {
			case "day":
				d = pub.AddDate(0, 0, -n)
			case "week":
				// "two weeks ago" names a week, not a day: its month, as
				// "last week".
				d, p = pub.AddDate(0, 0, -7*n), PrecisionMonth
			case "month":
				d, p = pub.AddDate(0, -n, 0), PrecisionMonth
			case "year":
				d, p = pub.AddDate(-n, 0, 0), PrecisionYear
			default:
				continue
			}
			out = append(out, dateExpr{k - 2, k + 1, fmtPrec(d, p), p, false, false})
		case months[w] != 0:
			if !toks[k].upper {
				continue
			}
			m := months[w]
			end := k + 1
			day, year := 0, 0
			isYear := func(x string) (int, bool) {
				n, err := strconv.Atoi(x)
				return n, err == nil && n >= 1900 && n <= 2100
			}
			if n, ok := dayNum(low(k + 2)); ok && low(k+1) == "the" && len(low(k+2)) > 2 {
				day, end = n, k+3 // "December the 22nd"
			} else if n, ok := dayNum(low(k + 1)); ok && !(low(k+2) == ":" || low(k+2) == "." && low(k+3) != "" && isDigit(low(k + 3)[0])) {
				day, end = n, k+2
				if y, ok := isYear(low(end + 1)); ok && low(end) == "," {
					year, end = y, end+2
				} else if y, ok := isYear(low(end)); ok {
					year, end = y, end+1
				}
			} else if y, ok := isYear(low(k + 1)); ok {
				year, end = y, k+2
			}
			if day == 0 {
				if n, ok := dayNum(prev); ok {
					day, start = n, k-1
				} else if prev == "of" {
					// "the 22nd of December"
					if n, ok := dayNum(low(k - 2)); ok {
						day, start = n, k-2
						if low(k-3) == "the" {
							start = k - 3
						}
					}
				}
				if day > 0 && year == 0 {
					if y, ok := isYear(low(end)); ok {
						year, end = y, end+1
					} else if y, ok := isYear(low(end + 1)); ok && low(end) == "," {
						year, end = y, end+2
					}
				}
			}
			if bareAbbrevMonths[w] && day == 0 && year == 0 {
				continue // "Mar" alone is a name
			}
			if year == 0 && (low(end) == "last" || low(end) == "this") && low(end+1) == "year" && hasPub {
				// "in December last year", "on 12 March this year"
				year = pub.Year()
				if low(end) == "last" {
					year--
				}
				end += 2
			}
			if w == "may" && day == 0 && year == 0 && !datePreps[prev] {
				continue // the modal verb
			}
			if datePreps[prev] && day == 0 && (prev == "last" || prev == "early" || prev == "late" || prev == "mid") {
				start = k - 1
			}
			if year == 0 {
				if !hasPub {
					continue
				}
				year = pub.Year()
				cand := time.Date(year, m, max(day, 1), 0, 0, 0, 0, time.UTC)
				switch {
				case prev == "last" && day == 0:
					if !cand.Before(firstOfMonth(pub)) {
						year--
					}
				case future || prev == "next":
					if cand.Before(pub) {
						year++
					}
				default:
					if cand.After(pub) {
						year--
					}
				}
			}
			if day > 0 {
				t := time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
				if t.Day() != day {
					continue
				}
				out = append(out, dateExpr{start, end, fmtDay(t), PrecisionDay, false, false})
			} else {
				// "November's decision": a possessive month dates its noun.
				poss := false
				if low(end) == "'s" {
					poss = true
					end++
				}
				out = append(out, dateExpr{start, end, fmtMonth(time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)), PrecisionMonth, poss, false})
			}
			k = end - 1
		case len(w) == 4 && isDigit(w[0]):
			n, err := strconv.Atoi(w)
			if err != nil || n < 1900 || n > 2100 {
				continue
			}
			// 2014-09-19
			if k+2 < len(toks) && toks[k+1].hyph && toks[k+2].hyph {
				mo, e1 := strconv.Atoi(low(k + 1))
				dd, e2 := strconv.Atoi(low(k + 2))
				if e1 == nil && e2 == nil && mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31 {
					t := time.Date(n, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)
					out = append(out, dateExpr{k, k + 3, fmtDay(t), PrecisionDay, false, false})
					k += 2
					continue
				}
			}
			// 2017/12/22
			if k+4 < len(toks) && low(k+1) == "/" && low(k+3) == "/" {
				mo, e1 := strconv.Atoi(low(k + 2))
				dd, e2 := strconv.Atoi(low(k + 4))
				if e1 == nil && e2 == nil && mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31 {
					if t := time.Date(n, time.Month(mo), dd, 0, 0, 0, 0, time.UTC); t.Day() == dd {
						out = append(out, dateExpr{k, k + 5, fmtDay(t), PrecisionDay, false, false})
						k += 4
						continue
					}
				}
			}
			if datePreps[prev] && low(k+1) != "'s" {
				out = append(out, dateExpr{k, k + 1, w, PrecisionYear, false, false})
			} else if (nounMarkers[prev] || prev == "'s") && k+1 < len(toks) && toks[k+1].word && !toks[k+1].hyph && months[low(k+1)] == 0 {
				// "the 1981 riots", "her 2004 tour", "Peru's 2004
				// invasion": a year between a determiner and a noun dates
				// that noun, as a possessive does, no verb.
				out = append(out, dateExpr{k, k + 1, w, PrecisionYear, true, false})
			}
		case len(w) <= 2 && isDigit(w[0]) && k+2 < len(toks) && toks[k+1].hyph && toks[k+2].hyph && len(low(k+2)) == 4:
			// 22-12-2017, day first as most of the world writes it.
			dd, e1 := strconv.Atoi(w)
			mo, e2 := strconv.Atoi(low(k + 1))
			y, e3 := strconv.Atoi(low(k + 2))
			if e1 != nil || e2 != nil || e3 != nil || y < 1900 || y > 2100 {
				continue
			}
			if mo > 12 {
				mo, dd = dd, mo
			}
			if mo < 1 || mo > 12 || dd < 1 || dd > 31 {
				continue
			}
			if t := time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC); t.Day() == dd {
				out = append(out, dateExpr{k, k + 3, fmtDay(t), PrecisionDay, false, false})
				k += 2
			}
		case w == "weekend" && hasPub && (prev == "last" || prev == "the" && (low(k-2) == "at" || low(k-2) == "over")):
			// "last weekend", "at the weekend": the Saturday before.
			out = append(out, dateExpr{k - 1, k + 1, fmtDay(lastWeekday(pub, time.Saturday, false)), PrecisionDay, false, false})
		case (w == "morning" || w == "afternoon" || w == "evening") && prev == "this" && hasPub:
			out = append(out, dateExpr{k - 1, k + 1, fmtDay(pub), PrecisionDay, false, false})
		case isDigit(w[0]) && low(k+1) == "/" && k+4 < len(toks) && low(k+3) == "/":
			a, e1 := strconv.Atoi(w)
			c, e2 := strconv.Atoi(low(k + 2))
			y, e3 := strconv.Atoi(low(k + 4))
			if e1 != nil || e2 != nil || e3 != nil {
				continue
			}
			if y < 100 {
				y += 2000
			}
			mo, dd := a, c // month first, as US wires write it, unless impossible
			if mo > 12 {
				mo, dd = c, a
			}
			if mo < 1 || mo > 12 || dd < 1 || dd > 31 {
				continue
			}
			t := time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)
			out = append(out, dateExpr{k, k + 5, fmtDay(t), PrecisionDay, false, false})
			k += 4
		}
	}
	if dp != nil {
		out = fallbackDates(toks, out, pub, dp)
	}
	return out
}

// boundWords open a date that bounds a span of time rather than dating an
// act: "until Monday", "since 1999", "by the end of 2005".
var boundWords = toSet(`until till since by`)

// boundFill are the words that may stand between a bound word and its date:
// "until the end of 2005", "by midday on Monday", "since early last year".
var boundFill = toSet(`the end start beginning middle close of midday noon midnight on at early late mid`)

// markBounds marks the dates that bound a span ("suspended trading until
// Monday", "agreed to defer payments until the end of 2005", "has lived
// there since 1999", "must reply by midday on Monday"): the act is not done
// on them, so they date no event (actDates), though a relation's since or
// until may take them.
func markBounds(toks []token, ds []dateExpr) []dateExpr {
	for n, d := range ds {
		for k := d.i - 1; k >= 0 && k >= d.i-5; k-- {
			w := toks[k].lower
			if boundWords[w] {
				ds[n].bound = !d.poss
				break
			}
			if !boundFill[w] {
				break
			}
		}
		if !ds[n].bound && !d.poss && sinceClauseBefore(toks, d.i) {
			ds[n].bound = true
		}
		// "lower than in 2004", "more than last year": the date of a
		// comparison dates no act either.
		if k := d.i - 1; k >= 0 && !d.poss {
			if k > 0 && (toks[k].lower == "in" || toks[k].lower == "on" || toks[k].lower == "at" || toks[k].lower == "during") {
				k--
			}
			if toks[k].lower == "than" {
				ds[n].bound = true
			}
		}
	}
	return ds
}

// sinceClauseStops end the search for a since-clause before a date: a
// clause of their own begins after them.
var sinceClauseStops = toSet(`and but or that which who whom whose where while when because although though after before until so`)

// sinceClauseBefore reports a date at i inside a since-clause ("since
// coming to power in 1997", "since he took office in May 2003"): the
// clause's date is where the span began, no date of the act it bounds.
// The clause runs from "since" to the date with no punctuation or other
// clause opener between, at most ten words.
func sinceClauseBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := toks[k]
		if !t.word || t.dash || sinceClauseStops[t.lower] {
			return false
		}
		if t.lower == "since" {
			return k+1 < i
		}
	}
	return false
}

// fallbackDates hands dp (explicitDate) the explicit dates the rules left: a
// number with inner periods ("22.12.2017") or an ordinal ("22nd") with the
// words around it that can belong to a date. Only such candidates are
// parsed, so the fallback costs nothing on the many sentences without one.
func fallbackDates(toks []token, out []dateExpr, pub time.Time, dp dateParser) []dateExpr {
	covered := func(k int) bool {
		for _, d := range out {
			if d.i <= k && k < d.j {
				return true
			}
		}
		return false
	}
	for k := 0; k < len(toks); k++ {
		w := toks[k].lower
		if !isDigit(w[0]) || covered(k) {
			continue
		}
		i, j := k, k+1
		switch {
		case strings.Count(w, ".") == 2 && isDigit(w[len(w)-1]):
			// 22.12.2017
		case len(w) > 2 && !isDigit(w[len(w)-1]):
			if _, ok := dayNum(w); !ok {
				continue
			}
			// "December the 22nd", "22nd December" already read: widen over
			// the words a date may have.
			for i > 0 && k-i < 3 && dateWordish(toks[i-1]) && !covered(i-1) {
				i--
			}
			for j < len(toks) && j-k < 4 && dateWordish(toks[j]) && !covered(j) {
				j++
			}
			hasMonth := false
			for q := i; q < j; q++ {
				hasMonth = hasMonth || months[toks[q].lower] != 0
			}
			if !hasMonth {
				continue // "the 5th", "the 20th century": no date
			}
		default:
			continue
		}
		d, ok := dp(toks, i, j, pub)
		if !ok {
			continue
		}
		y := d.Year()
		if y < 1900 || y > 2100 {
			continue
		}
		out = append(out, dateExpr{i, j, fmtDay(d), PrecisionDay, false, false})
		k = j - 1
	}
	return out
}

// dateWordish reports a token that may be part of an explicit date: a month,
// a number, "the", "of" or a comma.
func dateWordish(t token) bool {
	w := t.lower
	return months[w] != 0 || w == "the" || w == "of" || w == "," || isDigit(w[0]) && len(w) <= 4
}

func spanTextPlain(toks []token, i, j int) string {
	var sb strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			sb.WriteByte(' ')
		}
		sb.WriteString(toks[k].text)
	}
	return sb.String()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func fmtPrec(t time.Time, p string) string {
	switch p {
	case PrecisionMonth:
		return fmtMonth(t)
	case PrecisionYear:
		return fmtYear(t)
	}
	return fmtDay(t)
}

func firstOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// lastWeekday is the latest day before pub (or on it, when sameDay) that
// falls on wd.
func lastWeekday(pub time.Time, wd time.Weekday, sameDay bool) time.Time {
	diff := (int(pub.Weekday()) - int(wd) + 7) % 7
	if diff == 0 && !sameDay {
		diff = 7
	}
	return pub.AddDate(0, 0, -diff)
}

func nextWeekday(pub time.Time, wd time.Weekday) time.Time {
	diff := (int(wd) - int(pub.Weekday()) + 7) % 7
	if diff == 0 {
		diff = 7
	}
	return pub.AddDate(0, 0, diff)
}

// futureMarks put the verb after them in what is to come: "will meet",
// "is expected to sign", "is due to leave".
var futureMarks = toSet(`will 'll shall expected scheduled due planned`)

// intendsTo reports whether w before "to" puts the verb of the
// to-infinitive in what is to come: "hoping to strike a deal at a June
// summit" is next June, "plan to oppose it on Thursday" the next Thursday.
// The words are modality.tsv's own: the first word of each planned "X to"
// phrase (not a try: "tried to" tells of what was tried), in a present or
// progressive form. Past forms ("wanted to", "promised to") may tell of what
// is done, and so may "was to"; "set to" ("is set to sign") announces
// though "set" is a past form too.
func (d *dicts) intendsTo(w string) bool {
	if w == "was" || pastMark(w) && w != "set" {
		return false
	}
	for _, mp := range d.modality["to"] {
		if len(mp.toks) == 2 && mp.toks[0] == w && mp.Modality == ModalityPlanned && !mp.Attempt {
			return true
		}
	}
	return false
}

// futureModals put the verb after them in what may come ("may hold talks in
// January", "would have to start in April"), unless "have" follows ("might
// have met in May" is past).
var futureModals = toSet(`may might would could should must`)

// perfectAfter reports "have" + a past form at k ("have met", "'ve been").
func perfectAfter(toks []token, k, end int) bool {
	if k+1 >= end || toks[k].lower != "have" && toks[k].lower != "'ve" {
		return false
	}
	w := toks[k+1].lower
	return w == "been" || pastMark(w)
}

// pastNotMarks end in -ed but announce what is to come.
var pastNotMarks = toSet(`expected scheduled planned need`)

// pastMark reports a past form: an irregular past or an "-ed" word that does
// not announce what is to come ("promised", "secured", not "scheduled").
func pastMark(w string) bool {
	return irregularPast[w] || strings.HasSuffix(w, "ed") && len(w) > 4 && !pastNotMarks[w]
}

// verbFuture reports whether the verb a date expression at [i, j) modifies
// speaks of what is to come (see verbTime).
func verbFuture(d *dicts, toks []token, i, j, start, end int) bool {
	f, _ := verbTime(d, toks, i, j, start, end)
	return f
}

// verbTime reports whether the verb a date expression at [i, j) modifies
// speaks of what is to come, and whether that verb is a present progressive
// ("is holding talks on Friday", "is being hosted"): news tells with it what
// is arranged, so its weekday is the coming one, or the publication day
// itself ("is meeting her on Thursday", told on a Thursday, is today). The
// verb is the nearest one before it in its clause [start, end) ("announced
// on Tuesday": past, so the Tuesday before or on the publication day; "will
// meet on Tuesday": the next one), else the first one after it ("On Tuesday
// the ministers will meet"). Another verb of the sentence does not count:
// "X announced on Tuesday that Y is withdrawing and will ..." is a past
// announcement.
func verbTime(d *dicts, toks []token, i, j, start, end int) (future, progressive bool) {
	tense := func(k int) (future, past bool) {
		w := toks[k].lower
		switch {
		case futureMarks[w] || w == "next":
			return true, false
		case w == "to" && k > start && (toks[k-1].lower == "is" || toks[k-1].lower == "are" || toks[k-1].lower == "going"):
			return true, false // "is to sign on Friday", "going to"
		case w == "to" && k > start && d.intendsTo(toks[k-1].lower):
			return true, false // "hoping to strike a deal at a June summit", "plan to oppose it on Thursday"
		case presentProgressive(toks, k, start):
			return true, false
		case futureModals[w] && k < i && !perfectAfter(toks, k+1, end):
			return true, false // "may meet in January", "would have to act in April"; not "may have met"
		case irregularPast[w] || strings.HasSuffix(w, "ed") && len(w) > 4 && !pastNotMarks[w] && toks[k].word && !toks[k].upper:
			return false, true
		case w == "was" || w == "were" || w == "had" || w == "did":
			return false, true
		}
		return false, false
	}
	// "which opens on Thursday", "who attends the summit of industrialised
	// nations on Friday": the clause's own verb, right after the pronoun
	// that opens it, rules over an -ed adjective nearer the date.
	for k := start; k < i && k <= start+2; k++ {
		if relPresent(toks, k, start) {
			return true, false
		}
	}
	for k := i - 1; k >= start; k-- {
		if f, p := tense(k); f || p {
			return f, f && presentProgressive(toks, k, start)
		}
	}
	for k := j; k < end; k++ {
		if f, p := tense(k); f || p {
			return f, f && presentProgressive(toks, k, start)
		}
	}
	return false, false
}

// presentProgressive reports "is" or "are" + an -ing form at k ("is
// holding", "are being").
func presentProgressive(toks []token, k, start int) bool {
	w := toks[k].lower
	if k <= start || len(w) <= 4 || !strings.HasSuffix(w, "ing") || !toks[k].word || toks[k].upper {
		return false
	}
	b := toks[k-1].lower
	return b == "is" || b == "are"
}

// datesByTense finds the date expressions of a sentence and reads each
// weekday by the tense of its own verb (verbTime), the clause of each
// token given by clOf and its bounds by bounds.
func datesByTense(d *dicts, toks []token, pub time.Time, dp dateParser, clOf []int, bounds func(c int) (int, int)) []dateExpr {
	past := findDatesWith(toks, pub, false, dp)
	var fut []dateExpr
	for k, de := range past {
		start, end := bounds(clOf[de.i])
		future, progressive := verbTime(d, toks, de.i, de.j, start, end)
		if !future || progressive && de.prec == PrecisionDay && !pub.IsZero() && de.date == fmtDay(pub) {
			continue
		}
		if fut == nil {
			fut = findDatesWith(toks, pub, true, dp)
		}
		for _, f := range fut {
			if f.j == de.j {
				past[k] = f
				break
			}
		}
	}
	return markBounds(toks, past)
}

// elaborationNouns are what "according to the ..." or "the ... said" point
// back at: a statement or document reported just before.
var elaborationNouns = toSet(`statement report announcement document communique letter text agreement deal
accord decree`)

// elaborates reports a sentence that elaborates an earlier report ("According
// to the statement, ...", "The statement added that ..."): when it states
// no date, what it tells happened when that report says.
func elaborates(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		w := toks[k].lower
		if w == "according" && k+3 < len(toks) && toks[k+1].lower == "to" && agreementDets[toks[k+2].lower] && elaborationNouns[toks[k+3].lower] {
			return true
		}
		if (w == "the" || w == "this") && k+2 < len(toks) && elaborationNouns[toks[k+1].lower] && sayVerbs[toks[k+2].lower] {
			return true
		}
	}
	return false
}

// ownDates keeps the dates (all of them when toks is nil) of a clause that belong to the verb at [i, j):
// a date after another verb joined on by "and" or "but", or after a
// future mark, is that verb's ("is withdrawing ..., and its ships will leave
// next month": next month is when they leave).
func ownDates(toks []token, ds []dateExpr, i, j int) []dateExpr {
	if toks == nil {
		return ds // a clause's date, no verb's
	}
	var out []dateExpr
	for _, d := range ds {
		own := true
		for k := j; k < d.i && k < len(toks); k++ {
			w := toks[k].lower
			if futureMarks[w] && !futureMarksBefore(toks, i) || (w == "and" || w == "but") && k > 0 && toks[k-1].text == "," || futureModals[w] && k > j && pastAct(toks, i) {
				own = false
				break
			}
			// "ensure the rebate, secured in 1984 by ...", "backed the
			// agreement reached by ministers in May": a past participle
			// after a noun or a comma, with its agent or date after it,
			// modifies the noun; the date is its own.
			if k > j && k+1 <= d.i && reducedRelative(toks, k) {
				// set off by commas, the phrase ends at the next one
				// ("the pact, drafted in 1998, on Monday").
				q := k + 1
				for q < d.i && toks[q].text != "," {
					q++
				}
				if toks[k-1].text == "," && q < d.i {
					k = q
					continue
				}
				own = false
				break
			}
			// "threatened to leave the accord (that) it signed in 2015": a
			// pronoun and a past verb after the act open a clause of their
			// own, whose verb the date modifies.
			if clausePronouns[w] && k > j && k+1 < d.i && (strings.HasSuffix(toks[k+1].lower, "ed") || irregularPast[toks[k+1].lower]) {
				own = false
				break
			}
		}
		if own {
			out = append(out, d)
		}
	}
	return out
}

// clausePronouns may open a relative clause with no relative word before them.
var clausePronouns = toSet(`it they he she we`)

// futureMarksBefore reports a future mark among the three words before i:
// the verb at i is itself future ("will leave next month").
func futureMarksBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if futureMarks[toks[k].lower] {
			return true
		}
	}
	return false
}

// relativeDays dates the phrases that count days from the last day the text
// stated: "in a statement on the same day", "later that day" (that day);
// "a day earlier", "the previous day", "the day before" (the day before it);
// "the next day", "the following day", "a day later" (the day after it).
// The day counted from is the last day-precise date before the phrase in
// its sentence (ds), else the last one an earlier sentence of the article
// stated (b.lastDay); with neither, the phrase dates nothing. A phrase
// that goes on to name what it counts from ("on the same day as the
// vote", "the day before the Oscars", "a day later than the others")
// is left alone.
func (b *builder) relativeDays(toks []token, ds []dateExpr) []dateExpr {
	var out []dateExpr
	for k := 0; k+1 < len(toks); k++ {
		w, next := toks[k].lower, toks[k+1].lower
		off, end := 0, 0
		switch {
		case next == "day" && (w == "same" && k > 0 && (toks[k-1].lower == "the" || toks[k-1].lower == "that")):
			off, end = 0, k+2
		case w == "that" && next == "day" && k > 0 && (toks[k-1].lower == "later" || toks[k-1].lower == "earlier"):
			off, end = 0, k+2
		case (w == "a" || w == "one") && next == "day" && k+2 < len(toks) && toks[k+2].lower == "earlier":
			off, end = -1, k+3
		case (w == "a" || w == "one") && next == "day" && k+2 < len(toks) && toks[k+2].lower == "later":
			off, end = 1, k+3
		case w == "the" && (next == "previous" || next == "next" || next == "following") && k+2 < len(toks) && toks[k+2].lower == "day":
			off, end = -1, k+3
			if next != "previous" {
				off = 1
			}
		case w == "the" && next == "day" && k+2 < len(toks) && toks[k+2].lower == "before":
			off, end = -1, k+3
		default:
			continue
		}
		if end < len(toks) {
			if f := toks[end]; f.word && (f.upper || relativeDayGoesOn[f.lower]) {
				continue // "the day before the Oscars", "the same day as the vote"
			}
		}
		ref := b.lastDay
		at := -1
		for _, d := range ds {
			if d.prec == PrecisionDay && !d.bound && d.j <= k && d.i > at {
				at, ref = d.i, d.date
			}
		}
		t, err := time.Parse("2006-01-02", ref)
		if ref == "" || err != nil {
			continue
		}
		out = append(out, dateExpr{i: k, j: end, date: fmtDay(t.AddDate(0, 0, off)), prec: PrecisionDay})
		k = end - 1
	}
	return out
}

// relativeDayGoesOn are words after a relative day phrase that name what it
// counts from, or make it no date: "the same day as ...", "the day before
// the vote", "a day later than planned", "the next day's papers".
var relativeDayGoesOn = toSet(`as the a an his her its their than of 's that this`)

// actDates leaves out of ds the dates that belong to something other than
// the act at [i, j) (its trigger), though they stand in its clause:
//   - a possessive date dates the noun it determines ("Sunday's auction",
//     "this year's luncheon"), not an act a few words before or after it,
//     unless the noun is the scene of the act ("In Tuesday's phone call,
//     they discussed ...", possScene);
//   - a date in the act's that- or to-complement ("warned that earnings in
//     2005 may slide", "vowed to cut the deficit in 2005") is the
//     complement's when it does not lie wholly before the publication day:
//     what is warned of, vowed or agreed is still to come;
//   - a date after the publication day cannot date an act told in the past
//     ("has promised them £8bn next year").
//
// pub is the publication day (zero when unknown).
func actDates(toks []token, ds []dateExpr, i, j int, pub time.Time) []dateExpr {
	if len(ds) == 0 {
		return ds
	}
	var out []dateExpr
	past := j > i && pastAct(toks, i)
	for _, d := range ds {
		if d.bound {
			continue
		}
		if d.poss && !(i >= d.j && i <= d.j+3) && !(d.i < i && d.i > 0 && possScene[toks[d.i-1].lower]) {
			continue
		}
		if d.i >= j && j < len(toks) {
			// "that" may be a determiner ("backed that view on Tuesday"):
			// a complement is told apart by its date not lying wholly
			// before the publication day, as a to-complement's.
			if (toks[j].lower == "that" && j+1 < d.i || toComplement(toks, j)) && !pub.IsZero() && !periodBefore(d, pub) {
				continue
			}
		}
		if (past || modalAct(toks, i, j)) && !pub.IsZero() && periodAfter(d, pub) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// modalAct reports a trigger that is a lone modal of asking ("Blair should
// act next week", said by a critic): the asking is done when told, what is
// asked comes later, so a date to come is the asked act's.
func modalAct(toks []token, i, j int) bool {
	return j == i+1 && (toks[i].lower == "should" || toks[i].lower == "must")
}

// possScene are the prepositions before a possessive date whose noun is where
// the act after it took place: "in Tuesday's call", "during Monday's debate".
var possScene = toSet(`in during at`)

// pastAct reports a trigger whose first word is a past form and no future
// or modal word just before it: "promised", "has vowed", not "will meet".
func pastAct(toks []token, i int) bool {
	w := toks[i].lower
	if !pastMark(w) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if futureMarks[toks[k].lower] || modalWords[toks[k].lower] || toks[k].lower == "to" {
			return false
		}
	}
	return true
}

// toComplement reports a to-infinitive opening at j, or a trigger ending in
// "to" just before j ("vowed to" + verb): "to cut", not "to Moscow".
func toComplement(toks []token, j int) bool {
	k := j
	if toks[j].lower != "to" {
		if j == 0 || toks[j-1].lower != "to" {
			return false
		}
		k = j - 1
	}
	if k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	return n.word && !n.upper && !determiners[n.lower] && !isDigit(n.lower[0])
}

// datePeriod is the span a date of its precision names: [start, end).
func datePeriod(d dateExpr) (time.Time, time.Time, bool) {
	switch d.prec {
	case PrecisionDay:
		t, err := time.Parse("2006-01-02", d.date)
		return t, t.AddDate(0, 0, 1), err == nil
	case PrecisionMonth:
		t, err := time.Parse("2006-01", d.date)
		return t, t.AddDate(0, 1, 0), err == nil
	case PrecisionYear:
		t, err := time.Parse("2006", d.date)
		return t, t.AddDate(1, 0, 0), err == nil
	}
	return time.Time{}, time.Time{}, false
}

// periodBefore reports a date wholly before the publication day.
func periodBefore(d dateExpr, pub time.Time) bool {
	_, end, ok := datePeriod(d)
	return ok && !end.After(pub)
}

// periodAfter reports a date wholly after the publication day.
func periodAfter(d dateExpr, pub time.Time) bool {
	start, _, ok := datePeriod(d)
	return ok && start.After(pub)
}

// outsideNames leaves out the dates inside a name's mention ("The Mail on
// Sunday", "the Sunday Telegraph"): a newspaper's day is no date. mAt
// gives the mention (index+1) covering each token.
func outsideNames(ds []dateExpr, ms []mention, mAt []int) []dateExpr {
	out := ds[:0]
	for _, d := range ds {
		named := false
		for k := d.i; k < d.j && k < len(mAt); k++ {
			if m := mAt[k] - 1; m >= 0 && ms[m].ref != nil && ms[m].ref.Kind == KindOrganization {
				named = true
				break
			}
		}
		if !named {
			out = append(out, d)
		}
	}
	return out
}

// participleLead are the words before a past participle that make it a
// verb of its own clause, not a noun's modifier ("has signed", "and signed").
var participleLead = toSet(`and but or to have has had having was were be been being is are am not never also already`)

// reducedRelative reports a past participle at k that modifies the noun or
// the comma before it ("the rebate, secured in 1984", "the agreement reached
// by ministers"): a past form after a comma or a lower-case word that is no
// auxiliary, followed by "by", or by "in" or "on" and a date.
func reducedRelative(toks []token, k int) bool {
	w := toks[k].lower
	if k == 0 || k+1 >= len(toks) || !toks[k].word || toks[k].upper {
		return false
	}
	if !pastMark(w) {
		return false
	}
	p := toks[k-1]
	if !(p.text == "," || p.word && !p.upper && !isDigit(p.lower[0]) && !participleLead[p.lower] && !strings.HasSuffix(p.lower, "ly") && !determiners[p.lower]) {
		return false
	}
	switch toks[k+1].lower {
	case "by":
		return true
	case "in", "on":
		return k+2 < len(toks) && startsDate(toks[k+2])
	}
	return false
}

// startsDate reports a word that may open a date after "in" or "on": a
// year, a day's number, a month or a weekday ("in 1984", "on 3 May").
func startsDate(t token) bool {
	w := t.lower
	return isDigit(w[0]) || months[w] != 0 && t.upper || isWeekday(w)
}

// unbound leaves out the dates that bound a span (markBounds).
func unbound(ds []dateExpr) []dateExpr {
	var out []dateExpr
	for _, d := range ds {
		if !d.bound {
			out = append(out, d)
		}
	}
	return out
}

// relPresent reports a present verb of the third person at k right after a
// who or which that opens a relative clause ("the fair, which opens on
// Thursday"; "the minister, who attends the summit on Friday"): a present
// act on a named day in news is one that is due, as "is to".
func relPresent(toks []token, k, start int) bool {
	w := toks[k].lower
	if k-1 < start || k-1 < 0 || !toks[k].word || toks[k].upper || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || relPresentNot[w] {
		return false
	}
	if p := toks[k-1].lower; p != "who" && p != "which" {
		return false
	}
	// "in which talks ...": after a preposition "which" may open a clause
	// whose subject comes first.
	return k-2 < 0 || !prepositions[toks[k-2].lower]
}

// relPresentNot are -s words after who/which that are no present verb of
// an act to come.
var relPresentNot = toSet(`has does always perhaps`)
