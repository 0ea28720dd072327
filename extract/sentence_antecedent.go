package extract

// A "he" or "she" whose sentence has named one person before it, and no
// clause before it with a person as its subject, stands for that person
// rather than for the last person subject of an earlier sentence: "it
// coincided with X's clash with protesters, when he punched one" is X, not
// the one who spoke in the sentence before; "with X walking up to the
// minister, saying ..., as she tried to complain" is X, not the minister
// the paragraph is about.

// personNamedBefore returns the one person the sentence names (outside
// quotation marks) before the pronoun w at token k of clause c, when no
// clause before c has a subject (resolvePronounAt and the speaker rules read
// those first) and the person may be called w; nil otherwise.
func (b *builder) personNamedBefore(toks []token, ms []mention, cls []clause, c, k int, w string) *entRef {
	if w != "he" && w != "she" {
		return nil
	}
	for q := 0; q < c && q < len(cls); q++ {
		if len(cls[q].subject) > 0 {
			// "X's opposition leader rejected the news that Y had won,
			// saying he would appeal": an earlier subject, person or
			// not, is what a following "he" reports of.
			return nil
		}
	}
	if c < len(cls) && objectPronounAfter(toks, k, cls[c].end, w) {
		// "That got under the skin of X, but he praised him": "he" and
		// "him" are two people, and the one named is as likely "him".
		return nil
	}
	var one *entRef
	for _, m := range ms {
		if m.i >= k || m.ref == nil || m.ref.Kind != KindPerson || m.loc || quoteOpen(toks, m.i) {
			continue
		}
		if one != nil && one != m.ref {
			return nil // two people named: the rules that read the subjects decide
		}
		one = m.ref
	}
	if one == nil || !b.genderFits(w, one) {
		return nil
	}
	return one
}

// objectPronouns are the object forms of "he" and "she".
var objectPronouns = map[string]string{"he": "him", "she": "her"}

// objectPronounAfter reports whether the object form of subject pronoun w
// stands in toks[k+1:end]. "her" before a word other than a preposition is
// the possessive ("she complained about her son's school"), no object.
func objectPronounAfter(toks []token, k, end int, w string) bool {
	for q := k + 1; q < end && q < len(toks); q++ {
		if toks[q].lower != objectPronouns[w] {
			continue
		}
		if w == "he" || q+1 >= len(toks) || !toks[q+1].word || prepositions[toks[q+1].lower] {
			return true
		}
	}
	return false
}
