package extract

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
