package extract

import "slices"

// A person named after the copula of a clause whose subject is a
// description is in what the clause says of that subject, not its doer:
// "One of his classmates at the academy was <name>", "The pace he can
// manage is not up to <name>'s standard". The clause finder takes the name
// for the clause's subject when no actor comes before it, and an opening
// "he" of the next sentences went to that person instead of the one the
// paragraph follows (the owner of "his", the "he" of the description).

// invertedOpeners open a clause whose verb comes before its subject ("So
// tired was X that ...", "nor is X", "why is X ...") or a relative clause
// ("who was X's deputy"): there the name after the copula is the subject.
var invertedOpeners = toSet(`so such why how what where when nor neither if but who which that whose`)

// copulaPredicatePerson reports a clause k whose person subject is named
// after a form of "be" that follows the clause's own first words, with no
// actor named before the copula, and the name is either a possessive after
// a description with its own "he" or "she" ("the pace he can manage is not
// up to <name>'s standard") or right after the copula of a description
// that holds "his" or "her" ("One of his pupils was <name>"): the name is
// in the predicate. Not "One developer bucking the trend is <name>", where the
// name may be whom the next sentences follow.
func copulaPredicatePerson(toks []token, ms []mention, cls []clause, k int) bool {
	cl := cls[k]
	if cl.subjIdx < 0 || cl.subjIdx >= len(ms) || cl.end <= cl.start || invertedOpeners[toks[cl.start].lower] || toks[cl.end-1].text == "?" {
		return false // "So tired was Smith ...", "Why is Smith ...?"
	}
	first := cl.start
	if toks[first].lower == "and" && first+1 < cl.end {
		first++
	}
	if w := toks[first].lower; pronouns[w] || w == "this" || w == "i" {
		return false // "It will be <name>'s first start", "And he is aiming to break <name>'s record": the pronoun is the subject
	}
	m := ms[cl.subjIdx]
	cop := -1
	for q := cl.start + 1; q < m.i; q++ {
		if beForms[toks[q].lower] {
			cop = q
			break
		}
	}
	if cop < 0 || invertedOpeners[toks[cop-1].lower] {
		return false // "..., nor is Tony Blair"
	}
	for _, o := range ms {
		if o.i >= cl.start && o.i < cop && o.ref != nil {
			return false // "Smith was <name>'s deputy": an actor before the copula
		}
	}
	if m.poss {
		// 'The "run" he can manage is not up to <name>'s standard': the
		// description has its own "he" or "she", and the name is only
		// what it is measured against. Without one the name may be the
		// topic ("Next month's Budget will be Mr X's eighth").
		return slices.ContainsFunc(toks[cl.start:cop], func(t token) bool { return t.lower == "he" || t.lower == "she" })
	}
	if cop != m.i-1 {
		return false
	}
	owner := false
	for q := cl.start; q < cop; q++ {
		if pronouns[toks[q].lower] || toks[q].lower == "there" {
			return false // "He was ...", "There was ...": no description before
		}
		owner = owner || toks[q].lower == "his" || toks[q].lower == "her"
	}
	return owner
}
