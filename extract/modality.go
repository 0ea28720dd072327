package extract

import (
	"slices"
	"strings"
)

// refusalCode is how CAMEO codes a cooperative or yielding act that the
// actor says it will not do or did not do: "France will not lift the ban"
// is a refusal to ease sanctions (1241), "Israel will not release the
// prisoners" a refusal to release persons (1243), "refused to meet" a
// rejected proposal to meet (125). The refusal is the event, asserted; the
// act itself did not happen. ok is false for acts whose denial is no
// refusal (statements, demands, threats, force: "did not attack" is
// nothing done).
func refusalCode(code string) (string, bool) {
	switch code[:2] {
	case "03", "05":
		return "120", true
	case "04":
		return "125", true
	case "06":
		return "121", true
	case "07":
		return "122", true
	case "08":
		switch {
		case len(code) >= 3 && code[:3] == "081":
			return "1241", true
		case len(code) >= 3 && code[:3] == "084":
			return "1243", true
		case len(code) >= 3 && code[:3] == "085":
			return "1244", true
		case len(code) >= 3 && code[:3] == "087":
			return "1246", true
		}
		return "124", true
	}
	return "", false
}

// demandVerbs take an actor and a bare verb as their complement: "demanded
// Israel ease restrictions", "urged Hanoi stop jailing activists", "helped
// Kiev rebuild". What is demanded is not done.
var demandVerbs = toSet(`demand demands demanded demanding urge urges urged urging ask asks asked asking
insist insists insisted want wants wanted wanting let lets letting make makes made making help helps helped
helping press presses pressed pressing push pushes pushed pushing`)

// bareComplement returns the index of the trigger that t governs as the
// bare verb after its object ("demanded Israel ease ..."), or -1. The
// governed act keeps t's object as its own subject only in what it says,
// not as an event.
func bareComplement(toks []token, ms []mention, trigs []trigger, ti int) int {
	t := trigs[ti]
	if !demandVerbs[toks[t.i].lower] {
		return -1
	}
	// The object: an actor starting within two words of the verb.
	for _, m := range ms {
		if m.i < t.j || m.i > t.j+2 || m.loc || m.ref == nil {
			continue
		}
		// "demanded the Trump administration cut off ...": the object's
		// phrase may end in a word or two of its own after the mention.
		end := m.j
		for end < len(toks) && end < m.j+2 && toks[end].word && !toks[end].upper && !prepositions[toks[end].lower] &&
			!determiners[toks[end].lower] && toks[end].lower != "to" && !isAux(toks[end].lower) && !modalWords[toks[end].lower] && startsTriggerAt(trigs, end) < 0 {
			end++
		}
		for tj := ti + 1; tj < len(trigs); tj++ {
			u := trigs[tj]
			if u.i == m.j || u.i == end || u.i == end+1 && (toks[end].lower == "to" || isAux(toks[end].lower) || modalWords[toks[end].lower]) {
				return tj
			}
		}
		return -1
	}
	return -1
}

// clauseOf says whether trigger t is told in its sentence's main clause or
// in a background one: a relative clause ("..., which seized Crimea in
// 2014"), an adverbial or conditional clause ("after X attacked Y", "if Z
// withdraws"), or a noun in a prepositional phrase ("ahead of talks with
// Y"). A clause reported by a background clause is background too. The
// word rules decide, never the tree: the tree is parsed for some sentences
// only (when a rule asks), so a label read from it changed with whichever
// rule happened to parse; and where the two disagreed the word rules were
// right about twice as often (clause59 in docs/extraction.md: the parser
// hangs a main verb on a noun root as "acl" in "Deloitte has warned",
// "Mr Evans sued Mr Mann").
func (b *builder) clauseOf(toks []token, ms []mention, cls []clause, t trigger, sources []*entRef) string {
	if reducedAppositive(toks, t) {
		return ClauseBackground
	}
	if b.reducedRelative(toks, ms, t, sources) >= 0 {
		// "prosecutors investigating the collapse" tells of its noun as a
		// relative clause does (reduced_ing.go). Done by another ("wrote
		// to Mr Ali asking him to ..."), the participle is an act of the
		// clause's subject, its main act; so is an -ing noun heading the
		// subject ("government shelling killed ...").
		return ClauseBackground
	}
	if claimedContent(toks, t) {
		return ClauseBackground
	}
	if t.p.Noun && nounInPP(toks, t.i, cls[t.cl].start) && !(talksWith(toks, t) && beInBefore(toks, t.i, cls[t.cl].start)) {
		// "is in talks with X", "took part in talks with X" are the
		// subject's own act; "after talks with X" stays background.
		return ClauseBackground
	}
	for c, n := t.cl, 0; c >= 0 && c < len(cls) && n < len(cls); c, n = cls[c].parent, n+1 {
		cl := cls[c]
		if cl.relative && !cl.resumed || cl.fronted || cl.sub || cl.cond {
			return ClauseBackground
		}
	}
	return ClauseMain
}

// startsTriggerAt is the index of the trigger that starts at token k, -1
// when none does.
func startsTriggerAt(trigs []trigger, k int) int {
	for ti, t := range trigs {
		if t.i == k {
			return ti
		}
	}
	return -1
}

// demandThat are the verbs of demanding whose "that" clause tells what is
// wanted, not what was done: "a protest demanding that the authorities
// release a student".
var demandThat = toSet(`demand demands demanded demanding urge urges urged urging ask asks asked asking`)

// demandedThat reports whether trigger t sits in the "that" clause of a
// verb of demanding within ten words before it, in its clause.
func demandedThat(toks []token, cl *clause, t trigger) bool {
	for k := t.i - 1; k > cl.start && k >= t.i-10; k-- {
		if toks[k].lower == "that" && demandThat[toks[k-1].lower] {
			return true
		}
	}
	return false
}

// demandNouns name what someone asks for: the act after "a request from X
// to ..." is wanted, not done. ("appeal" is left out: "an appeal court's
// decision to reject", "his appeal against the decision to extradite him".)
var demandNouns = toSet(`demand demands request requests call calls plea pleas ultimatum`)

// intentNouns name what is agreed or meant to be done: the act after "a
// deal to withdraw forces", "signed an agreement on Tuesday to patrol the
// border" is planned, not done (the agreement is coded on its own).
var intentNouns = toSet(`agreement agreements deal deals pact accord plan plans proposal proposals pledge promise`)

// demandedAct reports whether verb trigger t is the infinitive of a demand
// noun a few words before it, in its clause, with no comma between:
// "conceded to demands from the residents to block the road", "refused a
// request from the minister to dismiss the prosecutor".
func demandedAct(toks []token, cl *clause, t trigger) bool {
	to := t.i - 1
	if to > 0 && strings.HasSuffix(toks[to].lower, "ly") && toks[to-1].lower == "to" {
		to-- // "to jointly patrol"
	}
	if t.p.Noun || to < 1 || toks[to].lower != "to" {
		return false
	}
	for k := to - 1; k > cl.start && k >= to-8; k-- {
		if !toks[k].word && toks[k].lower != "'s" {
			return false
		}
		if demandNouns[toks[k].lower] {
			return true
		}
		if intentNouns[toks[k].lower] && k > 0 && (determiners[toks[k-1].lower] || possPronouns[toks[k-1].lower] || toks[k-1].lower == "'s" || othersPlanNoun(toks, k)) {
			// a noun, not the verb of "X plans to impose": that is X's intent
			return true
		}
	}
	return false
}

// ownPlanVerbs make known or adopt one's own plans: "X announced plans to",
// "X approved plans on Monday to" are X's intent, coded as such.
var ownPlanVerbs = toSet(`announced unveiled outlined revealed published tabled confirmed detailed
finalised finalized drafted launched presented submitted proposed approved adopted agreed`)

// othersPlanNoun reports whether the bare intent noun at k ("plans" with no
// determiner) is the object of a verb or a preposition before it, perhaps
// after one modifier: "defended plans to end the embargo", "pointed to
// international plans to invest". The plans are then whatever someone else
// meant, not the subject's own intent ("X plans to"); a verb of making one's
// own plans known (ownPlanVerbs) is left out.
func othersPlanNoun(toks []token, k int) bool {
	j := k - 1
	if j > 0 && toks[j].word && !toks[j].upper && !prepositions[toks[j].lower] && !strings.HasSuffix(toks[j].lower, "ed") && (prepositions[toks[j-1].lower] || strings.HasSuffix(toks[j-1].lower, "ed")) {
		j-- // one modifier: "international plans"
	}
	w := toks[j].lower
	if ownPlanVerbs[w] || w == "with" || w == "by" {
		return false
	}
	return prepositions[w] || strings.HasSuffix(w, "ed") && toks[j].word && !toks[j].upper
}

// allegeWords say that someone is held to have done what follows "of" (or
// "to have"): "suspected of", "accusing the cartel of", "on suspicion of".
var allegeWords = toSet(`suspected suspect suspects suspicion accused accusing accuse accuses alleged`)

// allegedLinks may stand between "of" and the alleged act: "suspected of
// carrying out a shooting attack", "accused of plotting to attack".
var allegedLinks = toSet(`carrying out plotting planning planned staging launching committing orchestrating masterminding involvement in being behind having have to`)

// allegedAct reports whether trigger t is what someone is suspected or
// accused of: "a man suspected of carrying out a shooting attack", "a
// lawsuit accusing the cartel of carrying out the attack", "a militant
// suspected to have planned the attacks". The text reports the suspicion
// (coded on its own when it is a trigger: "accused X of"), not the act.
// Between "of" and the act stand only words of carrying it out, of its
// noun phrase (for a noun) and names. ("guilty of" is not here: "X and Y
// are guilty of violating the ceasefire" asserts the act.)
func allegedAct(toks []token, cl *clause, t trigger) bool {
	for q := t.i - 1; q > cl.start && q >= t.i-8; q-- {
		w := toks[q].lower
		of := w == "of"
		toHave := w == "to" && q+1 < t.i && toks[q+1].lower == "have"
		if of || toHave {
			// The allegation word before it, across the accused's name
			// ("accusing the Juarez drug cartel of"); "suspected to have"
			// with nothing between.
			for k := q - 1; k >= cl.start && k >= q-6; k-- {
				if !toks[k].word && toks[k].lower != "'s" {
					break
				}
				if allegeWords[toks[k].lower] && (of || k == q-1) {
					return true
				}
			}
			return false
		}
		if !toks[q].word && !toks[q].hyph || modalWords[w] || isAux(w) && !allegedLinks[w] {
			return false // punctuation or a verb of its own: another phrase
		}
		if !allegedLinks[w] && !determiners[w] && !toks[q].upper && !allDigits(w) && !t.p.Noun {
			return false // "suspected of links to militants who attacked"
		}
	}
	return false
}

// untilCondition reports whether trigger t follows an "until" in its
// sentence after a refusal or a promise: "will not lift the ban until the
// EU provides details", "a bill that would sanction officials until Turkey
// ends military operations". What "until" names there is a condition, not
// an act that happened ("suspended aid until aid was delivered" tells of
// the past and is left alone).
func untilCondition(toks []token, t trigger) bool {
	for q := t.i - 1; q > 0 && q >= t.i-12; q-- {
		if !toks[q].word && toks[q].text != "," {
			return false
		}
		if toks[q].lower == "until" {
			return unfulfilled(toks, max(0, q-25), q)
		}
	}
	return false
}

// counterfactual reports whether trigger t follows "would have", "could
// have" or "might have" (modality.tsv makes these negated): "its collapse
// would have sent shockwaves", "a resolution that would have pressured
// Iran". The act did not happen, and nobody refused it: it is no refusal
// (refusalCode) and no appeal made, only a negated act.
func counterfactual(toks []token, cl *clause, t trigger) bool {
	for k := t.i - 1; k > cl.start && k >= t.i-4; k-- {
		if toks[k].lower == "have" {
			switch toks[k-1].lower {
			case "would", "could", "might":
				return true
			}
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// unlikelyAct reports whether verb trigger t is what someone is said to be
// unlikely to do: "the board is unlikely to reject the offer", "it was
// highly unlikely she would lend the party more money". A forecast that
// the act will not happen is neither a plan (the "would" before the verb)
// nor a refusal (nobody declined anything): the act is negated and no one
// refused it (emitEvents). "unlikely" opens the scope with "to", "that" or
// a clause whose modal governs the verb; between it and t stand only words.
// As an adjective before a noun ("an unlikely alliance") it marks no act.
func unlikelyAct(toks []token, t trigger) bool {
	if t.p.Noun {
		return false
	}
	for k := t.i - 1; k >= 0 && k >= t.i-8; k-- {
		if toks[k].lower == "unlikely" {
			if n := toks[k+1].lower; n == "to" || n == "that" {
				return true
			}
			for q := k + 1; q < t.i; q++ {
				if modalWords[toks[q].lower] {
					return true // "unlikely he would give"
				}
			}
			return false
		}
		if !toks[k].word && !toks[k].hyph {
			return false // a comma or a quote ends the scope
		}
	}
	return false
}

// didNotAct reports whether verb trigger t follows "did not" or "didn't"
// (an adverb may stand between: "did not actually resign"): a past act
// told as not done ("officials say he did not resign", "he did not defend
// their beliefs but argued ..."). That is a fact reported, no refusal: a
// refusal is announced ("will not release", "refused to") or a standing
// position ("do not support", "has not accepted").
func didNotAct(toks []token, cl *clause, t trigger) bool {
	if t.p.Noun {
		return false
	}
	k := t.i - 1
	if k > cl.start && strings.HasSuffix(toks[k].lower, "ly") {
		k--
	}
	return k > cl.start && (toks[k].lower == "not" || toks[k].lower == "n't") && toks[k-1].lower == "did"
}

// noneMade reports whether the gap of verb pattern t opens with "no" ("I
// make no apologies for ...", "has made no decision on whether to appeal",
// "offered no apology"), or the noun phrase of noun pattern t does. The act named by the pattern's noun is told as not
// made; nobody refused it either (emitEvents).
func noneMade(toks []token, cl *clause, t trigger) bool {
	if t.p.Noun {
		// "there was no treaty between the US and Russia", "there will be
		// no further talks with": the act named by the noun is told as
		// not made, as "offered no apology" is.
		q := nounPhraseOpener(toks, cl, t)
		return q >= 0 && toks[q].lower == "no"
	}
	return t.gapI >= 0 && t.gapI < len(toks) && toks[t.gapI].lower == "no" || noDoer(toks, cl, t)
}

// existentialNone reports whether trigger t is negated by the "no" of an
// existential "there is no", "there has been no", "there will be no":
// "there was no treaty between the two states", "there is no suggestion
// he opposes it". Such a sentence says what does not exist; it tells no
// act, done or undone, and nobody declined anything (README: events are
// acts), so no event is made.
func existentialNone(toks []token, cl *clause, t trigger) bool {
	q := -1
	if t.p.Noun {
		q = nounPhraseOpener(toks, cl, t)
	} else {
		q = noDoerAt(toks, cl, t)
	}
	if q < 0 || toks[q].lower != "no" {
		return false
	}
	k := q - 1
	for k >= 0 && (toks[k].lower == "still" || strings.HasSuffix(toks[k].lower, "ly")) {
		k-- // "there is still no", "there was clearly no"
	}
	be := k
	for k >= 0 && isAux(toks[k].lower) && toks[k].lower != "to" && toks[k].lower != "not" {
		k--
	}
	return k < be && k >= 0 && toks[k].lower == "there"
}

// noDoer reports whether the subject just before verb trigger t (an
// auxiliary or an adverb may stand between) is a noun phrase opened by
// "no": "in this case no individual minister signed off the approval". No
// one did the act. The walk also passes a claim noun and the bare subject
// of its content ("there is no suggestion he opposes it"), which is as
// unasserted. A "no" after a preposition ("with no minister present") or
// before a number ("No 10 said") opens no subject.
func noDoer(toks []token, cl *clause, t trigger) bool {
	return noDoerAt(toks, cl, t) >= 0
}

// noDoerAt is noDoer's "no": its index, or -1 when there is none.
func noDoerAt(toks []token, cl *clause, t trigger) int {
	k := t.i - 1
	for k > cl.start && (isAux(toks[k].lower) || strings.HasSuffix(toks[k].lower, "ly")) {
		k--
	}
	for n := 0; k >= cl.start && n < 4; k, n = k-1, n+1 {
		w := toks[k].lower
		if w == "no" {
			if k+1 < len(toks) && hedgeNouns[toks[k+1].lower] {
				return -1 // "there is no doubt Moscow attacked": the act is asserted
			}
			if k == cl.start || !prepositions[toks[k-1].lower] {
				return k
			}
			return -1
		}
		if !toks[k].word && !toks[k].hyph || prepositions[w] || determiners[w] || isAux(w) || modalWords[w] || clauseWords[w] ||
			!toks[k].upper && strings.HasSuffix(w, "ed") {
			return -1
		}
	}
	return -1
}

// hedgeNouns after "no" deny a doubt, not the act that follows: "there is no
// doubt the army attacked", "there was no question they had won".
var hedgeNouns = toSet(`doubt question`)

// obligedForms before "to" make what follows an obligation. "needed to" is
// one too ("a survey said India needed to ease limits on investment"): a
// requirement reported, unlike "had to", whose act was mostly done.
var obligedForms = toSet(`have has having need needs needed`)

// giveForms, like the light verbs, give an act noun as their object after
// an obligation: "will still need to give their approval". The noun is
// then what is required, no act and no intent (obligedNoun).
var giveForms = verbFormSet("give", "grant")

// obligedAct reports whether the verb of trigger t is what someone has to,
// needs to or must do ("may have to accept restrictions", "will have to
// defend the record", "both chambers have to approve the text"): an obligation
// is neither an act nor an intent to act. "had to" is left alone: what
// one had to do was mostly done.
func obligedAct(toks []token, t trigger) bool {
	if t.i < 2 {
		return false
	}
	if t.p.Noun {
		return obligedNoun(toks, t)
	}
	if toks[t.i-1].lower == "to" && (obligedForms[toks[t.i-2].lower] || toks[t.i-2].lower == "ought") {
		return true
	}
	// "must also surrender his passport", "must be ratified by the
	// minister", "should return the waste": what one must or should do
	// is not done either. ("X said Y must end the attacks" is X's demand
	// of Y: reportedDemands.)
	k := t.i - 1
	for k > 0 && (toks[k].lower == "also" || toks[k].lower == "first" || toks[k].lower == "still" || toks[k].lower == "now" || toks[k].lower == "be") {
		k--
	}
	return toks[k].lower == "must" || toks[k].lower == "should"
}

// obligedConjunct reports whether verb trigger t ends a list of verbs whose
// head is obliged ("said India needed to ease limits on investment, reform
// labour laws and cut duties"): the obligation governs the whole list, as
// a modal marker does (conjunctHead).
func (b *builder) obligedConjunct(toks []token, t trigger) bool {
	u, ok := b.conjunctHead(toks, t)
	return ok && obligedAct(toks, u)
}

// obligedNoun reports whether the act noun of trigger t is the object of
// a giving or light verb that someone has to or needs to use ("regulators
// will still need to give their approval"): up to two words (a
// determiner, a possessive, an adjective) stand between the verb and the
// noun.
func obligedNoun(toks []token, t trigger) bool {
	for k := t.i - 1; k >= 2 && k >= t.i-3; k-- {
		w := toks[k].lower
		if lightVerbs[w] || giveForms[w] {
			return toks[k-1].lower == "to" && obligedForms[toks[k-2].lower]
		}
		if !toks[k].word || prepositions[w] || isAux(w) || modalWords[w] || clauseWords[w] {
			return false
		}
	}
	return false
}

// ableAct reports whether the verb of trigger t is what someone can do
// (bbc18): "can" right before it, past "only", "also", "now", "still" or
// "then" ("the US, which can veto any plan", "they can only send money to
// their relatives", "it can provide a lot more security", "she can ask for
// it to be tested again"). An ability or a permission is neither an act
// nor an intent; "cannot" and "can not", refusals, are left to modality.
func ableAct(toks []token, t trigger) bool {
	if t.p.Noun || t.i < 1 {
		return false
	}
	k := t.i - 1
	for k > 0 && ableGap[toks[k].lower] {
		k--
	}
	return toks[k].lower == "can" // "can not send": "not" is no gap word, so k stops there
}

// ableGap are the adverbs that may stand between "can" and its verb.
var ableGap = toSet(`only also now still then just easily already`)

// silentGovernor finds the verb that governs verb trigger t as its
// infinitive when that verb is no trigger of its own, and returns the root
// of its governing pattern ("02", "03", "10", "12", "13") and its word, or
// "" and -1. The governor is a form of a verb pattern ending in "to"
// (verbs.tsv "ask * to", "threaten to", "pledge to") whose "to" stands
// right before t, an adverb allowed ("to swiftly impose"); it may open a
// participle after a comma ("..., threatening to impose sanctions",
// "..., asking him to apologise"), where only frames fire (triggers), or
// its gap may hold what is no actor ("wanted the cigarette firms to
// surrender"). Absorption handles a governor that is a trigger; without
// this the act read as done.
func (b *builder) silentGovernor(toks []token, clOf []int, t trigger) (string, int) {
	if t.p.Noun || t.i < 2 {
		return "", -1
	}
	to := t.i - 1
	if strings.HasSuffix(toks[to].lower, "ly") && toks[to-1].lower == "to" {
		to--
	}
	if toks[to].lower != "to" {
		return "", -1
	}
	for q := to - 1; q >= 0 && q >= to-gapMax-1; q-- {
		if !toks[q].word && !toks[q].hyph && toks[q].lower != "'s" {
			return "", -1 // a comma, a quote: the governor opens its phrase after it
		}
		if startsTriggerAt(b.trigs, q) >= 0 {
			return "", -1 // a trigger governs, or does not: absorption decides
		}
		// "his monthly press conference to clash with", "the anti-hunting
		// lobby expects ...": after a determiner or a hyphened modifier the
		// form is a noun.
		if q > 0 && (nounDets[toks[q-1].lower] || toks[q-1].hyph) || q > 1 && nounDets[toks[q-2].lower] && b.pzMAt[q-1] == 0 && toks[q-1].word && !toks[q-1].upper && !isAux(toks[q-1].lower) {
			continue
		}
		for _, p := range b.d.verbs[toks[q].lower] {
			if p.Words[len(p.Words)-1] != "to" || !governRoots[p.Code[:2]] {
				continue
			}
			if slices.Contains(p.Words, "") && to == q+1 {
				// "wanted to attack": a gap that holds no one leaves the
				// subject's own intent, which modality.tsv reads.
				continue
			}
			if u, ok := matchPattern(toks, q, p, clOf, b.pzMAt); ok && u.j == to+1 {
				return p.Code[:2], q
			}
		}
	}
	return "", -1
}

// governedModality is the modality of an act governed by a verb that is no
// trigger (silentGovernor): threatened, promised or agreed acts are planned
// (a threat weakly, so that a conflictual act becomes a 13 threat), refused
// ones negated (refusalCode makes the refusal the event).
func governedModality(root string) (string, bool, bool) {
	switch root {
	case "13":
		return ModalityPlanned, true, true
	case "03":
		return ModalityPlanned, false, true
	case "12":
		return ModalityNegated, false, true
	}
	return "", false, false
}

// wantForms take what is wanted as their object: "wants house arrest for
// suspects", "demanded a serious, immediate apology". (Not "seek":
// prosecutors "seeking indictments" accuse.)
var wantForms = toSet(`want wants wanted wanting demand demands demanded demanding`)

// neededForms take as their object an act someone else is to do: "needs the
// approval of both parliament and the council", "will need Home Office
// approval to marry", "to gain shareholder approval". With its agent after
// "by" ("needs approval by the parliament") the act is that agent's, planned
// (agentNouns, the required-acts table).
var neededForms = toSet(`need needs needed needing require requires required requiring gain gained gaining
obtain obtains obtained obtaining`)

// wantForForms take it after "for": "called for an inquiry", "hoping for
// talks", "repeating calls for an end to Western sanctions".
var wantForForms = toSet(`call calls called calling hope hopes hoped hoping push pushes pushed pushing press presses pressed
pressing appeal appeals appealed appealing ask asks asked asking plead pleads pleaded pleading`)

// wantedNoun reports whether the noun of trigger t is what a verb of wanting (or
// its noun, "calls for") a few words before it asks for: the act is wanted,
// not done, and not by the one who wants it. (A governing trigger before it
// drops it already, dropGoverned, when no comma stands between.) Between the
// verb and t stand only the noun phrase's words: determiners, adjectives,
// names, commas between adjectives, and "an end to", "the lifting of".
func wantedNoun(toks []token, cl *clause, t trigger) bool {
	// A verb form is a noun here only after a determiner or "an end to":
	// "calls for an end to Western sanctions".
	np := t.p.Noun
	for q := t.i - 1; q > cl.start && q >= t.i-7; q-- {
		w := toks[q].lower
		if wantForms[w] || w == "for" && wantForForms[toks[q-1].lower] {
			return np
		}
		if neededForms[w] {
			return np && (t.j >= len(toks) || toks[t.j].lower != "by")
		}
		if w == "that" {
			return false // "want people thinking that soldiers beat up ...": a clause of its own
		}
		np = np || determiners[w]
		switch {
		case w == ",":
			if q+1 >= t.i || !toks[q+1].word || toks[q+1].upper {
				return false // a comma ends the phrase, unless adjectives go on
			}
		case w == "to" && toks[q-1].lower == "end", w == "of" && toks[q-1].lower == "lifting":
			np = true
		case !toks[q].word && !toks[q].hyph && w != "'s", prepositions[w], isAux(w), modalWords[w]:
			return false
		}
	}
	return false
}

// avertForms are the verbs whose object is an act that did not happen:
// "to avert a Syrian army offensive", "prevented an attack".
var avertForms = verbFormSet("avert", "prevent", "forestall", "deter")

// unrealNoun reports whether the noun of trigger t names an act that no one
// did: one quantified by "any" ("will retaliate against any attack by
// militants", "the day after any such attack") or the object of a verb of
// averting ("to avert a Russian-backed Syrian army offensive"). Its "by"
// agent or the noun before it is then no doer.
func unrealNoun(toks []token, cl *clause, t trigger) bool {
	if !t.p.Noun {
		return false
	}
	q := nounPhraseOpener(toks, cl, t)
	if q < 0 {
		return false
	}
	switch w := toks[q].lower; {
	case w == "any":
		return true
	case avertForms[w]:
		return averted(toks, q)
	case determiners[w]: // "any such attack" walks on past "such"
		return q > cl.start && avertForms[toks[q-1].lower] && averted(toks, q-1)
	}
	return false
}

// nounPhraseOpener walks back from the noun of trigger t over the words of
// its noun phrase (adjectives, names, hyphenated words, "'s", "such") and
// returns the index of the word that opens it: "any", a verb of averting or
// a determiner; -1 when another word ends the phrase first (a preposition,
// an auxiliary, a clause word, a verb in -ed: "without any doubt rebels
// launched attacks") or the walk runs out. wantedNoun's walk is the same.
func nounPhraseOpener(toks []token, cl *clause, t trigger) int {
	for q := t.i - 1; q >= cl.start && q >= t.i-7; q-- {
		w := toks[q].lower
		switch {
		case w == "any", avertForms[w], determiners[w] && w != "such":
			return q
		case !toks[q].word && !toks[q].hyph && w != "'s", prepositions[w], isAux(w), modalWords[w], clauseWords[w], w == "and", w == "or":
			return -1
		case !toks[q].hyph && !toks[q].upper && strings.HasSuffix(w, "ed"):
			return -1 // a verb of its own
		}
	}
	return -1
}

// averted reports whether the verb of averting at q succeeded: "failed to
// prevent the massacre", "did not avert a strike" and "could not deter an
// invasion" let the act happen.
func averted(toks []token, q int) bool {
	for k := q - 1; k >= 0 && k >= q-3; k-- {
		if w := toks[k].lower; w == "not" || w == "n't" || w == "never" || strings.HasPrefix(w, "fail") || w == "unable" {
			return false
		}
	}
	return true
}

// modality reads the words before a trigger: negation, and markers of
// plans and intentions. weak marks an intention (a conflictual act becomes a
// threat); tried, an act of force that was attempted, and so done.
func (b *builder) modality(toks []token, cl *clause, t trigger) (m string, weak, tried bool) {
	if t.p.Death {
		// "died due to continued torture": what someone died of was done.
		return ModalityAsserted, false, false
	}
	if !t.p.Noun && ruledOutGerund(toks, t.i) {
		// "said that lifting the ban is out of the question": refused.
		return ModalityNegated, false, false
	}
	// "denied (reports) that its troops had fired on civilians": what is
	// denied did not happen, as far as the speaker says, whatever else the
	// clause says of it ("denied a report that he planned to ...").
	if deniedContent(toks, t) {
		return ModalityNegated, false, false
	}
	return b.markedModality(toks, cl, t)
}

// markedModality is modality without the denial: what the words before
// trigger t (its governor, a modal, a plan verb) make of it. deniedPlan
// reads it to tell a denied plan from a denied act.
func (b *builder) markedModality(toks []token, cl *clause, t trigger) (m string, weak, tried bool) {
	if m, weak, ok := governedModality(t.gov); ok {
		return m, weak, false
	}
	if noneMade(toks, cl, t) || unlikelyAct(toks, t) || norNegated(toks, t) || parentheticNever(toks, t) {
		return ModalityNegated, false, false
	}
	at := t.i
	if !t.p.Noun && t.i > 0 && toks[t.i-1].lower == "to" {
		if v := motionPurpose(toks, b.pzMAt, t.i-1); v >= cl.start {
			// "will not go to Moscow to meet him": the trip's modality.
			at = v
		}
	}
	opened := false // a clause of the trigger's own opens between it and k
	for k := at - 1; k >= cl.start && k >= at-5; k-- {
		w := toks[k].lower
		if toks[k].upper && k > cl.start {
			break // a name ends the search: "Theresa May has held talks" is no "may"
		}
		for _, mp := range b.d.modality[w] {
			if w == "have" && !perfectHave(toks, k, t) {
				continue // "may have talks with": "have" is the verb, "may" the plan
			}
			if matchBack(toks, k, mp.toks, cl.start) {
				if opened && mp.Modality == ModalityNegated {
					// "did not reveal that it provided ...", "did not
					// influence the causes he supports": the negation is
					// the other verb's; the trigger's clause is not denied.
					return ModalityAsserted, false, false
				}
				return phraseModality(mp, t.p.Code)
			}
		}
		if isQuoteMark(w) && k+1 < len(toks) && toks[k+1].word {
			// `could "support the regime"`, `would be able to "legalise
			// their property"`: a quotation opened inside the verb phrase
			// leaves its modal in force.
			continue
		}
		if !toks[k].word || toks[k].upper {
			break
		}
		if clauseOpener(toks, k) {
			opened = true
		}
	}
	if u, ok := b.conjunctHead(toks, t); ok {
		// "needed to ease restrictions, reform labour laws and cut
		// duties": the marker before the first verb governs the list.
		if m, weak, tried := b.modality(toks, cl, u); m != ModalityAsserted {
			return m, weak, tried
		}
	}
	if mp, ok := b.governedAcrossAdjunct(toks, cl, t); ok {
		// "vowed at a summit in Paris to double its aid": the governor
		// stands before an adjunct the scan above does not pass.
		return phraseModality(mp, t.p.Code)
	}
	return ModalityAsserted, false, false
}

// conjunctHead finds the verb trigger that heads a list of verbs ending in
// verb trigger t: t is a bare verb right after "and" or "or" ("will lay down
// their weapons and accept state rule"), the head is a bare verb trigger
// before it in its clause, and between them stand only the head's objects
// and commas: no pronoun subject, no auxiliary or modal, no clause word.
// The head's modality marker governs the whole list (modality).
func (b *builder) conjunctHead(toks []token, t trigger) (trigger, bool) {
	if t.p.Noun || t.i < 2 || toks[t.i].lower != t.p.Words[0] {
		return trigger{}, false
	}
	if w := toks[t.i-1].lower; w != "and" && w != "or" {
		return trigger{}, false
	}
	for q := t.i - 2; q >= 0 && q >= t.i-14; q-- {
		if k := startsTriggerAt(b.trigs, q); k >= 0 {
			u := b.trigs[k]
			ok := !u.p.Noun && u.cl == t.cl && u.j <= t.i-1 && toks[u.i].lower == u.p.Words[0]
			return u, ok
		}
		w := toks[q].lower
		if !toks[q].word && !toks[q].hyph && w != "," || subjectPronouns[w] || isAux(w) || modalWords[w] || w == "that" || w == "who" || w == "which" {
			return trigger{}, false
		}
	}
	return trigger{}, false
}

// phraseModality is the modality a modality.tsv phrase mp gives a trigger
// of the given code (modality's results). "attempted to assassinate the
// prime minister", "tried to storm the embassy": an attack tried is an
// attack made, as CAMEO's 185 (attempt to assassinate) is an assault. Other
// acts tried are intentions ("trying to negotiate a settlement", "trying to
// take control of a firm").
func phraseModality(mp modPhrase, code string) (m string, weak, tried bool) {
	if mp.Attempt && (forceRoot(code) || code[:2] == "20") {
		return ModalityAsserted, false, true
	}
	return mp.Modality, mp.Weak, false
}

// clauseOpener reports whether the word at k opens a clause of its own
// before a later verb: the complementizer "that", a relative pronoun, or a
// nominative pronoun after a noun or verb ("the causes he supports"), not
// after an auxiliary or a modal, where it is inverted ("would he not ...").
// ("it" is left out: it may be an object, "would not allow it to ...".)
func clauseOpener(toks []token, k int) bool {
	switch w := toks[k].lower; {
	case w == "that" || w == "who" || w == "which" || w == "whom":
		return true
	case w == "he" || w == "she" || w == "they" || w == "we" || w == "i":
		if k == 0 {
			return false
		}
		p := toks[k-1].lower
		return toks[k-1].word && !isAux(p) && !modalWords[p] && p != "did" && p != "do" && p != "does"
	}
	return false
}

// attemptedCode is the code of an act of force that was tried: a killing
// tried is CAMEO 185 (attempt to assassinate); any other attack tried keeps
// its code.
func attemptedCode(code string) string {
	if code == "1823" || code == "186" {
		return "185"
	}
	return code
}

// perfectHave reports whether the "have" at k makes a perfect ("may have
// launched", "would have been killed", "could have imposed tough
// sanctions") rather than being the verb itself: "have" followed (adverbs
// skipped) by a determiner or by a noun trigger ("might have talks", "may
// have a meeting") is what is had, and the modal before it is a plan.
func perfectHave(toks []token, k int, t trigger) bool {
	j := k + 1
	for j < t.i && (strings.HasSuffix(toks[j].lower, "ly") || perfectAdverbs[toks[j].lower]) {
		j++
	}
	if j >= len(toks) || haveObjectDets[toks[j].lower] {
		return false
	}
	return !(j == t.i && t.p.Noun)
}

var haveObjectDets = toSet(`a an the some no more further new fresh its their his her our`)

var perfectAdverbs = toSet(`also already just since even never not`)

// undecidedAct reports whether trigger t is the open question of a
// "whether (or not) to": "will decide whether to begin entry talks", "has
// not decided whether to grant". The act is not done, and not refused
// either: no one has answered yet.
func undecidedAct(toks []token, cl *clause, t trigger) bool {
	for k := t.i - 1; k > cl.start && k >= t.i-3; k-- {
		if toks[k].lower != "to" {
			continue
		}
		w := k - 1
		if w-2 >= cl.start && toks[w].lower == "not" && toks[w-1].lower == "or" {
			w -= 2
		}
		return toks[w].lower == "whether"
	}
	return false
}

// decidedBefore reports whether the verb at i follows "decided to" (or
// "decide(s) to"), an adverb or two between ("decided to partially lift").
func decidedBefore(toks []token, i int) bool {
	k := i - 1
	for k > 0 && i-k <= 2 && strings.HasSuffix(toks[k].lower, "ly") {
		k--
	}
	return k > 0 && toks[k].lower == "to" && decideForms[toks[k-1].lower]
}

var decideForms = toSet(`decide decides decided`)

var denyForms = toSet(`deny denies denied denying dismiss dismissed dismisses rejected rejects refuted refutes`)

// deniedContent reports whether trigger t is what a denial says did not
// happen: "denied (reports) that ...", "denied he frequently met him",
// "rejected allegations he pressured the finance chief to ...", "denied a
// report claiming he warned ...". A bare subject pronoun opens the content
// only right after a verb of denying; a claim noun opens it when a pronoun or
// "claiming", "suggesting" or "saying" follows it. A comma, a dash, "but" or
// ";" between the denial and t ends it for those two openings. What is denied
// is negated, and no one refused it (emitEvents).
func deniedContent(toks []token, t trigger) bool {
	if t.i > 0 && toks[t.i-1].lower == "and" {
		// "denied reports that its troops had fired on civilians and
		// invited the United Nations to investigate": a verb right after
		// "and" goes with the denial's own verb, not with what is denied.
		return false
	}
	for k := max(0, t.i-14); k < t.i-1; k++ {
		if !denyForms[toks[k].lower] {
			continue
		}
		for q := k + 1; q < t.i && q <= k+4; q++ {
			if toks[q].lower == "that" {
				return true
			}
		}
		open := false
		if q := k + 1; denyVerbs[toks[k].lower] && subjectPronouns[toks[q].lower] {
			open = true
		}
		for q := k + 1; q < t.i-1 && q <= k+3 && !open; q++ {
			if claimNouns[toks[q].lower] {
				w := toks[q+1].lower
				open = subjectPronouns[w] || w == "claiming" || w == "suggesting" || w == "saying"
			}
		}
		if !open {
			continue
		}
		for q := k + 1; q < t.i; q++ {
			switch toks[q].lower {
			case ",", "but", ";", ":":
				open = false
			}
		}
		if dashIn(toks, k+1, t.i+1) {
			open = false
		}
		if open {
			return true
		}
	}
	return false
}

// deniedPlan reports whether trigger t is a plan or intention told inside
// what a denial denies: "dismissed reports he told the chancellor he would
// quit", "denied a report that he planned to appeal to the kidnappers". The
// denial says there was no such plan (or no such telling); it does not say
// the act was not done, which a negated event would claim (in the second
// story the man did appeal, by other means). The denial is the event
// (016 or 120); the planned act is none (emitEvents).
func (b *builder) deniedPlan(toks []token, cl *clause, t trigger) bool {
	if !deniedContent(toks, t) {
		return false
	}
	m, _, _ := b.markedModality(toks, cl, t)
	return m == ModalityPlanned
}

var denyVerbs = toSet(`deny denies denied denying`)

// claimVerbs tell a claim the text does not vouch for: "the book claims Mr
// X hosted a dinner", "Mr Y claims that Mr Z refused to stop it".
var claimVerbs = toSet(`claim claims claimed claiming`)

// confirmForms vouch for the report they take: "confirmed reports that the
// minister had resigned" tells the resignation.
var confirmForms = toSet(`confirm confirms confirmed confirming`)

// claimedContent reports whether trigger t is the first act told in what a
// claim, report or allegation says: a claim noun (claimNouns) or verb
// (claimVerbs) before t whose clause opens with "that" or with its subject
// right away (a pronoun, a determiner, a name), maybe past a short "in a
// newspaper": "declined to comment on reports that Barclays had held merger
// talks", "refused to deny claims the prime minister had reneged on a
// deal", "the book claims Mr X hosted a dinner". Between the subject and t
// stand only auxiliaries and adverbs, so that an act told after the content
// ("reports that X resigned were denied by Y") is not in it. The text tells
// the claim, not the act: the act is background (clauseOf), kept, as the
// PLOVER gold codes acts in "allegations that ..." (see deniedContent for
// what a denial says did not happen).
func claimedContent(toks []token, t trigger) bool {
	if denyForms[toks[t.i].lower] || confirmForms[toks[t.i].lower] {
		return false // "a charge he has denied": the claim is what the verb answers
	}
	for k := t.i - 1; k >= 0 && k >= t.i-14; k-- {
		w := toks[k].lower
		if !toks[k].word && w != "'s" && w != "\"" || w == "but" || toks[k].dash {
			return false
		}
		if k >= 2 && toks[k-1].lower == "to" && toks[k-2].lower == "according" {
			// "According to reports the UK is pushing for ...": the
			// sentence's news told on the reports' word, like "..., X said".
			return false
		}
		if (claimNouns[w] || claimVerbs[w]) && contentFrom(toks, k, t) && !confirmedClaim(toks, k) {
			return true
		}
	}
	return false
}

// contentFrom reports whether the claim word at k opens a clause of its own
// whose verb is trigger t (see claimedContent).
func contentFrom(toks []token, k int, t trigger) bool {
	q := k + 1
	if q < t.i && (toks[q].lower == "in" || toks[q].lower == "by") {
		// "reports in a newspaper that he attended"
		for q < t.i && q <= k+6 && toks[q].lower != "that" {
			q++
		}
		if q >= t.i || toks[q].lower != "that" {
			return false
		}
	}
	if q < t.i && toks[q].lower == "that" {
		q++
	}
	if q >= t.i {
		return false
	}
	if w := toks[q].lower; !toks[q].upper && !subjectPronouns[w] && !determiners[w] {
		return false // "his claims were denied", "the report said": the noun is a subject
	}
	if subjectPronouns[toks[q].lower] && claimedBy(toks, k) {
		// "Yukos claimed it sought help in the US because ...": one's
		// own act told by oneself is told as "said it sought" is; the
		// claim is about the rest.
		return false
	}
	aux := false
	for ; q < t.i; q++ {
		w := toks[q].lower
		switch {
		case isAux(w) || modalWords[w]:
			aux = true
		case strings.HasSuffix(w, "ly") || w == "never" || w == "already":
		case aux || !toks[q].upper && (strings.HasSuffix(w, "ed") || irregularPast[w]):
			return false // a verb of its own before t
		}
	}
	return true
}

// claimedBy reports whether the claim word at k is a verb with its
// claimant before it ("Yukos claimed", "Yukos has claimed", "the firm
// claims"), not a noun ("reports that", "deny claims") nor a report's own
// participle ("a report claiming he warned").
func claimedBy(toks []token, k int) bool {
	if !claimVerbs[toks[k].lower] || k == 0 {
		return false
	}
	p := toks[k-1]
	switch {
	case p.upper || subjectPronouns[p.lower] || isAux(p.lower):
		return true
	case !p.word || claimNouns[p.lower] || determiners[p.lower] || prepositions[p.lower] || modalWords[p.lower] || denyForms[p.lower]:
		return false
	}
	return !strings.HasSuffix(p.lower, "ed") // "refused to deny claims", "investigated claims": a noun
}

// confirmedClaim reports whether the claim word at k is the object of a
// verb of confirming, at most two words between: "confirmed the reports",
// "confirmed press reports".
func confirmedClaim(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-3 && toks[q].word; q-- {
		if confirmForms[toks[q].lower] {
			return true
		}
	}
	return false
}

var claimNouns = toSet(`claim claims allegation allegations report reports suggestion suggestions accusation accusations charge charges`)

// intentCode recodes a planned act as CAMEO codes an announced intention: a
// cooperative act becomes an 03 intent to cooperate, a conflictual one an 13
// threat. Reducing relations (16) stays an act when announced firmly ("will
// withdraw"), and becomes a threat when only contemplated ("may withdraw").
// Announced yielding (08: "will evacuate", "would allow") stays an intent, as
// the PLOVER gold codes it.
func intentCode(code string, weak bool) string {
	root := code[:2]
	switch root {
	case "04":
		return "036"
	case "05":
		return "032"
	case "06":
		switch code {
		case "061":
			return "0311"
		case "062":
			return "0312"
		case "063":
			return "0313"
		case "064":
			return "0314"
		}
		return "031"
	case "07":
		switch code {
		case "071":
			return "0331"
		case "072":
			return "0332"
		case "073":
			return "0333"
		case "074":
			return "0334"
		}
		return "033"
	case "08":
		switch {
		case strings.HasPrefix(code, "081"):
			return "0351"
		case strings.HasPrefix(code, "084"):
			return "0353"
		case code == "085":
			return "0354"
		case strings.HasPrefix(code, "086"):
			return "0355"
		case strings.HasPrefix(code, "087"):
			return "0356"
		case strings.HasPrefix(code, "083"):
			return "034"
		}
		return "035"
	case "16":
		if !weak {
			return code
		}
		switch {
		case strings.HasPrefix(code, "162"):
			return "1311"
		case code == "163":
			return "1312"
		case code == "161":
			return "1313"
		case code == "164":
			return "134"
		case code == "165":
			return "135"
		case strings.HasPrefix(code, "166"):
			return "136"
		}
		return "131"
	case "14":
		return "133"
	case "17":
		switch code {
		case "1721", "1722":
			return "1322"
		case "1723":
			return "1323"
		case "1724":
			return "1324"
		case "172":
			return "132"
		}
		return "137"
	case "15", "18", "19":
		switch code {
		case "191":
			return "1381"
		case "192":
			return "1382"
		}
		return "1384"
	case "20":
		return "1385"
	}
	return code
}

// conditioned reports whether the clause of trigger t is bound to an "if"
// or "unless" clause: one right after it ("will cut aid if Baghdad does not
// comply") or one that opens the sentence right before it ("If Baghdad does
// not comply, Britain will cut aid").
func conditioned(toks []token, cls []clause, t trigger) bool {
	if t.cl < 0 || t.cl >= len(cls) {
		return false
	}
	if c := t.cl + 1; c < len(cls) && cls[c].cond && cls[c].start == cls[t.cl].end && cls[c].start < len(toks) {
		if w := toks[cls[c].start].lower; w == "if" || w == "unless" {
			return true
		}
	}
	if c := t.cl - 1; c >= 0 && cls[c].cond && cls[c].fronted && cls[c].end == cls[t.cl].start && cls[c].start == 0 {
		return true
	}
	return false
}

// firmModalBefore reports a "will", "would" or "shall" among the three
// words before token i ("will vote against", "would not back"): an act
// announced, not one only allowed or possible ("could refuse").
func firmModalBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch w := toks[k].lower; {
		case w == "will" || w == "would" || w == "'ll" || w == "shall" || w == "wo":
			return true
		case modalWords[w]:
			return false
		}
	}
	return false
}

// heldOverCondition reports whether verb trigger t is an act announced or
// refused on a condition ("said it would pull out its monitors unless Quito
// frees them", "will not lift the ban if Minsk does not comply"): like a
// threat word's, such an act is aimed at whoever must meet the condition
// (conditionSubject). A done act is not held over anyone ("backed the
// suggestion that unless ..."), nor is an event noun ("the offensive would
// end if ...": the condition is the noun's verb's).
func (b *builder) heldOverCondition(toks []token, cls []clause, t trigger) bool {
	if t.p.Noun || !conditioned(toks, cls, t) {
		return false
	}
	m, _, _ := b.modality(toks, &cls[t.cl], t)
	return m == ModalityPlanned || m == ModalityNegated
}

// conditionSubject is the actor that is the subject of an "if" or "unless"
// clause right after the clause of trigger t, nil if there is none.
func conditionSubject(toks []token, cls []clause, t trigger) *entRef {
	if t.cl < 0 || t.cl+1 >= len(cls) {
		return nil
	}
	c := &cls[t.cl+1]
	if !c.cond || c.start != cls[t.cl].end || c.start >= len(toks) || len(c.subject) != 1 {
		return nil
	}
	if w := toks[c.start].lower; w != "if" && w != "unless" {
		return nil
	}
	return c.subject[0]
}

// assertedAct reports whether trigger t tells of an act done, not one
// planned, feared or denied ("saying it would encourage more fighting"):
// only a done act of force has attackers to stand in for.
func (b *builder) assertedAct(toks []token, cl *clause, t trigger) bool {
	m, _, _ := b.modality(toks, cl, t)
	return m == ModalityAsserted
}

// norNegated reports whether verb trigger t is denied by "neither" or "nor"
// rather than by "not": "has neither admitted nor denied wrongdoing" (both
// verbs), "does not commit suicide, nor does she kill civilians" (the
// inverted auxiliary and its subject stand between "nor" and the verb). The
// marker scan in markedModality knows only "not" and "never"; a "nor" with
// no verb of its own after its subject ("could not agree, nor could the
// UN") negates nothing here, as no trigger follows it.
func norNegated(toks []token, t trigger) bool {
	if t.p.Noun {
		return false
	}
	k := t.i - 1
	for k >= 0 && strings.HasSuffix(toks[k].lower, "ly") {
		k-- // "nor publicly denied"
	}
	if k < 0 {
		return false
	}
	if w := toks[k].lower; w == "nor" || w == "neither" {
		return true
	}
	// "nor does she/he kill", "nor will the ministers accept": an
	// auxiliary right after "nor", then a short subject, then the verb.
	for q := k; q >= 1 && q >= t.i-5; q-- {
		w := toks[q].lower
		if w == "," || w == ";" || isQuoteMark(w) {
			return false
		}
		if auxAt(toks, q) && toks[q-1].lower == "nor" {
			return q < t.i-1 // a subject stands between
		}
	}
	return false
}

// neverRun are the words a repeated "never" is stretched with: "never,
// ever, ever".
var neverRun = toSet(`ever never , "`)

// parentheticNever reports whether a "never" is kept from verb trigger t
// only by commas, quotation marks and repeated "ever"s, which the marker
// scan in markedModality stops at: pledged to "never, ever, ever" attack
// him. The run must hold a comma or a quotation mark; a bare "never" before
// the verb is the scan's already.
func parentheticNever(toks []token, t trigger) bool {
	if t.p.Noun {
		return false
	}
	punct := false
	for k := t.i - 1; k >= 0 && k >= t.i-9; k-- {
		w := toks[k].lower
		if isQuoteMark(w) {
			w = `"`
		}
		if w == "never" {
			return punct
		}
		if !neverRun[w] {
			return false
		}
		if w == "," || w == `"` {
			punct = true
		}
	}
	return false
}
