package extract

import "strings"

// Subjects set off from their verb. A past participle right after a comma
// is read as a reduced passive ("the film, released in 2003, ...", "Mutu,
// banned by the FA, ..."): it describes the noun before it and tells of an
// act done to it. After an apposition or an aside that follows the
// sentence's subject ("X, a former oil tycoon, called for ...", "Mr V, who
// was born abroad, agreed", "The prince, 20, apologised"), the same form is
// the main verb in the past tense, and the subject is its doer.

// closesAside reports whether the comma before participle k closes an
// aside that follows the subject of the sentence, so that the participle
// is the sentence's own verb: the words before the sentence's first comma
// hold no finite verb (they are the subject, or an opening phrase of time
// or place and then the subject), the words between that comma and the one
// before k hold none outside a relative clause, and the tree makes no verb
// after k the root. Without a tree it answers false and the participle
// stays passive.
func (b *builder) closesAside(toks []token, k int) bool {
	first := -1
	for i := 0; i < k-1; i++ {
		if toks[i].text == "," {
			first = i
			break
		}
	}
	if first < 0 || first >= k-2 {
		return false // no aside, or the participle follows the first comma: "X, accused of ..."
	}
	p := b.tree()
	if p == nil || len(p.words) != len(toks) {
		return false
	}
	for i := 0; i < first; i++ {
		if p.finite(i) || p.verbal(i) && p.head(i) < 0 {
			return false // "X is on trial, accused of ...": a verb came before
		}
	}
	relative := false
	for i := first + 1; i < k-1; i++ {
		if w := toks[i].lower; w == "who" || w == "which" || w == "whom" || w == "whose" {
			relative = true // "Mr V, who was born abroad, agreed": the aside's own verb
		}
		if !relative && p.finite(i) {
			return false // "Y, OneStat, has reported that Z, released ...": the participle is inside a clause
		}
	}
	for i := k + 1; i < len(p.words); i++ {
		if p.head(i) < 0 {
			return false // "X, a banker, jailed in 2003, was freed": the verb after is the sentence's
		}
	}
	return true
}

// finite reports whether word i is a verb in a finite form (past, present
// or a modal), the verb of a clause of its own.
func (p *parse) finite(i int) bool {
	if !p.verbal(i) && p.words[i].XPOS != "MD" {
		return false
	}
	switch p.words[i].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// subjectRelative reports whether the relative clause at [start, end) opens
// with a pronoun that is its subject: "who" or "which" right before its verb
// ("who was born abroad", "which owns the airline", "who also heads"), not
// before a subject of its own ("which the ministry approved", "whom
// Russia accused", "which he said").
func subjectRelative(toks []token, ms []mention, start, end int) bool {
	if start+1 >= end || start+1 >= len(toks) {
		return false
	}
	if w := toks[start].lower; w != "who" && w != "which" && w != "that" {
		return false
	}
	n := toks[start+1]
	if !n.word || n.upper || pronouns[n.lower] || determiners[n.lower] || possPronouns[n.lower] || startsMention(ms, toks, start+1) {
		return false
	}
	return true
}

// listTailInPP reports whether mention mi goes on a list whose first member
// sits in a prepositional phrase, word by word: "to help people in Somalia,
// Ethiopia and Kenya", "talks with France, Germany and Britain". Only the
// names and the commas, "and", "or" and "the" between them count.
func listTailInPP(toks []token, ms []mention, mi, from int) bool {
	commaOnly := false // a later gap held only a comma
	for n := mi; n > 0; n-- {
		prev, cur := ms[n-1], ms[n]
		if prev.ref == nil || prev.agr || prev.j > cur.i || prev.i < from || cur.i-prev.j < 1 || cur.i-prev.j > 3 {
			return false
		}
		conj := false
		for _, t := range toks[prev.j:cur.i] {
			if t.text != "," && t.lower != "and" && t.lower != "or" && t.lower != "the" {
				return false
			}
			conj = conj || t.lower == "and" || t.lower == "or"
		}
		if conj && commaOnly {
			// "with A, B and C, Egypt criticised ...": a list ends at its
			// "and"; a name after the next comma starts something else.
			return false
		}
		commaOnly = commaOnly || !conj && n == mi
		if inPP(toks, prev.i, from) {
			return true
		}
	}
	return false
}

// conjInPP reports whether the tree makes the words [i, j) of a mention a
// later member of a list inside a prepositional phrase: the mention's head
// is conjoined, through any number of "conj" links, to a word marked by a
// preposition ("in Somalia, Ethiopia and Kenya": Kenya and Ethiopia are
// conjuncts of Somalia, which "in" marks).
func (b *builder) conjInPP(i, j int) bool {
	p := b.tree()
	if p == nil || j > len(p.words) {
		return false
	}
	h := -1
	for q := i; q < j; q++ {
		if hd := p.head(q); hd < i || hd >= j {
			if h >= 0 {
				return false // the words are no one phrase in the tree
			}
			h = q
		}
	}
	if h < 0 || p.words[h].Deprel != "conj" {
		return false
	}
	for hops := 0; h >= 0 && p.words[h].Deprel == "conj" && hops < 8; hops++ {
		h = p.head(h)
	}
	if h < 0 {
		return false
	}
	c := p.caseOf(h)
	return c != "" && !listOpeners[c]
}

// listOpeners mark a phrase whose list is no prepositional adjunct: a
// possessor ("Russia's"), the members of what comes before ("companies
// including A, B and C", "people like A and B"), or the subject of a clause
// the tree took for a phrase ("days after the US and the EU had released").
var listOpeners = toSet(`'s including like such as after before since until`)

// nounStart reports whether token t may open a noun phrase with no
// determiner ("announced additional aid", "confirmed new sanctions"): a
// lower-case word that is no pronoun, preposition or particle. The tree
// then decides whether it heads the verb's object.
func nounStart(t token) bool {
	return t.word && !t.upper && !pronouns[t.lower] && !prepositions[t.lower] && !isDigit(t.lower[0]) &&
		t.lower != "to" && t.lower != "it" && t.lower != "there" && t.lower != "this" && !finiteWords[t.lower]
}

// adjunctClause reports whether the adverbial clause v is one no verb of
// saying reports: a purpose infinitive ("announced aid to help people in
// X") or a relative clause the tree hung on the verb ("..., who have been
// facing drought").
func (p *parse) adjunctClause(v int) bool {
	for _, k := range p.kids[v] {
		w := strings.ToLower(p.words[k].Form)
		switch p.words[k].Deprel {
		case "mark":
			if w == "to" {
				return true
			}
		case "nsubj", "nsubj:pass":
			if w == "who" || w == "which" {
				return true
			}
		}
	}
	return false
}
