package extract

// Judgements reported without a verb of criticising or praising: "X said
// Y was wrong", "X said Y's plan was a mistake" is X criticising Y (111);
// "X said Y had been right to ..." is X endorsing Y (051). See judge52 in
// docs/extraction.md.

// judgementWords are the words that, after a form of "be", judge what the
// reported clause's subject did: a fault (111) or a merit (051). Grown from
// WordNet's senses of "wrong" (similar to: mistaken, misguided), "mistake"
// (hypernym: error; hyponyms: blunder) and "disgraceful" (similar to:
// shameful, scandalous, outrageous), kept to words that judge a doing.
var judgementWords = map[string]string{
	"wrong": "111", "mistaken": "111", "misguided": "111", "irresponsible": "111",
	"disgraceful": "111", "shameful": "111", "scandalous": "111", "outrageous": "111",
	"deplorable": "111", "reprehensible": "111", "reckless": "111", "ill-judged": "111",
	"ill-advised": "111", "ill-timed": "111", "unacceptable": "111",
	"mistake": "111", "error": "111", "blunder": "111", "disgrace": "111", "scandal": "111",
	"betrayal": "111", "farce": "111", "shambles": "111", "folly": "111",
	"right": "051", "correct": "051", "courageous": "051", "brave": "051",
}

// judgementDegree are words that may stand between "a" and the judging
// noun ("a serious mistake", "a grave error").
var judgementDegree = toSet(`serious grave terrible huge big major great historic tragic complete total costly fundamental dreadful catastrophic very deeply completely totally utterly quite simply clearly absolutely`)

// haveForms make "been" a finite judgement ("had been wrong").
var haveForms = toSet(`had has have`)

// judgementBreaks may not stand in the subject before the "be" of a
// judgement: "the war in Iraq was a mistake" judges no act of Iraq's.
var judgementBreaks = toSet(`in of on against over at from with between for about under into after before , ; : " that who which when if would could will might may should must`)

// reportedJudgements codes "X said Y was wrong / Y's plan was a mistake /
// Y was right to ..." as X criticising (111) or praising (051) Y.
func (b *builder) reportedJudgements(toks []token, s sentence, ms []mention, cls []clause) {
	for c := range cls {
		cl := &cls[c]
		speaker := reportSpeaker(toks, cls, c)
		if speaker < 0 || len(cl.subject) == 0 || len(cls[speaker].subject) == 0 || inRefs(cl.subject[0], cls[speaker].subject) {
			continue
		}
		if p := cl.subjPos; p < 0 || p >= len(toks) || toks[p].lower == "it" || toks[p].lower == "this" || toks[p].lower == "that" {
			continue
		}
		k := cl.subjPos
		for ; k < cl.end && k < cl.subjPos+8; k++ {
			if beForms[toks[k].lower] || judgementBreaks[toks[k].lower] {
				break
			}
		}
		if k >= cl.end || k >= len(toks) || !beForms[toks[k].lower] || k == cl.subjPos {
			continue
		}
		if w := toks[k].lower; w == "be" || w == "being" || w == "been" && !haveForms[toks[k-1].lower] {
			// "would be a mistake" is conjecture; "had been wrong" is a
			// judgement as "was wrong" is.
			continue
		}
		e := k + 1
		if e < cl.end && (toks[e].lower == "a" || toks[e].lower == "an") {
			e++
		}
		for e < cl.end && judgementDegree[toks[e].lower] {
			e++
		}
		if e >= cl.end || e >= len(toks) {
			continue
		}
		w := toks[e].lower
		code, ok := judgementWords[w]
		if !ok {
			continue
		}
		if w == "wrong" && e+1 < len(toks) && toks[e+1].lower == "to" {
			continue // "wrong to" is reportedDemands'
		}
		p := &pattern{Code: code, Words: []string{toks[k].lower, w}}
		t := trigger{p: p, i: k, j: e + 1, gapI: -1, gapJ: -1, cl: c, org: -1}
		b.emitEvents(toks, s, ms, cls, t, cls[speaker].subject, cl.subject, false)
	}
}
