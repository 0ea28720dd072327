package extract

import "strings"

// Judgements reported without a verb of criticising or praising: "X said
// Y was wrong", "X said Y's plan was a mistake" is X criticising Y (111);
// "X said Y had been right to ..." is X endorsing Y (051). See judge52 in
// docs/extraction.md.

// judgementWords are the words that, after a form of "be", judge what the
// reported clause's subject did: a fault (111) or a merit (051). The
// adjectives of the censure class of judgement-classes.tsv (the "called it
// disgraceful" frame's, grown from WordNet by scripts/grow-judgements.sh)
// judge a fault too (see judgementCode). Grown from
// WordNet's senses of "wrong" (similar to: mistaken, misguided), "mistake"
// (hypernym: error; hyponyms: blunder) and "disgraceful" (similar to:
// shameful, scandalous, outrageous), kept to words that judge a doing.
// "Y were responsible" (for an attack, a waste) lays the blame on Y: an
// accusation (112), as plv-dev codes "the government said the militants
// were responsible" (see dutyAfter for the duty sense).
var judgementWords = map[string]string{
	"unfair": "111", "flawed": "111", "opportunistic": "111", "disgusting": "111",
	"mistake": "111", "error": "111", "blunder": "111", "disgrace": "111", "scandal": "111",
	"betrayal": "111", "farce": "111", "shambles": "111", "folly": "111",
	"right": "051", "correct": "051", "courageous": "051", "brave": "051",
	"responsible": "112",
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
	judgedDone := map[int]bool{} // clauses a judgement was coded in
	for c := range cls {
		speaker, judged, at := judgedClause(toks, ms, cls, c)
		if speaker < 0 {
			// "X said the scheme is deeply flawed", "X say his pledges
			// are worthless": a judgement of a thing Y owns judges Y.
			if speaker, judged, at = b.judgedThing(toks, cls, c); speaker >= 0 {
				if t, ok := b.beJudgement(toks, cls, c, at); ok {
					b.emitEvents(toks, s, ms, cls, t, cls[speaker].subject, judged, false)
				}
			}
			continue
		}
		if t, ok := b.beJudgement(toks, cls, c, at); ok {
			b.emitEvents(toks, s, ms, cls, t, cls[speaker].subject, judged, false)
			judgedDone[c] = true
		}
		if t, ok := b.breachAccusation(toks, ms, cls, c, at); ok {
			b.emitEvents(toks, s, ms, cls, t, cls[speaker].subject, judged, false)
			judgedDone[c] = true
		}
		if t, ok := failureJudgement(toks, ms, cls, c, at); ok && len(judged) == 1 {
			// "Y and Z failed to reach agreement" is no fault of one side.
			b.emitEvents(toks, s, ms, cls, t, cls[speaker].subject, judged, false)
			judgedDone[c] = true
		}
	}
	b.criticsAccusations(toks, s, ms, cls, judgedDone)
	for c := range cls {
		speaker := reportSpeaker(toks, cls, c)
		if speaker < 0 || len(cls[speaker].subject) == 0 {
			continue
		}
		if t, y, ok := failureNoun(toks, ms, cls, c); ok && !inRefs(y, cls[speaker].subject) {
			b.emitEvents(toks, s, ms, cls, t, cls[speaker].subject, []*entRef{y}, false)
		}
		if t, y, ok := distrustNoun(toks, ms, cls, c); ok && !inRefs(y, cls[speaker].subject) {
			b.emitEvents(toks, s, ms, cls, t, cls[speaker].subject, []*entRef{y}, false)
		}
	}
}

// failureNoun finds "Y's failure to ..." anywhere in reported clause c,
// the noun of failureJudgement's verb: "Y's failure to comply with the law
// put lives at risk", said X; X said a report "highlights Y's failure to
// ensure ...". The speaker criticises Y (111), as for "Y had failed to".
// Only with "to": "Y's failure" alone is as often a loss or a breakdown.
func failureNoun(toks []token, ms []mention, cls []clause, c int) (trigger, *entRef, bool) {
	cl := &cls[c]
	for _, m := range ms {
		if !m.poss || !actorMention(m) || m.i < cl.start || m.j >= cl.end {
			continue
		}
		k := m.j
		if k < len(toks) && (toks[k].lower == "'s" || toks[k].lower == "'") {
			k++
		}
		if k+1 < cl.end && k+1 < len(toks) && (toks[k].lower == "failure" || toks[k].lower == "failures") && toks[k+1].lower == "to" {
			p := &pattern{Code: "111", Words: []string{toks[k].lower}}
			return trigger{p: p, i: k, j: k + 2, gapI: -1, gapJ: -1, cl: c, org: -1}, m.ref, true
		}
	}
	return trigger{}, nil, false
}

// trustNouns are what a speaker says voters or the public lack in an
// actor: "a fundamental lack of trust in Y", "a lack of confidence in Y".
var trustNouns = toSet(`trust confidence faith`)

// distrustNoun finds "lack of trust in|of Y" in reported clause c, Y an
// actor named right after (past "the"): the speaker criticises Y (111),
// whoever is said to lack the trust ("X said voters have a fundamental lack
// of trust of Y"; "There is a lack of trust in Y," X said). Not after a
// negator ("no lack of confidence in").
func distrustNoun(toks []token, ms []mention, cls []clause, c int) (trigger, *entRef, bool) {
	cl := &cls[c]
	for k := cl.start + 1; k+3 < cl.end && k+3 < len(toks); k++ {
		if toks[k].lower != "lack" || toks[k+1].lower != "of" || !trustNouns[toks[k+2].lower] || negators[toks[k-1].lower] {
			continue
		}
		at := k + 3
		if isQuoteMark(toks[at].text) {
			at++ // "a \"lack of trust\" of Y"
		}
		if at+1 >= len(toks) || toks[at].lower != "in" && toks[at].lower != "of" {
			continue
		}
		at++
		if toks[at].lower == "the" {
			at++
		}
		for _, m := range ms {
			if m.i == at && !m.poss && actorMention(m) {
				p := &pattern{Code: "111", Words: []string{"lack", toks[k+2].lower}}
				return trigger{p: p, i: k, j: k + 3, gapI: -1, gapJ: -1, cl: c, org: -1}, m.ref, true
			}
		}
	}
	return trigger{}, nil, false
}

// judgedClause is the speaker clause of reported clause c, the actor the
// report is about and where it starts: the clause's subject, or a
// possessor opening it ("X said Y's decision was a mistake": no subject,
// but whose act is judged). speaker is -1 when c is no report about
// another actor than its speaker.
func judgedClause(toks []token, ms []mention, cls []clause, c int) (speaker int, judged []*entRef, at int) {
	cl := &cls[c]
	speaker = reportSpeaker(toks, cls, c)
	if speaker < 0 || len(cls[speaker].subject) == 0 {
		return -1, nil, -1
	}
	judged, at = cl.subject, cl.subjPos
	if len(judged) == 0 {
		judged, at = judgedPossessor(toks, ms, cl)
	}
	if len(judged) == 0 || inRefs(judged[0], cls[speaker].subject) {
		return -1, nil, -1
	}
	if at < 0 || at >= len(toks) || toks[at].lower == "this" || toks[at].lower == "that" {
		return -1, nil, -1
	}
	return speaker, judged, at
}

// beJudgement finds "was wrong", "had been a grave mistake", "were right"
// after the judged actor at token at of clause c.
func (b *builder) beJudgement(toks []token, cls []clause, c, at int) (trigger, bool) {
	cl := &cls[c]
	if toks[at].lower == "it" {
		return trigger{}, false // "it was wrong" judges no one
	}
	k := at
	for ; k < cl.end && k < at+8; k++ {
		if beForms[toks[k].lower] || judgementBreaks[toks[k].lower] {
			break
		}
	}
	if k >= cl.end || k >= len(toks) || !beForms[toks[k].lower] || k == at {
		return trigger{}, false
	}
	if w := toks[k].lower; w == "be" || w == "being" || w == "been" && !haveForms[toks[k-1].lower] {
		// "would be a mistake" is conjecture; "had been wrong" is a
		// judgement as "was wrong" is.
		return trigger{}, false
	}
	e := k + 1
	for e < cl.end && e < len(toks) && (isQuoteMark(toks[e].text) || toks[e].lower == "a" || toks[e].lower == "an" || judgementDegree[toks[e].lower]) {
		// "was \"a grave mistake\"", "were \"highly irresponsible\"".
		e++
	}
	if e >= cl.end || e >= len(toks) {
		return trigger{}, false
	}
	w, end := hyphenWord(toks, e)
	code, ok := b.judgementCode(w)
	if !ok {
		return trigger{}, false
	}
	if w == "wrong" && end < len(toks) && toks[end].lower == "to" {
		return trigger{}, false // "wrong to" is reportedDemands'
	}
	if w == "responsible" && dutyAfter(toks, end) {
		return trigger{}, false
	}
	p := &pattern{Code: code, Words: []string{toks[k].lower, w}}
	return trigger{p: p, i: k, j: end, gapI: -1, gapJ: -1, cl: c, org: -1}, true
}

// hyphenWord is the word at token e with the words hyphened to it ("ill"
// "advised" is "ill-advised", as the censure class spells it) and the
// token after it: the tokenizer splits a hyphenated word.
func hyphenWord(toks []token, e int) (string, int) {
	w, j := toks[e].lower, e+1
	for ; j < len(toks) && toks[j].hyph && toks[j].word; j++ {
		w += "-" + toks[j].lower
	}
	return w, j
}

// dutyAfter reports whether "responsible" ending before token k names a
// duty, not a blame: "they are responsible for training scientists" (a
// gerund after "for") accuses no one; "Y were responsible", "Y had been
// responsible for huge waste" do.
func dutyAfter(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].lower == "for" && strings.HasSuffix(toks[k+1].lower, "ing")
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

// breachVerbs break a rule or a promise: "X said Y broke a convention" is X
// accusing Y (112) of it, whoever else codes Y's act.
var breachVerbs = verbFormSet("break", "breach", "violate", "flout", "contravene", "infringe")

// breachedRules are what breachVerbs break when the breaking is a fault:
// a rule, a law, a promise ("broke his word"), besides the agreement
// class of noun-classes.tsv. "broke the record", "broke his leg" are no
// fault. Not the ceasefire class: "the army said Y had violated the
// ceasefire" reports a clash, which the gold codes as the fighting.
var breachedRules = toSet(`law rule regulation convention code guideline constitution promise pledge commitment word obligation duty resolution terms embargo right copyright patent`)

// breachAccusation finds "Y broke a convention", "Y has violated state aid
// rules", "Y had broken its promise" after the reported subject Y at token
// at of clause c: the speaker accuses Y (112). A possessive subject ("Y's
// player broke the design rules") is not Y's breach.
func (b *builder) breachAccusation(toks []token, ms []mention, cls []clause, c, at int) (trigger, bool) {
	cl := &cls[c]
	if !ownSubject(ms, cl, at) {
		return trigger{}, false
	}
	k := verbAfterSubject(toks, cl, at, breachVerbs)
	if k < 0 {
		return trigger{}, false
	}
	for e := k + 1; e < cl.end && e < len(toks) && e <= k+5; e++ {
		w := toks[e].lower
		if b.breachedRule(w) {
			p := &pattern{Code: "112", Words: []string{toks[k].lower, w}}
			return trigger{p: p, i: k, j: e + 1, gapI: -1, gapJ: -1, cl: c, org: -1}, true
		}
		if !toks[e].word || judgementBreaks[w] {
			break
		}
	}
	return trigger{}, false
}

// breachedRule reports whether noun w (singular or plural) is a rule,
// promise or agreement that can be breached. isPluralOf compares without
// building each noun's forms: it runs on every word after a breach verb.
func (b *builder) breachedRule(w string) bool {
	for n := range breachedRules {
		if w == n || isPluralOf(w, n) {
			return true
		}
	}
	for _, n := range b.d.classes["agreement"] {
		if w == n || isPluralOf(w, n) {
			return true
		}
	}
	return false
}

// ownSubject reports whether the judged actor at token at is clause cl's
// own subject, not a possessor ("Y's player broke the design rules" is no
// act of Y's), in a clause that tells what happened (not "if Y broke").
func ownSubject(ms []mention, cl *clause, at int) bool {
	if at != cl.subjPos || cl.cond {
		return false
	}
	for _, m := range ms {
		if m.i == at && m.poss {
			return false
		}
	}
	return true
}

// verbAfterSubject is the first word of verbs within eight words after the
// subject at token at of clause cl, past auxiliaries and adverbs ("has
// already broken", "had so far failed"); -1 when a negation, a modal, a
// preposition or the clause's end comes first.
func verbAfterSubject(toks []token, cl *clause, at int, verbs map[string]bool) int {
	for k := at + 1; k < cl.end && k < len(toks) && k < at+8; k++ {
		w := toks[k].lower
		if verbs[w] {
			return k
		}
		// A conditional or "whether" opens an act supposed, not told
		// ("Y, unless it breached ..."); a negator, or any word in
		// "n't", one the speaker denies ("Y had not broken").
		if judgementBreaks[w] || negators[w] || conditionals[w] || w == "whether" || strings.HasSuffix(w, "n't") {
			return -1
		}
	}
	return -1
}

// failureVerbs fault what the reported subject did not do: "X said the
// government had failed to deliver". ("ignored" was tried: its one shared
// use, "said the company had ignored the consultation period", names no
// actor the tagger knows.)
var failureVerbs = toSet(`failed fails`)

// failureAux may stand between a failing subject and "failed": "had so far
// failed", "has repeatedly failed"; so may any -ly adverb and the haveForms.
var failureAux = toSet(`so far also already again still`)

// failureJudgement finds "Y (had) failed (to ...)" after
// the reported subject Y at token at of clause c: the speaker criticises Y
// (111). Y must be named, and be the whole subject: a pronoun's failure is
// as often a hacker's ("he failed to get the card numbers") as a fault, and
// in "women-only shortlists had failed" the actor only modifies the
// subject. Not a passive ("Y had been failed by").
func failureJudgement(toks []token, ms []mention, cls []clause, c, at int) (trigger, bool) {
	cl := &cls[c]
	if !ownSubject(ms, cl, at) || cl.subjIdx < 0 || cl.subjIdx >= len(ms) || ms[cl.subjIdx].i != at {
		return trigger{}, false
	}
	k := verbAfterSubject(toks, cl, at, failureVerbs)
	if k < 0 || beForms[toks[k-1].lower] {
		return trigger{}, false
	}
	for q := ms[cl.subjIdx].j; q < k; q++ {
		if w := toks[q].lower; !haveForms[w] && !failureAux[w] && !strings.HasSuffix(w, "ly") {
			return trigger{}, false
		}
	}
	j := k + 1
	if j < len(toks) && toks[j].lower == "to" {
		j++
	}
	p := &pattern{Code: "111", Words: []string{toks[k].lower}}
	return trigger{p: p, i: k, j: j, gapI: -1, gapJ: -1, cl: c, org: -1}, true
}

// ownedThings are what an actor puts forward and is judged by: its
// policies (policyNouns) and its pledges and record ("X say his pledges are
// worthless").
var ownedThings = toSet(`pledge pledges promise promises manifesto record policies`)

// judgedThing is the speaker clause of reported clause c, the owner of the
// thing the clause opens with and the thing's noun, for a clause whose
// subject is no actor but a thing an actor owns: "X said the scheme is
// flawed" (the policy's owner, judgedPolicyOwner), "X say his pledges are
// worthless" (the actor the pronoun stands for, resolved as the subject
// pronoun would be). speaker is -1 when there is no such thing or owner,
// or the owner is the speaker (its own plans). A possessor named ("Y's
// plan") is judgedPossessor's.
func (b *builder) judgedThing(toks []token, cls []clause, c int) (speaker int, owner []*entRef, at int) {
	cl := &cls[c]
	speaker = reportSpeaker(toks, cls, c)
	if speaker < 0 || len(cls[speaker].subject) == 0 || len(cl.subject) > 0 {
		return -1, nil, -1
	}
	k := cl.start
	for k < cl.end && k < len(toks) && k < cl.start+3 && (isQuoteMark(toks[k].text) || toks[k].lower == "that") {
		k++
	}
	if k+1 >= cl.end || k+1 >= len(toks) {
		return -1, nil, -1
	}
	if w, ok := possessiveSubjects[toks[k].lower]; ok && ownedNoun(toks[k+1].lower) {
		owner, at = b.resolvePronoun(w, cls, c), k+1
	} else if n := definiteThing(toks, cl, k); n >= 0 {
		if o := b.judgedPolicyOwner(cls[speaker].subject); o != nil {
			owner, at = []*entRef{o}, n
		}
	}
	if len(owner) == 0 || inRefs(owner[0], cls[speaker].subject) {
		return -1, nil, -1
	}
	return speaker, owner, at
}

// ownedNoun reports whether w names a thing an actor owns: a policy or a
// pledge.
func ownedNoun(w string) bool {
	return policyNouns[w] || ownedThings[w]
}

// definiteThing is the token of a policy noun heading the subject that
// starts at token k of clause cl: after a definite determiner (the clause
// may open past it, "said the" splitting before "scheme") and at most one
// modifier ("the new scheme"); -1 when there is none.
func definiteThing(toks []token, cl *clause, k int) int {
	if definiteDets[toks[k].lower] {
		k++
	} else if k == 0 || !definiteDets[toks[k-1].lower] {
		return -1
	}
	for n := k; n < cl.end && n < len(toks) && n <= k+1; n++ {
		if ownedNoun(toks[n].lower) {
			return n
		}
		if !toks[n].word || !isNounish(toks[n].lower) && !strings.HasSuffix(toks[n].lower, "ed") {
			break
		}
	}
	return -1
}

// judgedPolicyOwner is whose policy a reported judgement judges: the owner
// of plans named within planOwnerReach sentences, else the actor told
// announcing something within announcerReach (announcerFor), else the
// government of the article's lead country (leadGovernmentFor, as
// impliedPolicyOwner takes it); nil when none is known.
func (b *builder) judgedPolicyOwner(sources []*entRef) *entRef {
	if b.planOwnerInReach() {
		return b.planOwner
	}
	if a := b.announcerFor(sources); a != nil {
		return a
	}
	return b.leadGovernmentFor(sources)
}
