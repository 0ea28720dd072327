package extract

import "strings"

// Whom a reproach is aimed at when what is reproached is an act named by a
// noun: "condemned the invasion of Kuwait by Iraq", "deplored the
// deportation of refugees by Pakistan". The "of" phrase names whom the act
// was done to, the "by" phrase its doer, and the doer is the one condemned.
// (A possessive doer, "condemned Russia's annexation of Crimea", is the
// first actor after the verb already.)

// reproachRoot reports a code whose target is the doer of what is
// reproached: disapproval and accusation (11) and protest (14).
func reproachRoot(code string) bool {
	return strings.HasPrefix(code, "11") || strings.HasPrefix(code, "14")
}

// actDoerAfterOf is the mention named after "by" that does the act noun
// whose "of" phrase holds mention mi ("the bombing of its embassy by NATO"),
// -1 when there is none: mi must follow "of" (a determiner or adjectives
// between allowed) after a lower-case noun, and the "by" must follow mi's
// phrase within six words, with no comma, verb form or other clause word
// before it. A "by" after a participle is that participle's agent ("the
// killing of civilians displaced by the war") and is passed over; so is a
// "by" inside a name.
func actDoerAfterOf(toks []token, ms []mention, mi, end int) int {
	m := ms[mi]
	k := m.i - 1
	for k >= 0 && (determiners[toks[k].lower] || toks[k].lower == "'s") {
		k--
	}
	if k < 1 || toks[k].lower != "of" {
		return -1
	}
	if n := toks[k-1]; !n.word || n.upper || inMention(ms, k-1) || determiners[n.lower] || prepositions[n.lower] {
		return -1 // "one of", "the Bank of": no act noun before "of"
	}
	for q := m.j; q < end && q < m.j+6; q++ {
		w := toks[q].lower
		if !inMention(ms, q) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || irregularPast[w]) {
			return -1 // "refugees displaced by the war", "driven out by": the participle's agent
		}
		if w == "by" {
			for ni, n := range ms {
				if n.i > q && n.i <= q+3 && actorMention(n) && n.i < end {
					return ni
				}
			}
			return -1
		}
		if !toks[q].word && w != "'s" || w == "and" || w == "or" || w == "who" || w == "which" || w == "that" || isAux(w) || sayVerbs[w] {
			return -1
		}
	}
	return -1
}

// subjectActDoer is the doer named after "by" of the act noun whose "of"
// phrase holds subj, the passive subject of the reproach at t ("the
// invasion of Kuwait by Iraq was condemned by China": Iraq is condemned),
// -1 when there is none.
func subjectActDoer(toks []token, ms []mention, cl *clause, t trigger, subj *entRef) int {
	for mi, m := range ms {
		if m.ref == subj && m.i >= cl.start && m.j <= t.i {
			return actDoerAfterOf(toks, ms, mi, t.i)
		}
	}
	return -1
}
