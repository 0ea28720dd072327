package extract

// pronounPossessor gives the doer of noun trigger t when a possessive
// pronoun stands before it, adjectives allowed between ("for its
// invasion of Y", "their renewed attacks on Y"): the subject of the
// clause, before the noun, when the pronoun agrees with it ("its" a state
// or body, "his" and "her" a person, "their" any but a lone person).
// nil otherwise, and when another actor is named between the subject and
// the pronoun, or the noun's possessor is more often what is done to
// ("his arrest", "her release": see doerPossessorRoots).
func pronounPossessor(toks []token, ms []mention, cl *clause, t trigger) []*entRef {
	if len(cl.subject) == 0 || cl.subjPos < cl.start || cl.subjPos >= t.i || !doerPossessorRoots[t.p.Code[:2]] {
		return nil
	}
	k := possessiveBefore(toks, t.i, cl.subjPos)
	if k < 0 {
		return nil
	}
	for _, m := range ms {
		if m.i > cl.subjPos && m.i < k && actorMention(m) && !inRefs(m.ref, cl.subject) {
			return nil // "X said Y's disclosure of its talks": another actor is nearer
		}
	}
	if !possessiveAgrees(toks[k].lower, cl.subject) {
		return nil
	}
	return cl.subject
}

// possessiveBefore is the possessive pronoun before the noun at i, past at
// most two lower-case words ("its brutal invasion") and after lo; -1 when
// there is none.
func possessiveBefore(toks []token, i, lo int) int {
	k := i - 1
	for k > lo && k > i-3 && toks[k].word && !toks[k].upper && !possPronouns[toks[k].lower] &&
		!prepositions[toks[k].lower] && !determiners[toks[k].lower] && !isAux(toks[k].lower) && !lightVerbs[toks[k].lower] {
		k-- // "its brutal invasion"
	}
	if k <= lo || !possPronouns[toks[k].lower] {
		return -1
	}
	return k
}

// possessiveAgrees reports whether the possessive pronoun can stand for the
// subject: "its" a state or body, "his" and "her" a person, "their" any but
// a lone person.
func possessiveAgrees(pron string, subject []*entRef) bool {
	r := subject[0]
	switch pron {
	case "its":
		return len(subject) == 1 && r.Kind != KindPerson && r.Kind != KindGroup
	case "his", "her":
		return len(subject) == 1 && r.Kind == KindPerson
	case "their":
		return len(subject) > 1 || r.Kind != KindPerson
	}
	return false
}

// doerPossessorRoots are the roots whose act nouns take their doer for a
// possessive pronoun ("their talks", "its probe into X", "their attacks");
// after nouns of yielding and coercion the pronoun is as often the one
// released, arrested or expelled ("following his arrest").
var doerPossessorRoots = toSet(`01 02 03 04 05 06 07 09 10 11 12 13 14 15 16 18 19 20`)
