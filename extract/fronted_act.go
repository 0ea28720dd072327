package extract

// frontedOwnAct reports whether the act noun t, inside a phrase that opens
// its clause before the subject ("After the attacks, X said ...", "During
// the visit, X ..."), is the subject's own act. A meeting, talks or a
// visit (root 04) is: the subject is one of those who met ("After talks
// with Y, X said"). So is an act whose possessive pronoun agrees with the
// subject ("Following its invasion of Z, X ..."), on the roots where the
// possessor is the doer (doerPossessorRoots). Any other act in such a phrase
// is one the subject answers or goes on despite, done by someone else or to
// it ("Directly after the attacks, the government said the Taliban were
// responsible"; "Soon after their withdrawal, X attacked"), and its doer
// stays unknown unless the phrase names one. A noun in a phrase inside the
// clause, not opening it, keeps the subject (see frontedPhrase).
func frontedOwnAct(toks []token, cl *clause, t trigger) bool {
	root := t.p.Code[:2]
	if root == "04" || !frontedPhrase(toks, cl, t.i) {
		return true
	}
	if len(cl.subject) == 0 || !doerPossessorRoots[root] {
		return false
	}
	k := possessiveBefore(toks, t.i, cl.start)
	return k >= 0 && possessiveAgrees(toks[k].lower, cl.subject)
}

// frontedPhrase reports whether the noun at i lies in a phrase that opens
// its clause with a preposition, after a quote mark and at most two words
// ("Directly after", "Soon after"), and ends at a comma before the clause's subject.
func frontedPhrase(toks []token, cl *clause, i int) bool {
	k := cl.start
	for k < i && !toks[k].word && toks[k].text != "," {
		k++ // an opening quote
	}
	for n := 0; k < i && n < 2 && toks[k].word && !prepositions[toks[k].lower]; n++ {
		k++
	}
	if !prepositions[toks[k].lower] || cl.subjPos <= i {
		return false
	}
	for q := k + 1; q < cl.subjPos; q++ {
		if toks[q].text == "," {
			return q > i
		}
	}
	return false
}
