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
	k := t.i - 1
	for k > cl.subjPos && k > t.i-3 && toks[k].word && !toks[k].upper && !possPronouns[toks[k].lower] &&
		!prepositions[toks[k].lower] && !determiners[toks[k].lower] && !isAux(toks[k].lower) && !lightVerbs[toks[k].lower] {
		k-- // "its brutal invasion"
	}
	if k <= cl.subjPos || !possPronouns[toks[k].lower] {
		return nil
	}
	for _, m := range ms {
		if m.i > cl.subjPos && m.i < k && actorMention(m) && !inRefs(m.ref, cl.subject) {
			return nil // "X said Y's disclosure of its talks": another actor is nearer
		}
	}
	r := cl.subject[0]
	switch toks[k].lower {
	case "its":
		if len(cl.subject) > 1 || r.Kind == KindPerson || r.Kind == KindGroup {
			return nil
		}
	case "his", "her":
		if len(cl.subject) > 1 || r.Kind != KindPerson {
			return nil
		}
	case "their":
		if len(cl.subject) == 1 && r.Kind == KindPerson {
			return nil
		}
	}
	return cl.subject
}

// doerPossessorRoots are the roots whose act nouns take their doer for a
// possessive pronoun ("their talks", "its probe into X", "their attacks");
// after nouns of yielding and coercion the pronoun is as often the one
// released, arrested or expelled ("following his arrest").
var doerPossessorRoots = toSet(`01 02 03 04 05 06 07 09 10 11 12 13 14 15 16 18 19 20`)
