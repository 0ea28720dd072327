package extract

import (
	"fmt"
	"strconv"
	"strings"
)

// Offices of people.tsv in time. The file names a person by their best
// known office ("Gordon Brown", Prime Minister), which they may not yet
// hold on the day an article was written (the chancellor of a 2005
// report). Its "terms" column gives the months that office was held, and
// "other offices" the person's other offices with theirs. datedOffices
// checks the office the dictionary gave against the article's date: the
// publication date when the input has one, else the span of months that
// the offices the text itself gives to people of the dictionary were held
// ("Prime Minister Tony Blair", "President George W Bush": 2001-2007).

// parseTerms reads "1997-05/2007-06|2009-03/": spans of months, the end
// left out while the term lasts.
func parseTerms(s string) ([]term, error) {
	var out []term
	for _, f := range splitList(s) {
		from, until, ok := strings.Cut(f, "/")
		if !ok {
			return nil, fmt.Errorf("term %q is not FROM/UNTIL (YYYY-MM)", f)
		}
		a, err := parseMonth(from)
		if err != nil {
			return nil, err
		}
		t := term{From: a}
		if until != "" {
			if t.Until, err = parseMonth(until); err != nil {
				return nil, err
			}
			if t.Until <= t.From {
				return nil, fmt.Errorf("term %q ends before it starts", f)
			}
		}
		out = append(out, t)
	}
	return out, nil
}

// parseMonth reads YYYY-MM as year*12+month-1.
func parseMonth(s string) (int, error) {
	y, m, ok := strings.Cut(strings.TrimSpace(s), "-")
	yy, err1 := strconv.Atoi(y)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || yy < 1800 || yy > 2200 || mm < 1 || mm > 12 {
		return 0, fmt.Errorf("month %q is not YYYY-MM", s)
	}
	return yy*12 + mm - 1, nil
}

// parseOffices reads "Finance Minister,Chancellor:GOV:1997-05/2007-06;
// ...": offices separated by ";", each its canonical titles (the first
// its label), sector and terms.
func parseOffices(s string) ([]pastOffice, error) {
	var out []pastOffice
	for _, f := range strings.Split(s, ";") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		c := strings.Split(f, ":")
		if len(c) != 3 || c[0] == "" {
			return nil, fmt.Errorf("office %q is not TITLES:SECTOR:TERMS", f)
		}
		o := pastOffice{Sector: strings.TrimSpace(c[1])}
		for _, t := range strings.Split(c[0], ",") {
			o.Titles = append(o.Titles, strings.TrimSpace(t))
		}
		var err error
		if o.Terms, err = parseTerms(c[2]); err != nil {
			return nil, err
		}
		if len(o.Terms) == 0 {
			return nil, fmt.Errorf("office %q has no term", f)
		}
		out = append(out, o)
	}
	return out, nil
}

// overlaps reports whether one of ts meets the span [lo, hi).
func overlaps(ts []term, lo, hi int) bool {
	for _, t := range ts {
		if t.From < hi && (t.Until == 0 || t.Until > lo) {
			return true
		}
	}
	return false
}

// laterOffice reports whether every one of ts began at or after hi: an
// office taken up only after the article was written. An office held
// before it stays the person's: what the article tells of them may be of
// that time ("the rebate Margaret Thatcher won").
func laterOffice(ts []term, hi int) bool {
	for _, t := range ts {
		if t.From < hi {
			return false
		}
	}
	return true
}

// hull is the least span [lo, hi) that holds all of ts; hi 0 when the
// last has not ended.
func hull(ts []term) (lo, hi int) {
	lo = ts[0].From
	for _, t := range ts {
		lo = min(lo, t.From)
		if hi != -1 && t.Until == 0 {
			hi = -1
		} else if hi != -1 {
			hi = max(hi, t.Until)
		}
	}
	if hi == -1 {
		hi = 0
	}
	return lo, hi
}

// termsOf are the terms of the office kp's title ttl names: the
// dictionary's own office or one of the others; nil when neither.
func (kp *knownPerson) termsOf(ttl string) []term {
	if ttl == kp.Title {
		return kp.Terms
	}
	for _, o := range kp.Others {
		for _, t := range o.Titles {
			if t == ttl {
				return o.Terms
			}
		}
	}
	return nil
}

// articleSpan is the span of months [lo, hi) the article was written in,
// as far as it can be told without p's own office: the publication month;
// else the months that every office the article gives, in the present,
// to another person of people.tsv named at least twice was held by them
// (the text's title or the dictionary's: "Mr Blair" throughout a report
// is the prime minister of its day, or the text would call him former).
// A person named once may be a passing mention of the past ("the attempt
// on Prime Minister Thatcher"). ok is false when nothing tells or those
// offices were never held at one time; told is true when the publication
// date or an office the text gives tells it.
func (b *builder) articleSpan(p *entRef) (lo, hi int, ok, told bool) {
	if !b.pub.IsZero() {
		m := b.pub.Year()*12 + int(b.pub.Month()) - 1
		return m, m + 1, true, true
	}
	lo, hi = 0, 1<<30
	for _, r := range b.persons {
		if r == p || r.rolePast || r.roleUntil != "" || r.roleTitle == "" {
			continue
		}
		kp := b.d.people[r.Name]
		if kp == nil {
			continue
		}
		ts := kp.termsOf(r.roleTitle)
		if e := b.ents[r.ID]; len(ts) == 0 || e == nil || len(e.Mentions) < 2 {
			continue
		}
		a, z := hull(ts)
		if z == 0 {
			z = 1 << 30
		}
		lo, hi, ok = max(lo, a), min(hi, z), true
		told = told || !r.dictRole
	}
	return lo, hi, ok && lo < hi, told
}

// datedOffices takes from a person of people.tsv the office the
// dictionary gave them (the text gave none) when they took it up only
// after the article's time (articleSpan): they get the other office of
// the dictionary they held then ("Gordon Brown" in a report of Prime
// Minister Tony Blair's days is the chancellor, "John Kerry" in one of
// President Bush's a senator); with none, they keep their country and no
// office when the publication date or an office the text gives tells the
// time, else the dictionary's office (a report of 2005 may name Mrs
// Thatcher twice without being of her time).
func (b *builder) datedOffices() {
	for _, r := range b.persons {
		if !r.dictRole || r.roleTitle == "" {
			continue
		}
		kp := b.d.people[r.Name]
		if kp == nil || len(kp.Terms) == 0 {
			continue
		}
		lo, hi, ok, told := b.articleSpan(r)
		if !ok || !laterOffice(kp.Terms, hi) {
			continue
		}
		b.takeDictOffice(r, kp, lo, hi, told)
	}
}

// takeDictOffice gives r, of dictionary entry kp, the other office of kp
// held within [lo, hi), or, when clear, none.
func (b *builder) takeDictOffice(r *entRef, kp *knownPerson, lo, hi int, clear bool) {
	country := ""
	if r.roleTail != nil && r.roleTail.Kind == KindCountry {
		country = r.roleTail.Country
	}
	for _, o := range kp.Others {
		if overlaps(o.Terms, lo, hi) && country != "" {
			r.roleTitle, r.Sector, r.Code = o.Titles[0], o.Sector, r.roleTail.Code+o.Sector
			return
		}
	}
	if !clear {
		return
	}
	r.roleTitle, r.roleTail, r.Sector = "", nil, ""
	r.Country, r.Code = country, ""
	if c := b.d.byISO[country]; c != nil {
		r.Code = c.Cameo
	}
}
