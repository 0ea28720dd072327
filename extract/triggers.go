package extract

import (
	"slices"
	"strings"
)

// Triggers: the verb and noun patterns found outside mentions, and the rules
// that keep, drop or join them (copulas, governed infinitives, calls).

// triggers finds verb and noun patterns outside mentions. Verb patterns
// are tried first; a noun inside a matched verb pattern is not coded again.
func (b *builder) triggers(toks []token, ms []mention, mAt []int, clOf []int) []trigger {
	var out []trigger
	used := make([]bool, len(toks))
	for k := 0; k < len(toks); k++ {
		// The lower-case words of a described agreement ("an agreement
		// between", "the nuclear deal") may still trigger, as they did
		// before they named one.
		if mAt[k] != 0 && !(ms[mAt[k]-1].agr && !toks[k].upper) || !toks[k].word || used[k] {
			continue
		}
		ps := b.d.verbs[toks[k].lower]
		if len(ps) == 0 {
			continue
		}
		// A capitalized verb form inside a sentence is a name ("March"); a
		// form joined by a hyphen is an adjective ("Israeli-occupied").
		if toks[k].upper && k > 0 || toks[k].hyph {
			continue
		}
		// "anti-government protests", "pro-democracy rallies": after a
		// word joined to "anti" or "pro", a noun, not a verb with the word
		// for its subject.
		if k > 1 && toks[k-1].hyph && (toks[k-2].lower == "anti" || toks[k-2].lower == "pro") {
			continue
		}
		// "..., killing 20 people": a participle adjunct adds to the act
		// before it rather than being another act.
		// Only a frame holds there, its object of the frame's class making
		// an act of its own: "the second-largest donor, contributing $46
		// million to X".
		adjunct := k > 0 && toks[k-1].text == "," && strings.HasSuffix(toks[k].lower, "ing")
		// Inflected forms need a verb's neighbours: "sanctions", "charges"
		// after a verb or an adjective are nouns; "calling for" after a noun
		// is a participle modifying it.
		past := pastForm(toks[k].lower, ps)
		timed := false
		if !adjunct && !verbContext(toks, k, mAt, past) {
			// "wrote to Y on Tuesday accusing him of": after a day a
			// participle may stand as it does after a comma ("is today
			// sending" is a verb by verbContext already).
			if timed = k > 1 && strings.HasSuffix(toks[k].lower, "ing") && dayBefore(toks, k); !timed {
				continue
			}
			adjunct = true
		}
		// "to demand an end": a purpose infinitive is not an act, unless a
		// marker such as "willing to" or "decided to" or a governing pattern
		// ("asked X to") makes it one; those are handled by modality and
		// absorption.
		if k > 0 && toks[k-1].lower == "to" && !b.toGoverned(toks, mAt, k-1) {
			continue
		}
		if b.purposeConjunct(toks, mAt, k) {
			// "to divert the plane and arrest a journalist": the purpose's
			// conjunct is a purpose too; the tree took it for a verb, so
			// no noun pattern reads it either.
			used[k] = true
			continue
		}
		if withoutGerund(toks, k) {
			continue // "adjourned without agreeing on new fines": an act that did not happen
		}
		// A determiner just before makes it a noun: "the ongoing probe".
		if mAt[k-1+boolInt(k == 0)] != 0 && k > 0 {
			// "a U.S. request": a determiner before the actor before it.
			if m := mAt[k-1]; m != 0 && k > 1 {
				q := k - 1
				for q > 0 && mAt[q-1] == m {
					q--
				}
				base := !strings.HasSuffix(toks[k].lower, "ed") && !strings.HasSuffix(toks[k].lower, "s")
				if q > 0 && (toks[q-1].lower == "a" || toks[q-1].lower == "an") && k-q == 1 && (ms[m-1].ctx || base) {
					continue
				}
			}
		}
		if k > 0 && (nounDets[toks[k-1].lower] && !ruledOutGerund(toks, k) || toks[k-1].lower == "'s") ||
			k > 1 && nounDets[toks[k-2].lower] && mAt[k-1] == 0 && toks[k-1].word && (!toks[k-1].upper || regionAdjectives[toks[k-1].lower]) && !isAux(toks[k-1].lower) && !strings.HasSuffix(toks[k].lower, "ed") && !past &&
				!subjectPronouns[toks[k-1].lower] && // "said that it supports": "that" opens a clause, the pronoun is its subject
				!(sayingNouns[toks[k-1].lower] && strings.HasSuffix(toks[k].lower, "ing") && issuedText(toks, k-1)) { // "a report accusing X" (verbContext)
			continue
		}
		// "accepted that ...", "agreed that ...": a verb of assent before a
		// that-clause states a view; it is not an act.
		if k+1 < len(toks) && toks[k+1].lower == "that" && thatStatements[toks[k].lower] {
			continue
		}
		if verbNotAct(toks, k) || reducedCharge(toks, k) {
			continue
		}
		// "exports shot up 7.5%", "prices hit a record": a figure after the
		// verb rules out its readings of conflict (roots 14 and up), pattern
		// by pattern; the word's other readings stay ("sent $5m to X" is
		// aid whichever pattern of "send" the dictionary lists first).
		figure := figureAfter(toks, k+1)
		var best *trigger
		for _, p := range ps {
			if adjunct && (timed || !p.Frame && !adjunctGovernor(toks, k, p)) && !b.adjunctAct(k, p) {
				continue
			}
			if figure && len(p.Code) >= 2 && p.Code[:2] >= "14" {
				continue
			}
			if t, ok := matchPattern(toks, k, p, clOf, mAt); ok {
				if onIsAdjunct(toks, t) {
					continue // "insisted on Wednesday it was time": a date, not what is insisted on
				}
				if needsObject[p.Words[0]] && slices.Contains(p.Words, "") && !b.gapIsActor(toks, ms, t) {
					// "wants Washington to" is a demand of Washington; "wants
					// to" and "want the EU budget to" are not.
					continue
				}
				if p.Actor && !actorFollows(toks, ms, mAt, t) {
					continue
				}
				if bidPattern(p) && !b.bids(toks, t) {
					continue // "told reporters the talks had come to an end": a report
				}
				if p.Held && !personHeldBy(toks, ms, mAt, clOf, t) {
					continue
				}
				if p.Deal && !dealFollows(toks, t.j) {
					continue
				}
				if p.Giver && givenFrom(toks, ms, mAt, t) < 0 {
					continue // "received a letter", "accepted aid": no giver named, the verb's other senses
				}
				if p.Giver {
					if c := b.ownAidCode(toks, clOf, mAt, t); c != "" && c != p.Code {
						q := *p
						q.Code = c
						t.p = &q // "received humanitarian aid from Japan": relief (073), as the noun is listed
					}
				}
				if p.Code == "041" && len(p.Words) == 1 && p.Words[0] == "call" && (!phoneCall(toks, mAt, t.j) || namedAfterNoun(toks, k)) {
					continue // "called the ambassador a stupid guy", "called Iran a threat": naming, no call
				}
				if p.Code == "041" && len(p.Words) == 1 && b.callPurposeCoded(toks, mAt, clOf, k) {
					// "called Erdogan on Friday to convey Pakistan's support",
					// "called Erdogan to apologize": the call is how the act
					// was done, and the act is the event.
					continue
				}
				if len(p.Words) == 1 && p.Code == "057" && paperAfter(toks, t.j, signedPapers) {
					// "signed a decree granting citizenship", "signed a
					// petition": what is signed is no agreement with anyone.
					continue
				}
				if len(p.Words) == 1 && !p.Noun && forceRaisers[p.Words[0]] && raisedNoForce(toks, t) {
					continue // "mobilise public opinion", "reinforce its US presence": no forces raised
				}
				if len(p.Words) == 1 && p.Words[0] == "return" && !p.Noun && paperAfter(toks, t.j, returnedPapers) {
					continue // "returned their ballot papers", "return the seats to the party", "return the original": votes, seats or a copy, no property released
				}
				if len(p.Words) == 1 && p.Words[0] == "destroy" && !p.Noun && destroyedRecords(toks, t) {
					continue // "destroyed nearly 37,000 files", "the number of files destroyed by the ministry", "would destroy shareholder value": records or a worth, no property attacked
				}
				if len(p.Words) == 1 && p.Code == "070" && paperAfter(toks, t.j, sentMessages) {
					// "sent a letter to the head of the WHO": words sent
					// are no aid.
					continue
				}
				if len(p.Words) == 1 && strings.Contains("03 07 08", p.Code[:2]) && goodsAfter(toks, t.j) {
					// "released a new album", "offer broadband", "provided
					// the figures": goods, works and data put out or handed
					// over are no concession, aid or offer to anyone.
					continue
				}
				if p.Org {
					if t.org = b.orgAfter(toks, ms, mAt, t.j); t.org < 0 {
						continue
					}
					if p.Code == "061" && !firmBought(toks, ms[t.org], t) {
						continue // "an offer to acquire X", "bought an HP printer": no firm bought
					}
				}
				// Of patterns as specific as the first that holds, the one
				// that ends first reads the verb's own complement: "pledged
				// $1.6 billion in aid to support reforms" is aid, not support;
				// "agreed to extend the ceasefire" is an agreement (agree
				// to), not the ceasefire a later noun names.
				if best != nil {
					if literalWords(p) != literalWords(best.p) || p.Org != best.p.Org || p.Actor != best.p.Actor {
						break
					}
					if t.j >= best.j {
						continue
					}
				}
				best = &t
			}
		}
		if best != nil {
			out = append(out, *best)
			for x := best.i; x < best.j; x++ {
				used[x] = true
			}
		}
	}
	for k := 0; k < len(toks); k++ {
		fromAct := b.fromActNoun(toks, ms, mAt, k)
		if used[k] || mAt[k] != 0 && !(ms[mAt[k]-1].agr && !toks[k].upper) && !fromAct || !toks[k].word {
			continue
		}
		ps := b.d.nouns[toks[k].lower]
		if fromAct {
			// Only the "<noun> from" patterns fromActNoun found (fromPattern).
			ps = slices.DeleteFunc(slices.Clone(ps), func(p *pattern) bool { return !fromPattern(p) })
		}
		if len(ps) > 0 && nounNotAct(toks, mAt, k) {
			continue
		}
		if figurativeFight(toks, k) {
			continue // "is fighting two lawsuits", "will be fighting the next election", read as the noun
		}
		if k+1 < len(toks) && toks[k+1].hyph {
			// "cease-fire", "pull-out": the words a hyphen joins are one
			// noun, listed with or without the hyphen.
			ps = append(slices.Clip(ps), b.d.nouns[hyphJoined(toks, k)]...)
		}
		for _, p := range ps {
			c := matchWord(toks, k, p.Words[0], len(p.Words) == 1)
			if c == 0 || p.Role && !afterCopula(toks, k) || p.Death && !afterDeath(toks, k) {
				continue
			}
			// A noun frame has a gap before its class noun: "suspension
			// of * aid" holds for "suspension of all US military aid".
			if t, ok := matchFrom(toks, k, k+c, p, clOf, mAt); ok {
				t.gapI, t.gapJ = -1, -1
				out = append(out, t)
				for x := t.i; x < t.j; x++ {
					used[x] = true
				}
				break
			}
		}
	}
	out = b.passiveFrames(toks, ms, mAt, clOf, used, out)
	// In sentence order.
	for a := 1; a < len(out); a++ {
		for c := a; c > 0 && out[c].i < out[c-1].i; c-- {
			out[c], out[c-1] = out[c-1], out[c]
		}
	}
	return dropGoverned(toks, out)
}

// afterCopula reports whether the noun at k is the complement of a form of
// "be", "remain" or "become" at most five words before it, with only words
// between ("is the leading international donor", "has been one of the
// largest donors").
func afterCopula(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-6; q-- {
		w := toks[q].lower
		if beForms[w] || copulaForms[w] {
			return true
		}
		if !toks[q].word && !toks[q].hyph {
			return false
		}
	}
	return false
}

var copulaForms = toSet(`remain remains remained remaining become becomes became becoming`)

// afterDeath reports whether the noun at k is what someone died of: a form
// of "die" a few words before, with a preposition of cause between ("died
// as a result of the torture", "dies in prison after torture", "died ...
// due to continued torture").
func afterDeath(toks []token, k int) bool {
	return deathVerb(toks, k) >= 0
}

// deathVerb is the form of "die" whose cause noun k names (afterDeath): -1
// when none.
func deathVerb(toks []token, k int) int {
	cause := false
	for q := k - 1; q >= 0 && q >= k-10; q-- {
		w := toks[q].lower
		if dieForms[w] {
			if cause {
				return q
			}
			return -1
		}
		if !toks[q].word {
			return -1
		}
		if causePreps[w] {
			cause = true
		}
	}
	return -1
}

var dieForms = toSet(`die dies died dying`)

var causePreps = toSet(`of from after following to because`)

// gapIsActor reports whether the gap of t holds exactly one actor's mention
// (after an optional "the").
func (b *builder) gapIsActor(toks []token, ms []mention, t trigger) bool {
	if t.gapI < 0 || t.gapI >= t.gapJ {
		return false
	}
	m, ok := actorAt(ms, toks, t.gapI)
	return ok && m.j == t.gapJ
}

// actorFollows reports whether an actor follows the match t of a pattern
// flagged actor: right after it ("received the Kyrgyz prime minister"), or,
// when the pattern has a gap, opening the gap ("barred Gazprom and its
// lenders from", "barred her from", not "barred international banks from")
// or after a "by" opening it, the agent of a passive ("was blocked by
// parliament from").
// A determiner may come first ("the government").
func actorFollows(toks []token, ms []mention, mAt []int, t trigger) bool {
	k := t.j
	if t.gapI >= 0 {
		if t.gapI >= t.gapJ {
			return false // "was barred from doing so": no one in the gap
		}
		k = t.gapI
		if toks[k].lower == "by" && k+1 < t.gapJ {
			k++
		}
		if w := toks[k].lower; w == "him" || w == "her" {
			return true // "barred her from leaving": a person, whom objectPronoun finds
		}
	}
	if k >= len(toks) {
		return true
	}
	return actorNamedAt(ms, mAt, k) || k+1 < len(toks) && determiners[toks[k].lower] && actorNamedAt(ms, mAt, k+1)
}

// needsObject verbs make their gap pattern only with something in the gap.
var needsObject = toSet(`want`)

// noComment are the verbs of "declined to comment", "refused to confirm":
// withholding a statement is not rejecting anyone.
var noComment = toSet(`comment say elaborate confirm discuss speculate disclose reveal identify name specify
give answer`)

// withheldComment reports the withheld statement after a refusal's "to" at
// k: a verb of noComment, or "be drawn", "be pinned down" ("declined to be
// drawn on reports of merger talks").
func withheldComment(toks []token, k int) bool {
	if noComment[toks[k].lower] {
		return true
	}
	return toks[k].lower == "be" && k+1 < len(toks) && (toks[k+1].lower == "drawn" || toks[k+1].lower == "pinned")
}

// topicOnly reports whether the verb at k is a "discuss" with no partner
// after it in its stretch of the sentence: "refused to discuss weekend
// newspaper reports", "have refused to discuss his exact new position".
// Refusing to discuss a topic is withholding comment, as "declined to
// comment" is; "refused to discuss the dispute with Sweden" turns down
// talks with someone and stays a refusal.
func topicOnly(toks []token, k int) bool {
	if toks[k].lower != "discuss" {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+12; q++ {
		if toks[q].lower == "with" {
			return false
		}
		if !toks[q].word && !toks[q].hyph && toks[q].lower != "'s" {
			break
		}
	}
	return true
}

// startsTrigger reports whether one of ts starts at token k.
func startsTrigger(ts []trigger, k int) bool {
	for _, t := range ts {
		if t.i == k {
			return true
		}
	}
	return false
}

// dropGoverned removes triggers that are no acts of their own: a noun that is
// the object of a threat, appeal, intent or refusal ("threatened fresh
// attacks on Kenya" is a threat, not an attack), and a refusal to comment.
func dropGoverned(toks []token, ts []trigger) []trigger {
	out := ts[:0]
	for k, t := range ts {
		if !t.p.Noun && strings.HasPrefix(t.p.Code, "12") && t.p.Words[len(t.p.Words)-1] == "to" && t.j < len(toks) && withheldComment(toks, t.j) && (!startsTrigger(ts, t.j) || topicOnly(toks, t.j)) {
			// "declined to give details" is no refusal, nor is "refused to
			// discuss the reports" (topicOnly); "agreed to give
			// Ukraine aid" is an agreement to the act that follows. Only a
			// refusal is read so: "agreed to give concessions" is an
			// agreement, "urged Iran to disclose its sites" a demand.
			continue
		}
		if t.p.Noun && k > 0 {
			prev := ts[k-1]
			if !prev.p.Noun && (governRoots[prev.p.Code[:2]] || prev.p.Code[:2] == "11") && prev.j <= t.i && t.i-prev.j <= 6 && prev.cl == t.cl {
				// "condemned the Quetta suicide terrorist attack": after a
				// determiner, a name is one of the noun's modifiers.
				gap := true
				det := false
				for q := prev.j; q < t.i; q++ {
					poss := toks[q].lower == "'s" || q+1 < t.i && toks[q+1].lower == "'s"
					if !toks[q].word && !poss || prepositions[toks[q].lower] || toks[q].upper && !poss && !det {
						gap = false
					}
					det = det || determiners[toks[q].lower]
				}
				if gap {
					continue
				}
			}
		}
		out = append(out, t)
	}
	return out
}

// thatStatements are verbs of assent that, before "that", state a view.
var thatStatements = toSet(`accept accepts accepted accepting agree agrees agreed agreeing acknowledge
acknowledges acknowledged concede concedes conceded insist insists insisted recognise recognised recognize
recognized admit admits admitted`)

// callPurposeCoded reports whether the call at k was made to do an act a
// pattern codes ("to convey Pakistan's support", "to congratulate him"):
// the purpose "to" within twelve words, in the call's clause, that calledAt
// traces back to this call, followed by a verb one of whose patterns
// matches there. A call to talk ("to discuss Iran") is a consultation and
// stays one.
func (b *builder) callPurposeCoded(toks []token, mAt []int, clOf []int, k int) bool {
	for u := k + 1; u+1 < len(toks) && u <= k+12 && clOf[u] == clOf[k]; u++ {
		if toks[u].lower != "to" {
			continue
		}
		if calledAt(toks, mAt, u) < 0 || talkVerbs[toks[u+1].lower] {
			return false
		}
		for _, p := range b.d.verbs[toks[u+1].lower] {
			if _, ok := matchPattern(toks, u+1, p, clOf, mAt); ok {
				return true
			}
		}
		return false
	}
	return false
}

// phoneCall reports whether the actor named at token j, right after
// "called", is called up rather than named something: what follows it is
// a time ("on Saturday", "late on Friday"), a purpose ("to discuss"), a
// comma, "and" or the sentence's end ("Trump called King Salman on
// Saturday", not "called the envoy a very stupid guy").
func phoneCall(toks []token, mAt []int, j int) bool {
	if j < len(toks) && determiners[toks[j].lower] && j+1 < len(toks) && mAt[j+1] != 0 {
		j++
	}
	if j+1 < len(toks) && officeAges[toks[j].lower] && mAt[j] == 0 && mAt[j+1] != 0 {
		j++ // "called new Australian Prime Minister Scott Morrison"
	}
	if j >= len(toks) || mAt[j] == 0 {
		return false
	}
	e := j
	for e < len(toks) && mAt[e] == mAt[j] {
		e++
	}
	if e >= len(toks) {
		return true
	}
	switch w := toks[e].lower; {
	case w == "on" || w == "late" || w == "early" || w == "last" || w == "yesterday" || w == "today" || w == "and" || w == "," || w == ".":
		return true
	case w == "to" && e+1 < len(toks) && toks[e+1].word && !toks[e+1].upper && !determiners[toks[e+1].lower]:
		return true // "to discuss", "to explain", not "to the ceremony"
	}
	return false
}

// sendForms are the forms of "send" (toGoverned).
var sendForms = toSet(`send sends sent sending`)

// toGoverned reports whether the "to" at k follows a modality marker
// ("willing to") or a verb that governs an infinitive ("asked Russia to").
func (b *builder) toGoverned(toks []token, mAt []int, k int) bool {
	if calledAt(toks, mAt, k) >= 0 {
		return true
	}
	for _, mp := range b.d.modality["to"] {
		if matchBack(toks, k, mp.toks, 0) {
			return true
		}
	}
	if q := skipAdjunct(toks, k-1, 0); q >= 0 && aspectVerbs[toks[q].lower] {
		return true
	}
	if motionPurpose(toks, mAt, k) >= 0 {
		return true
	}
	// A governing verb pattern ending in "to" up to gapMax+1 tokens back:
	// an appeal, intent, demand, refusal or threat ("urged X to"), or forces
	// sent to act ("sent fighter jets to destroy the reactor"). A pattern of
	// handing or opening something to someone does not govern what follows:
	// "hand over 30 vehicles to support health services", "re-open its
	// borders for South Koreans to inspect" (a purpose).
	for q := k - 1; q >= 0 && q >= k-gapMax-1; q-- {
		if q > 0 && (toks[q-1].lower == "in" && toks[q].lower == "order" || nounMarkers[toks[q-1].lower] && !demandNouns[toks[q].lower]) {
			// "in order to retake the airport", "with the order to capture
			// the ringleaders", "a scheme to offer courses": a noun, and what
			// follows is a purpose. (What "a request by X to" asks is
			// governed: see demandedAct.)
			continue
		}
		// "sent fighter jets to destroy": a form of "send" governs whatever
		// dictionary line matched it (no "send * X to" line is needed).
		if sendForms[toks[q].lower] {
			return true
		}
		for _, p := range b.d.verbs[toks[q].lower] {
			if p.Words[len(p.Words)-1] != "to" || !governRoots[p.Code[:2]] {
				continue
			}
			if len(p.Words) > 2 && (p.Words[1] == "on" || p.Words[1] == "upon") && (q+1 >= len(toks) || toks[q+1].lower != p.Words[1]) {
				// "called Bashir on Saturday to express his support": a call,
				// not "called on X to"; the particle the pattern needs is not
				// there.
				continue
			}
			if len(p.Words) == 2 && q+2 < k && toks[q+1].lower == "to" && determiners[toks[q+2].lower] {
				// "agreed to a cease-fire to end months of fighting": the
				// pattern's own "to" came right after the verb and took a
				// noun; the later "to" is a purpose ("failed to persuade
				// them to" is still governed).
				continue
			}
			return true
		}
		if toks[q].text == "," || toks[q].text == "." {
			break
		}
	}
	return false
}

// motionForms are the forms of the verbs of going somewhere.
var motionForms = toSet(`go goes went going gone travel travels travelled traveled travelling traveling fly flies flew
flying flown head heads headed heading come comes came coming`)

// motionTimes open a short time phrase between a destination and the
// purpose: "go to Moscow in 1987 to meet", "fly to Paris next week to sign".
var motionTimes = toSet(`in on next this later early`)

// motionPurpose returns the verb of going when the "to" at k gives the
// purpose of a trip to a named place or actor ("will not go to Moscow to
// meet Gorbachev", "prepared to head to Brussels to meet with Bush"), -1
// otherwise. The trip is made for the act, so the act is governed, and it
// is as planned, done or refused as the going is (modality).
func motionPurpose(toks []token, mAt []int, k int) int {
	if k < 1 || k >= len(mAt) || len(mAt) > len(toks) {
		return -1
	}
	e := k // the end of the destination's mention
	if n := 0; k-1 >= 0 && mAt[k-1] == 0 {
		// a short time phrase after the destination
		for e = k; e > 0 && mAt[e-1] == 0 && n < 3; e, n = e-1, n+1 {
			if !toks[e-1].word {
				return -1
			}
		}
		if e == k || e < 1 || mAt[e-1] == 0 || !motionTimes[toks[e].lower] {
			return -1
		}
	}
	if e < 1 || mAt[e-1] == 0 {
		return -1
	}
	m, q := mAt[e-1], e-1
	for q > 0 && mAt[q-1] == m {
		q--
	}
	if q > 0 && toks[q-1].lower == "the" {
		q--
	}
	if q < 2 || toks[q-1].lower != "to" || !motionForms[toks[q-2].lower] {
		return -1
	}
	return q - 2
}

// talkVerbs are what one calls someone to do with that one: the one
// called is the partner, whatever topic follows ("called X to discuss
// Iran").
var talkVerbs = toSet(`discuss talk consult confer meet speak`)

// callForms are the forms of the verbs of calling someone up.
var callForms = toSet(`call calls called calling phone phones phoned phoning telephone telephones telephoned telephoning`)

// officeAges before a title say when its holder holds it: "new", "former".
var officeAges = toSet(`new former outgoing incoming`)

// calledAt finds who was called when "to" at k gives what a call was made
// to do ("called Sudanese President Omar al-Bashir on Saturday to express
// his support", "telephoned Kozyrev to convey"): what one calls someone to
// do is done in the call, to the one called. It returns the token that
// starts that actor, right after the verb and followed by a time or by
// "to" (see phoneCall), or -1: not "called on X to", a demand, nor "called
// the plan a disaster".
func calledAt(toks []token, mAt []int, k int) int {
	for q := k - 1; q >= 0 && q >= k-12; q-- {
		if toks[q].text == "," || toks[q].text == "." {
			return -1
		}
		if callForms[toks[q].lower] {
			j := q + 1
			if j < k && determiners[toks[j].lower] {
				j++ // "called the Belgian foreign minister to discuss Iran"
			}
			if j+1 < k && officeAges[toks[j].lower] && mAt[j] == 0 {
				j++
			}
			if j < k && mAt[j] != 0 && phoneCall(toks, mAt, q+1) {
				return j
			}
			return -1
		}
	}
	return -1
}

// governs reports a pattern that takes an infinitive ("ask * to", "threaten
// to cut off"): the act it governs is part of it, not another act.
func governs(p *pattern) bool {
	for _, w := range p.Words[1:] {
		if w == "to" {
			return true
		}
	}
	return false
}

// nounAfterPrepActor reports whether the -s form at k follows an actor word
// that itself follows a preposition: "in violation of EU sanctions", "an
// end to Western sanctions". A clause's subject does not stand right after a
// preposition, so the form is a noun the actor word modifies, when nothing
// that could be its complement follows. Words that
// also open clauses ("after", "before", "since", "until", "than", "like")
// do not count.
func nounAfterPrepActor(toks []token, k int, mAt []int) bool {
	q := k - 1
	for q > 0 && mAt[q-1] == mAt[k-1] {
		q--
	}
	if q == 0 {
		return false
	}
	w := toks[q-1].lower
	if !prepositions[w] || prepClauseOpeners[w] {
		return false
	}
	// What follows must end the phrase or modify the noun: punctuation,
	// "and", "or", a participle ("orders telling staff to"). "The head of
	// the agency warns Iran", "the leader of Hamas calls for": a verb with
	// its complement, its subject a noun with an of-phrase.
	if k+1 >= len(toks) || !toks[k+1].word {
		return true
	}
	n := toks[k+1].lower
	return n == "and" || n == "or" || n == "but" || strings.HasSuffix(n, "ing") && !toks[k+1].upper
}

var prepClauseOpeners = toSet(`after before since until than like`)

// verbContext checks the word before an -s or -ing form: a third-person verb
// follows its subject, a progressive follows an auxiliary.
func verbContext(toks []token, k int, mAt []int, past bool) bool {
	w := toks[k].lower
	ing := strings.HasSuffix(w, "ing")
	third := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !ing
	if k == 0 {
		return true
	}
	p := toks[k-1].lower
	if !ing && !third {
		if strings.HasSuffix(w, "ed") || irregularPast[w] || past {
			// "a letter handed over to": a participle after a noun.
			if k > 1 && nounDets[toks[k-2].lower] && mAt[k-1] == 0 && toks[k-1].word && !toks[k-1].upper && !isAux(p) && k+1 < len(toks) && (prepositions[toks[k+1].lower] || toks[k+1].lower == "over") {
				return false
			}
			// "for alleged money laundering", "over disputed islands": after
			// a preposition, before a word, the form is an adjective.
			if prepositions[p] && p != "by" && p != "to" && p != "since" && (strings.HasSuffix(w, "ed") || past) && k+1 < len(toks) && toks[k+1].word && !determiners[toks[k+1].lower] && !prepositions[toks[k+1].lower] && mAt[k+1] == 0 {
				return false
			}
			return true
		}
		// A base form follows an auxiliary, "to", its subject or an adverb;
		// after a plain noun it is a noun itself ("power supply").
		return mAt[k-1] != 0 || isAux(p) || pronouns[p] || modalWords[p] || p == "to" || p == "and" || p == "or" || p == "who" ||
			p == "which" || p == "that" || p == "not" || p == "n't" || strings.HasSuffix(p, "ly") || !toks[k-1].word || toks[k-1].upper && !prepositions[p] || p == "they" || p == "also" || // "Under pressure from X": a capitalized preposition is no subject
			dayAdverbs[p] && !(k > 1 && beForms[toks[k-2].lower]) || // "Yemen today let free", not "there is now pressure"
			helpForms[p] // "to help support the rights of": a bare infinitive after "help"
	}
	if third && mAt[k-1] != 0 && nounAfterPrepActor(toks, k, mAt) {
		return false
	}
	if ing && p == "then" && k > 1 && (toks[k-2].lower == "and" || toks[k-2].lower == "or") {
		// "accused them of telling lies and then attacking the lies", "by
		// converting the tariffs and then freezing them": after "and
		// then" an -ing form goes on with the gerund or participle before
		// it and is read as that one is (not here as a verb of its own).
		p = "and"
	}
	if mAt[k-1] != 0 || pronouns[p] || p == "who" || p == "which" || p == "that" || strings.HasSuffix(p, "ly") ||
		p == "also" || p == "still" || p == "now" || p == "sides" || p == "today" || p == "then" {
		return true
	}
	if ing {
		// "is once again sending", "were still quietly shipping": the
		// progressive's auxiliary may stand before a few adverbs.
		if q := k - 1; midAdverbs[p] || strings.HasSuffix(p, "ly") {
			for q > 0 && k-q <= 3 && (midAdverbs[toks[q].lower] || strings.HasSuffix(toks[q].lower, "ly")) {
				q--
			}
			if beForms[toks[q].lower] || toks[q].lower == "'s" || toks[q].lower == "'re" {
				return true
			}
		}
		if beForms[p] || p == "'s" || p == "been" || p == "by" || p == "after" || p == "before" || aspectBefore[p] {
			return true
		}
		// "X and Y are guilty of violating the ceasefire": what the subject
		// is said to be guilty of is its act ("found guilty of" is the
		// court's finding, told by its own pattern).
		if p == "of" && k >= 3 && toks[k-2].lower == "guilty" && beForms[toks[k-3].lower] {
			return true
		}
		// "a report accusing the army of", "a resolution Thursday
		// criticizing X": a text that says something is said by whoever
		// issues it, so the form is that act.
		q := k - 1
		if _, day := weekdays[p]; (day || dayAdverbs[p]) && q > 0 {
			q--
		}
		return sayingNouns[toks[q].lower] && issuedText(toks, q)
	}
	return toks[k-1].upper && toks[k-1].word
}

// helpForms take a bare infinitive: "helped rebuild", "to help support".
var helpForms = toSet(`help helps helped helping`)

// aspectVerbs take an infinitive that is still an act: "continued to send".
var aspectVerbs = toSet(`continue continues continued continuing begin begins began start starts started try
tries tried attempt attempts attempted manage manages managed help helps helped vow vowed`)

// aspectBefore are the verbs of beginning and going on after which an -ing
// form is a verb ("has begun withdrawing"). (An -ing form after "without"
// is no act at all: see withoutGerund.)
var aspectBefore = toSet(`continue continues continued continuing begin begins began begun beginning start starts started starting keep keeps kept resume resumes resumed`)

// pastForm reports whether w, which starts the patterns ps, is an
// irregular past form of their verb (verb-forms.tsv: "found" of "find *
// guilty", "fought" of "fight"), so that in "the court found" it is the
// verb, not the last word of a noun compound as "clash" is in "the border
// clash". Forms that are as often nouns ("a fierce shot", "the budget cut")
// are left to the other rules.
func pastForm(w string, ps []*pattern) bool {
	if nounLikePast[w] || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return false
	}
	for _, p := range ps {
		if p.Words[0] != w && !p.Noun {
			return true
		}
	}
	return false
}

// nounLikePast are past forms that are common nouns too.
var nounLikePast = toSet(`shot cut hit set put bid cast spread bet hurt cost quit split shed burst upset fell lay saw left felt ground wound bound rose lead led struck`)

// dayAdverbs stand between a subject and its verb ("Yemen today let free").
var dayAdverbs = toSet(`today yesterday tonight now then later earlier finally once`)

// literalWords is the number of words of p that are not gaps.
func literalWords(p *pattern) int {
	n := 0
	for _, w := range p.Words {
		if w != "" {
			n++
		}
	}
	return n
}

// clauseOpeners start a clause: a gap holding one holds no addressee.
var clauseOpeners = toSet(`why how what whether as if when where while because`)

// midAdverbs stand between an auxiliary and its verb ("is once again
// sending"); adverbs in -ly are recognised by their ending.
var midAdverbs = toSet(`again once still now already also even just currently reportedly allegedly apparently further not n't never soon`)

// modalWords come before a base form.
var modalWords = toSet(`will would shall should can could may might must did does do 'll`)

// irregularPast are past forms that do not end in -ed.
var irregularPast = toSet(`met held sold gave given sent sought fought shot took taken broke broken withdrew
withdrawn led brought struck threw thrown set put hit cut spoke told said made kept left won lent went
undertook undertaken overran blew blown flew built began begun`)

// timePhrase reports "after four years", "before the vote": a preposition,
// not the start of a clause.
func timePhrase(toks []token, k int) bool {
	w := toks[k].lower
	if (w != "after" && w != "before") || k+1 >= len(toks) {
		return false
	}
	n := toks[k+1].lower
	_, num := numberWords[n]
	if (n == "the" || n == "its" || n == "their" || n == "his" || n == "her") && pastVerbSoon(toks, k+2) {
		// "after the Afghan government released 100 prisoners": a clause
		// with its own subject and verb, not a time.
		return false
	}
	return num || isDigit(n[0]) || n == "the" || n == "last" || n == "its" || n == "their" || n == "his" || n == "her" || n == "months" || n == "years" || n == "days" || n == "weeks"
}

// pastVerbSoon reports a past-tense verb within five words from i that
// follows a word other than a determiner ("government released", not "the
// failed coup" or "US-backed").
func pastVerbSoon(toks []token, i int) bool {
	for q := i; q < len(toks) && q < i+5; q++ {
		t := toks[q]
		if !t.word {
			return false
		}
		if q > i && !t.hyph && strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 && !determiners[toks[q-1].lower] && toks[q-1].word {
			return true
		}
	}
	return false
}

// joinedInfinitives returns the triggers joined by "and" or "or" to the
// governed act in: bare verbs in its clause within ten words after it, with
// no punctuation between ("to lay down their weapons in Iraq and join forces
// with"). A past or present form is an act of its own ("agreed to a truce
// and withdrew").
func joinedInfinitives(toks []token, trigs []trigger, in trigger) []int {
	var out []int
	for tj, u := range trigs {
		if u.cl != in.cl || u.i < in.j+1 || u.i > in.j+10 || u.p.Noun {
			continue
		}
		if c := toks[u.i-1].lower; c != "and" && c != "or" {
			continue
		}
		if slices.ContainsFunc(toks[in.j:u.i-1], func(x token) bool { return !x.word && !x.hyph }) {
			continue // a comma or a quote between: another phrase
		}
		if w := toks[u.i].lower; strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || irregularPast[w] ||
			strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			continue
		}
		out = append(out, tj)
	}
	return out
}

// purposeOfGoverned lists the triggers that open a purpose infinitive of a
// governed act: "urged X to sack them to improve relations with Y", "agreed
// to send troops in order to keep the peace". What the demanded, agreed or
// refused act would serve is no more done than that act: the infinitive
// after it, or a noun its verb takes ("to stage a protest"), in its clause
// and phrase (no comma or quote between), within eight words.
func purposeOfGoverned(toks []token, trigs []trigger, in trigger) []int {
	var out []int
	for tj, u := range trigs {
		if u.cl != in.cl || u.i <= in.j || u.i > in.j+8 {
			continue
		}
		if u.p.Noun {
			// "to stage a protest": the noun is the object of the
			// purpose's verb, two words at most after it.
			if !slices.ContainsFunc(toks[max(in.j, u.i-4):u.i-1], func(x token) bool { return x.lower == "to" }) {
				continue
			}
		} else if toks[u.i-1].lower != "to" {
			continue
		}
		if slices.ContainsFunc(toks[in.j:u.i-1], func(x token) bool { return !x.word && !x.hyph }) {
			continue // a comma or a quote between: another phrase
		}
		out = append(out, tj)
	}
	return out
}

// unfulfilled reports whether tokens [from, to) hold a negation or a
// "will" or "would" of the future: a clause whose act waits on a condition.
func unfulfilled(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		switch toks[k].lower {
		case "not", "n't", "never", "will", "would", "wo":
			return true
		}
	}
	return false
}

// nounMarkers before a verb form make it a noun in toGoverned: "the order
// to", "a call to", "their plan to".
var nounMarkers = toSet(`the a an its their his her our`)

// adjunctVerbs may open a participle after a comma as an act of their own:
// "..., threatening to impose sanctions", "..., urging Kiev to release the
// prisoners", "..., refusing to meet him". A threat, an appeal, a demand or
// a refusal is said by the clause's subject besides what the clause tells;
// "..., inviting him to Jerusalem" and "..., ordering employees to hide
// expenses" (a boss's orders) are left out.
var adjunctVerbs = toSet(`threaten urge ask call appeal press demand refuse decline`)

// adjunctGovernor reports whether pattern p, tried at the participle k after
// a comma, is a governing pattern of adjunctVerbs ("threaten to", "threaten
// to impose", "urge * to") whose "to" takes a verb:
// the governed act follows, and absorption makes it part of the threat or
// appeal (silentGovernor otherwise).
func adjunctGovernor(toks []token, k int, p *pattern) bool {
	if !adjunctVerbs[p.Words[0]] || !governs(p) || !governRoots[p.Code[:2]] {
		return false
	}
	// The "to" the pattern ends in must be followed by a plain word: no
	// name or determiner ("to Jerusalem", "to the court").
	for q := k + 1; q < len(toks) && q <= k+gapMax+2; q++ {
		if toks[q].lower == "to" {
			return q+1 < len(toks) && toks[q+1].word && !toks[q+1].upper && !determiners[toks[q+1].lower]
		}
	}
	return false
}

// objectAntecedent reports whether a lower-case verb word stands in main
// clause cl between its subject and token i: the mention at i comes after
// the main verb, as its object or in a phrase after it ("picked out the
// case of X, who ..."), and is no subject.
func objectAntecedent(toks []token, cl clause, i int) bool {
	for k := cl.subjPos + 1; k < i && k < cl.end; k++ {
		w := toks[k]
		if w.word && !w.upper && (strings.HasSuffix(w.lower, "ed") || irregularPast[w.lower]) && !determiners[w.lower] {
			return true
		}
	}
	return false
}

// dealWords name the contract a sale or purchase is made in.
var dealWords = toSet(`deal deals agreement contract transaction`)

// dealFollows reports whether "in a ... deal" follows j in the sentence
// (before a semicolon, within 30 tokens): "in a deal", "in an all-cash
// deal", "in a $1.8bn (£931m) deal", "in a deal worth ...". Up to six
// words between "in" and the deal word: a determiner, an amount in
// brackets, modifiers; not another preposition or verb phrase.
func dealFollows(toks []token, j int) bool {
	for q := j; q < len(toks) && q < j+30; q++ {
		w := toks[q].lower
		if w == ";" || w == "." {
			return false
		}
		if w != "in" || q+1 >= len(toks) || toks[q+1].lower != "a" && toks[q+1].lower != "an" {
			continue
		}
		for r := q + 2; r < len(toks) && r <= q+8; r++ {
			l := toks[r].lower
			if dealWords[l] && !toks[r].upper {
				return true
			}
			if prepositions[l] || l == "," || l == "and" || l == "that" || l == "which" {
				break
			}
		}
	}
	return false
}

// adjunctActVerbs say, ask or charge something in a participle adjunct of
// the main clause ("X sued the firm, accusing it of ...", "X hit back,
// blaming Y for ...", "X said, urging voters to ..."): the clause's subject
// does it besides what the clause tells.
var adjunctActVerbs = toSet(`accuse blame urge demand warn threaten reject criticize criticise condemn denounce call ask appeal praise`)

// dayBefore reports whether a day stands just before token k: a weekday
// after "on" ("on Tuesday accusing") or a day adverb ("yesterday").
func dayBefore(toks []token, k int) bool {
	p := toks[k-1].lower
	if _, day := weekdays[p]; day {
		return toks[k-2].lower == "on"
	}
	return p == "today" || p == "yesterday"
}

// adjunctAct reports whether pattern p of a verb in adjunctActVerbs, tried
// at the -ing form k after a comma or a day, is an act of the main clause's
// subject: the tree hangs the participle (with no subject of its own) on an
// active verb with a subject (advcl), not on a noun it modifies ("people
// calling for change") nor on a passive.
func (b *builder) adjunctAct(k int, p *pattern) bool {
	if !adjunctActVerbs[p.Words[0]] {
		return false
	}
	t := b.tree()
	if t == nil || k >= len(t.words) || t.rel(k) != "advcl" {
		return false
	}
	for _, c := range t.kids[k] {
		if strings.HasPrefix(t.words[c].Deprel, "nsubj") {
			return false
		}
	}
	h := t.head(k)
	if h < 0 || !t.verbal(h) || t.rel(h) == "acl" || t.rel(h) == "xcomp" {
		return false // "plans to sue X, accusing it": not done yet
	}
	// "did not sue X, accusing", "would sue X, accusing": the adjunct is
	// done only as the act it hangs on is.
	for _, c := range t.kids[h] {
		w := strings.ToLower(t.words[c].Form)
		if t.rel(c) == "aux" && modalWords[w] && w != "did" && w != "does" && w != "do" || negWords[w] && t.rel(c) == "advmod" {
			return false
		}
	}
	_, pass, ok := t.subjectOf(h)
	return ok && !pass
}

// negWords negate the verb they modify.
var negWords = toSet(`not n't never`)

// fromActNoun reports a one-word mention at k of a word that is an act
// noun whose doer follows "from" (fromDoerNoun): "faces opposition from
// MPs", "despite opposition from the US". The word there names no
// opposition party, and only its noun patterns "<noun> from" may read it.
func (b *builder) fromActNoun(toks []token, ms []mention, mAt []int, k int) bool {
	if mAt[k] == 0 || k+1 >= len(toks) || toks[k+1].lower != "from" || !b.d.fromDoerNoun(toks[k].lower) {
		return false
	}
	m := ms[mAt[k]-1]
	return m.i == k && m.j == k+1 && !m.person
}
