package extract

import (
	"strings"
	"time"
)

// opensWhen reports a clause opened by "when" (after a comma or a dash).
func opensWhen(toks []token, cl clause) bool {
	for k := cl.start; k < cl.end && k < len(toks); k++ {
		if toks[k].word {
			return toks[k].lower == "when"
		}
	}
	return false
}

// whenDates gives an undated clause c the dates of the clause it shares a
// time with through "when": a when-clause takes its main clause's ("came
// last week when it took control of ..."), and a main clause its
// when-clause's ("will vote against it when it comes up in March", "When
// they split in 2003, X resigned"). A fronted when-clause comes before its
// main clause, any other after it. Bounds and possessives stay out, as does
// a date after the publication day for an act told in the past (at is the
// trigger's first token).
func (b *builder) whenDates(toks []token, cls []clause, c, at int) []dateExpr {
	partner := -1
	switch {
	case opensWhen(toks, cls[c]):
		partner = c - 1
		if cls[c].fronted {
			partner = c + 1
		}
	case c+1 < len(cls) && !cls[c+1].fronted && opensWhen(toks, cls[c+1]):
		partner = c + 1
	case c > 0 && cls[c-1].fronted && opensWhen(toks, cls[c-1]):
		partner = c - 1
	}
	if partner < 0 || partner >= len(cls) || cls[partner].relative && partner != c-1 {
		return nil
	}
	past := pastAct(toks, at)
	// "will vote against it when it comes up in March": a when-clause in
	// the present after a main clause to come is to come too.
	var fut []dateExpr
	if partner > c && !cls[partner].fronted || partner < c && cls[partner].fronted {
		if !b.pub.IsZero() && verbFuture(b.d, toks, at, at+1, cls[c].start, cls[c].end) && !pastForms(toks, cls[partner].start, cls[partner].end) {
			fut = findDatesWith(toks, b.pub, true, b.dp)
		}
	}
	var out []dateExpr
	for _, d := range cls[partner].dates {
		for _, f := range fut {
			if f.i == d.i && f.j == d.j {
				d.date, d.prec = f.date, f.prec
			}
		}
		if d.bound || d.poss || past && !b.pub.IsZero() && periodAfter(d, b.pub) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// pastForms reports a past form in toks[i:j] ("was", "had", "signed").
func pastForms(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		w := toks[k].lower
		if w == "was" || w == "were" || w == "had" || w == "did" || irregularPast[w] ||
			toks[k].word && !toks[k].upper && pastMark(w) {
			return true
		}
	}
	return false
}

// reportDates leaves out of ds, the dates of a reporting clause cl, those
// that lie wholly after the publication day when the report is told in the
// past ("In a move that should cut rates next year, the minister said ..."):
// a report made by then is not dated after it.
func (b *builder) reportDates(toks []token, cl clause, ds []dateExpr) []dateExpr {
	if b.pub.IsZero() || len(ds) == 0 || !pastForms(toks, cl.start, cl.end) {
		return ds
	}
	var out []dateExpr
	for _, d := range ds {
		if !periodAfter(d, b.pub) {
			out = append(out, d)
		}
	}
	return out
}

// dateFragment returns the clause right after clause c when it holds
// nothing but a date and punctuation, -1 otherwise. Commas around a place
// ("which meets in Davos, Switzerland, next week") cut such a date off the
// clause it belongs to; a fragment with no word of its own dates the clause
// before it.
func dateFragment(toks []token, cls []clause, c int) int {
	f := c + 1
	if toks == nil || f >= len(cls) || len(cls[f].dates) == 0 || cls[f].reported || cls[f].fronted || cls[f].sub {
		return -1
	}
	for k := cls[f].start; k < cls[f].end && k < len(toks); k++ {
		if !toks[k].word {
			continue
		}
		in := false
		for _, d := range cls[f].dates {
			if k >= d.i && k < d.j {
				in = true
				break
			}
		}
		if !in {
			return -1
		}
	}
	return f
}

// afterSince drops the dates before the act at i when "since" stands as an
// adverb right before it ("was suspended on 1 May and has since filed a
// complaint", "have since been charged"): the act came after that date.
func afterSince(toks []token, ds []dateExpr, i int) []dateExpr {
	k := i - 1
	if k >= len(toks) {
		return ds
	}
	if k >= 1 && toks[k].lower == "been" {
		k--
	}
	if k < 1 || toks[k].lower != "since" {
		return ds
	}
	switch toks[k-1].lower {
	case "has", "have", "had", "was", "were", "is", "are":
	default:
		return ds
	}
	var out []dateExpr
	for _, d := range ds {
		if d.j > k {
			out = append(out, d)
		}
	}
	return out
}

// perfectPast leaves out a date wholly before the publication day that
// another verb or clause stands between it and an act told in the present
// perfect ("has withdrawn", "have also met"): that tense takes no past time
// from afar, so such a date is the other verb's ("has sued banks as it
// tries to reclaim money paid before it went bust last year", "have met
// the demands laid out in a settlement reached in 1998", "has ordered
// them to appear on Friday"), or the other conjunct's when it stands
// before "and" ("shut its office last year and has withdrawn from ...").
// A date in the act's own phrase stays ("has held a meeting with X in
// Mogadishu on Wednesday", "on Monday has declared"), as does an
// infinitive or modal perfect ("is said to have resigned three months
// ago", "might have met in March") and a period that holds the
// publication day ("has risen this year").
func perfectPast(toks []token, ds []dateExpr, i, j int, pub time.Time) []dateExpr {
	if pub.IsZero() || !presentPerfect(toks, i) {
		return ds
	}
	var out []dateExpr
	for _, d := range ds {
		if !periodBefore(d, pub) || !perfectApart(toks, d, i, j) {
			out = append(out, d)
		}
	}
	return out
}

// perfectApart reports another verb or a clause opener between the act at
// [i, j) and a date after it ("to appear", "reached", "that", "following"),
// or "and"/"but" between a date before it and the act.
func perfectApart(toks []token, d dateExpr, i, j int) bool {
	for k := d.j; k < i && k < len(toks); k++ {
		if w := toks[k].lower; w == "and" || w == "but" {
			return true
		}
	}
	for k := j; k < d.i && k < len(toks); k++ {
		t := toks[k]
		if !t.word || t.upper {
			continue
		}
		w := t.lower
		if relPronouns[w] || clauseOpeners[w] || w == "before" || w == "after" || pastMark(w) ||
			strings.HasSuffix(w, "ing") && len(w) > 5 && w != "during" ||
			w == "to" && k+1 < d.i && toks[k+1].word && !toks[k+1].upper && !determiners[toks[k+1].lower] {
			return true
		}
	}
	return false
}

// presentPerfect reports "has" or "have" before the word at i, past
// adverbs and "been" ("has consistently denied", "have not been paid"),
// with no "to" or modal before the auxiliary.
func presentPerfect(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && k >= i-3 && (toks[k].lower == "been" || strings.HasSuffix(toks[k].lower, "ly") || perfectAdverbs[toks[k].lower]) {
		k--
	}
	if k < 0 || i >= len(toks) || !pastParticiple(toks[i]) && !irregularPast[toks[i].lower] {
		return false // "has talks on Monday": "has" is the verb
	}
	switch toks[k].lower {
	case "has", "have", "'ve":
	default:
		return false
	}
	return k == 0 || toks[k-1].lower != "to" && !modalWords[toks[k-1].lower]
}
