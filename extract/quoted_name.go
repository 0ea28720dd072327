package extract

// closedQuoteAround reports whether mention m stands inside a quotation
// that opens after the clause's start at start, inside no other quotation,
// and closes before the clause's first trigger at end: a slogan or a quoted
// remark ('under the slogan "Britain is working", the prime minister
// insisted', 'saying "Tony, that's rubbish" as she tried to complain'). The
// name is what the words quoted speak of or to, not the subject of the verb
// after them.
func closedQuoteAround(toks []token, m mention, start, end int) bool {
	o := -1
	for q := m.i - 1; q > start && q >= 1; q-- {
		if isQuoteMark(toks[q].text) {
			o = q
			break
		}
	}
	if o < 0 || !toks[o-1].word || quoteOpen(toks, o-1) {
		// No mark after a word in the clause: the quotation may have
		// opened in the sentence before, and the name be its speaker's.
		return false
	}
	for q := m.j; q < end && q < len(toks); q++ {
		if isQuoteMark(toks[q].text) {
			return true
		}
	}
	return false
}
