package extract

import "strings"

// Word senses of trigger words that name no act between actors, read from
// the words around the trigger: attacks on software, views accepted, and
// markets declining.

// attackKinds before "attack" make it no use of force: an attack by
// e-mail or software ("phishing attacks", "a typical security
// attack", "Denial-of-Service attacks") or a lawsuit ("the legal attacks
// on X").
var attackKinds = toSet(`phishing spam spyware malware virus viruses worm worms trojan security service legal`)

// softAttack reports whether an attack word in trigger t is an attack by
// e-mail or software, or by lawyers: a kind of attack from attackKinds
// right before it. Such an attack is no use of force (18x, 19x, 138x, 09x);
// an attack in words (11x) stays, and so does a cyber attack on a state's
// systems (PLOVER codes that ASSAULT: plv-dev "launched cyber attacks on
// the government websites").
func softAttack(toks []token, t trigger) bool {
	switch t.p.Code[:2] {
	case "18", "19", "13", "09":
	default:
		return false
	}
	for k := t.i; k < t.j && k < len(toks); k++ {
		if !strings.HasPrefix(toks[k].lower, "attack") {
			continue
		}
		if k > 0 && attackKinds[toks[k-1].lower] {
			return true
		}
	}
	return false
}

// acceptedViews after "accept" are facts, points and feelings granted,
// not offers taken; acceptedPrizes are awards taken at a ceremony.
// (Responsibility accepted is an admission: verbs.tsv `015 accept *
// responsibility` takes it before the bare "accept" is read.)
var acceptedViews = toSet(`balance problem problems point points fact facts need argument arguments concern concerns
frustration frustrations criticism criticisms reality risk risks mistake mistakes difficulty difficulties blame
prize prizes award awards trophy`)

// clauseVerbs are finite verbs that show a clause after "accept": "accept
// ABN Amro ... were not involved".
var clauseVerbs = toSet(`is are was were has have had would could should will can might may`)

// acceptObjectEnds start a clause or a phrase of their own after an object.
var acceptObjectEnds = toSet(`who whom which that when if because to while as after before since although though where unless until`)

// acceptedView reports whether the bare "accept" of trigger t grants a
// view or takes a prize, no offer or demand: "accepted there was a
// problem", "something the RSPCA accepts is the intention", "accept X, Y
// and Z were not involved" (a clause after the verb, whose finite verb
// follows a name or a noun, not "and" or a comma), "accepted the
// difficult balance", "accepted people's frustration", "accepted the
// prize", or a prize that "was accepted by" someone.
func acceptedView(toks []token, t trigger) bool {
	j := t.j
	if j < len(toks) && (toks[j].lower == "there" || clauseVerbs[toks[j].lower]) {
		return true
	}
	if wordWithin(toks, j, 4, acceptedViews) {
		return true
	}
	if j < len(toks) && toks[j].lower == "by" {
		for k := t.i - 1; k >= 0 && k >= t.i-4; k-- {
			if acceptedViews[toks[k].lower] {
				return true
			}
		}
	}
	for q := j + 1; q < len(toks) && q < j+20; q++ {
		w := toks[q].lower
		if clauseVerbs[w] {
			p := toks[q-1].lower
			return toks[q-1].word && p != "and" && p != "or" && p != "but" && p != "who" && p != "which" && p != "that" && !prepositions[p]
		}
		if w != "," && !toks[q].word || acceptObjectEnds[w] {
			return false
		}
	}
	return false
}

// marketDecline reports whether the bare "decline" of trigger t is a fall,
// no refusal: the noun ("the biggest monthly decline since August", "a
// decline in the greenback": a preposition, punctuation or the end after
// it) or a participle before a market figure ("declining consumption").
func marketDecline(toks []token, t trigger) bool {
	if t.j >= len(toks) {
		return true
	}
	w := toks[t.j].lower
	return !toks[t.j].word || prepositions[w] && w != "to" || supportedThings[w]
}

// itObject resolves an object "it" right after verb trigger t, before a
// preposition, "to" or punctuation ("accused it of betraying ...", "urged
// it to ..."): the nearest body or state named earlier in the sentence that
// is not the verb's source. ok is true whenever the object is such an "it":
// the actors after it ("its supporters") are then no target, even when the
// sentence names no antecedent. A state named as where something is ("in
// neighbouring Lebanon") is passed over.
func itObject(toks []token, ms []mention, t trigger, sources []*entRef) (targets []*entRef, ok bool) {
	k := t.j
	if k+1 >= len(toks) || toks[k].lower != "it" {
		return nil, false
	}
	if w := toks[k+1]; w.word && !prepositions[w.lower] {
		return nil, false // "said it would", "warned it could": the subject of a clause
	}
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := ms[mi]
		if m.j <= t.i && actorMention(m) && !m.ctx && m.ref.Kind != KindPerson && !inRefs(m.ref, sources) && !placeAfter(toks, m) {
			return []*entRef{m.ref}, true
		}
	}
	return nil, true
}

// placeAfter reports a mention of a state right after "in", "at", "into"
// or "near", with up to two lower-case words between: where, not who.
func placeAfter(toks []token, m mention) bool {
	if m.ref.Kind != KindCountry {
		return false
	}
	for k := m.i - 1; k >= 0 && k >= m.i-3; k-- {
		switch w := toks[k].lower; {
		case w == "in" || w == "at" || w == "into" || w == "near":
			return true
		case !toks[k].word || toks[k].upper:
			return false
		}
	}
	return false
}

// brandedAs reports whether the verb "brand" of trigger t calls someone or
// something names: the form "branded" or "branding", not joined to a word
// before it ("Sony-branded"), with what it was called in quotes or after
// "as" before the clause ends ("branded the plan a "fantasy"", "branded the
// hours as a leap in the dark"). "brand" and "brands" are nouns of trade
// marks far more often than verbs.
func brandedAs(toks []token, t trigger) bool {
	w := toks[t.i].lower
	if w != "branded" && w != "branding" || toks[t.i].hyph {
		return false
	}
	for k := t.i + 1; k < len(toks) && k <= t.i+10; k++ {
		switch q := toks[k].lower; {
		case q == "." || q == ";" || q == ":":
			return false
		case q == "as" || isQuoteMark(q):
			return true
		}
	}
	return false
}
