package extract

// Judgements reported without a verb of criticising or praising: "X said
// Y was wrong", "X said Y's plan was a mistake" is X criticising Y (111);
// "X said Y had been right to ..." is X endorsing Y (051). See judge52 in
// docs/extraction.md.

// judgementWords are the words that, after a form of "be", judge what the
// reported clause's subject did: a fault (111) or a merit (051). The
// adjectives of the censure class of noun-classes.tsv (the "called it
// disgraceful" frame's) judge a fault too (see judgementCode). Grown from
// WordNet's senses of "wrong" (similar to: mistaken, misguided), "mistake"
// (hypernym: error; hyponyms: blunder) and "disgraceful" (similar to:
// shameful, scandalous, outrageous), kept to words that judge a doing.
var judgementWords = map[string]string{
	"mistaken": "111", "unfair": "111", "flawed": "111", "opportunistic": "111", "disgusting": "111",
	"mistake": "111", "error": "111", "blunder": "111", "disgrace": "111", "scandal": "111",
	"betrayal": "111", "farce": "111", "shambles": "111", "folly": "111",
	"right": "051", "correct": "051", "courageous": "051", "brave": "051",
}

// judgementCode is the code of a judgement ending in word w: 111 for a word
// of the censure class or a fault of judgementWords, 051 for a merit.
func (b *builder) judgementCode(w string) (string, bool) {
	for _, n := range b.d.classes["censure"] {
		if n == w {
			return "111", true
		}
	}
	code, ok := judgementWords[w]
	return code, ok
}

// judgementDegree are words that may stand between "a" and the judging
// noun ("a serious mistake", "a grave error").
var judgementDegree = toSet(`serious grave terrible huge big major great historic tragic complete total costly fundamental dreadful catastrophic highly fundamentally very deeply completely totally utterly quite simply clearly absolutely`)

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
		if speaker < 0 || len(cls[speaker].subject) == 0 {
			continue
		}
		judged, at := cl.subject, cl.subjPos
		if len(judged) == 0 {
			// "X said Y's decision was a mistake": a possessor opening
			// the clause is no subject, but it is whose act is judged.
			judged, at = judgedPossessor(toks, ms, cl)
		}
		if len(judged) == 0 || inRefs(judged[0], cls[speaker].subject) {
			continue
		}
		if at < 0 || at >= len(toks) || toks[at].lower == "it" || toks[at].lower == "this" || toks[at].lower == "that" {
			continue
		}
		k := at
		for ; k < cl.end && k < at+8; k++ {
			if beForms[toks[k].lower] || judgementBreaks[toks[k].lower] {
				break
			}
		}
		if k >= cl.end || k >= len(toks) || !beForms[toks[k].lower] || k == at {
			continue
		}
		if w := toks[k].lower; w == "be" || w == "being" || w == "been" && !haveForms[toks[k-1].lower] {
			// "would be a mistake" is conjecture; "had been wrong" is a
			// judgement as "was wrong" is.
			continue
		}
		e := k + 1
		for e < cl.end && e < len(toks) && (isQuoteMark(toks[e].text) || toks[e].lower == "a" || toks[e].lower == "an" || judgementDegree[toks[e].lower]) {
			// "was \"a grave mistake\"", "were \"highly irresponsible\"".
			e++
		}
		if e >= cl.end || e >= len(toks) {
			continue
		}
		w := toks[e].lower
		code, ok := b.judgementCode(w)
		if !ok {
			continue
		}
		if w == "wrong" && e+1 < len(toks) && toks[e+1].lower == "to" {
			continue // "wrong to" is reportedDemands'
		}
		p := &pattern{Code: code, Words: []string{toks[k].lower, w}}
		t := trigger{p: p, i: k, j: e + 1, gapI: -1, gapJ: -1, cl: c, org: -1}
		b.emitEvents(toks, s, ms, cls, t, cls[speaker].subject, judged, false)
	}
}

// judgedPossessor is the actor whose possessive opens clause cl ("Y's plan",
// "that Y's decision") and where it starts; nil and -1 when there is none.
func judgedPossessor(toks []token, ms []mention, cl *clause) ([]*entRef, int) {
	p := cl.start
	for p < cl.end && p < len(toks) && p < cl.start+3 && (isQuoteMark(toks[p].text) || toks[p].lower == "that" || toks[p].lower == "the") {
		p++
	}
	for _, m := range ms {
		if m.i == p && m.poss && actorMention(m) {
			return []*entRef{m.ref}, m.i
		}
	}
	return nil, -1
}
