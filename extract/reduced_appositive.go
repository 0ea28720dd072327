package extract

// reducedAppositive reports whether verb trigger t is a past participle
// set off by a comma or dash after a noun, with an adjunct or an agent after
// it: "the blogger, arrested last week during a raid", "the former mayor,
// detained in 2017 for ...". It tells of its noun by a past act: a
// background event, kept with that label (issue: nothing is dropped for
// being background). The tree often makes the participle the clause's own
// verb, which is why the words decide here.
func reducedAppositive(toks []token, t trigger) bool {
	if t.p.Noun || len(t.p.Words) != 1 || t.i < 2 || t.j >= len(toks) {
		return false
	}
	if p := toks[t.i-1]; p.lower != "," && !p.dash {
		return false
	}
	if w := toks[t.i].lower; len(w) < 4 || w[len(w)-2:] != "ed" {
		return false
	}
	n := toks[t.j].lower
	return n == "by" || n != "to" && n != "of" && prepositions[n] || adjunctWords[n] && !determiners[n] && n != "the"
}
