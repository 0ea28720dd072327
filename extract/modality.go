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
// sentence's tree decides when there is one.
func (b *builder) clauseOf(toks []token, cls []clause, t trigger) string {
	// The tree decides when the sentence was parsed for its arguments; the
	// word rules otherwise, so that no sentence is parsed for its label alone.
	if parseMode != "off" && b.askedTree().readable(t.i, t.p.Noun) {
		if b.pz.background(t.i) {
			return ClauseBackground
		}
		return ClauseMain
	}
	if t.p.Noun && nounInPP(toks, t.i, cls[t.cl].start) {
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
		if intentNouns[toks[k].lower] && k > 0 && (determiners[toks[k-1].lower] || possPronouns[toks[k-1].lower] || toks[k-1].lower == "'s") {
			// a noun, not the verb of "X plans to impose": that is X's intent
			return true
		}
	}
	return false
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

// obligedForms before "to" make what follows an obligation.
var obligedForms = toSet(`have has having need needs`)

// obligedAct reports whether the verb of trigger t is what someone has to,
// needs to or must do ("may have to accept restrictions", "will have to
// defend the record", "both chambers have to approve the text"): an obligation
// is neither an act nor an intent to act. "had to" is left alone: what
// one had to do was mostly done.
func obligedAct(toks []token, t trigger) bool {
	if t.p.Noun || t.i < 2 {
		return false
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
