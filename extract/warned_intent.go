package extract

import "strings"

// Accusations told as a warning or a claim about another actor's plans:
// "X warned that Y were planning deep cuts", "X claimed that Y was plotting
// to ...". The warning or claim lays a bad intent at Y's door: X accuses Y
// (112). See warnthat80 in docs/extraction.md.

// intentWarnVerbs tell what another actor is up to as a charge: a warning,
// a claim or an allegation. Plain "said" is not among them: "X said the
// government was planning to sell the firm" is as often X's own side's
// plan told as news.
var intentWarnVerbs = toSet(`warn warns warned warning claim claims claimed claiming allege alleges alleged alleging`)

// plottingWords are the participles that, after a form of "be", lay an
// intent on the subject: "were planning", "was plotting", "are preparing".
var plottingWords = toSet(`planning plotting scheming preparing trying attempting intending aiming seeking`)

// warnedIntents codes "X warned|claimed|alleged that Y was planning ..."
// as X accusing Y (112), Y the subject of the that-clause, an actor other
// than X.
func (b *builder) warnedIntents(toks []token, s sentence, ms []mention, cls []clause, clOf []int) {
	for k := 1; k+4 < len(toks); k++ {
		if !intentWarnVerbs[toks[k].lower] || toks[k].upper || inMention(ms, k) || !warnedByClauseSubject(toks, ms, k) {
			continue
		}
		q := skipSpeechAdjunct(toks, k+1)
		if q >= len(toks) || toks[q].lower != "that" {
			continue
		}
		m := mentionAt(ms, q+1)
		if m < 0 && q+2 < len(toks) && toks[q+1].lower == "the" {
			m = mentionAt(ms, q+2)
		}
		if m < 0 || !actorMention(ms[m]) || ms[m].poss {
			continue
		}
		at := ms[m].j
		if at+1 >= len(toks) || !beForms[toks[at].lower] {
			continue
		}
		v := at + 1
		if v+1 < len(toks) && strings.HasSuffix(toks[v].lower, "ly") {
			v++ // "was secretly planning"
		}
		if !plottingWords[toks[v].lower] {
			continue
		}
		c := clOf[k]
		if c < 0 || c >= len(cls) || len(cls[c].subject) == 0 || inRefs(ms[m].ref, cls[c].subject) {
			continue
		}
		p := &pattern{Code: "112", Words: []string{toks[k].lower, toks[v].lower}}
		t := trigger{p: p, i: k, j: k + 1, gapI: -1, gapJ: -1, cl: c, org: -1}
		b.emitEvents(toks, s, ms, cls, t, cls[c].subject, []*entRef{ms[m].ref}, false)
	}
}

// warnedByClauseSubject reports whether the warning or claim word at k is
// the clause subject's own: a verb right after its subject, an auxiliary or
// an adverb ("Mr Brown warned", "the Polish government warned", "it has
// claimed", "he repeatedly warned"), a
// participle after a comma or dash ("..., claiming that"), or a noun the
// subject owns ("its central claim that", "Labour's warning that"). A claim
// no one owns ("amid claims that", "a report claiming that") may be anyone's,
// not the subject's.
func warnedByClauseSubject(toks []token, ms []mention, k int) bool {
	if possessiveBefore(toks, k, -1) >= 0 || possessiveMark(toks[k-1].lower) {
		return true
	}
	w := toks[k-1]
	if strings.HasSuffix(toks[k].lower, "ing") {
		return w.text == "," || w.dash
	}
	return w.upper || subjectPronouns[w.lower] || isAux(w.lower) || strings.HasSuffix(w.lower, "ly") || mentionEndsAt(ms, k-1)
}
