package extract

import "testing"

// TestQuotedNameNoSubject checks that a name inside a quotation that closes
// before the verb (a remark addressed to someone, a slogan) is not the
// verb's subject, while a speaker named after a quote is read as before.
// Sentences written for the test.
func TestQuotedNameNoSubject(t *testing.T) {
	checkSources(t, []sourceCase{
		// the one addressed in the quote is not the one who complains
		{"Mr Jacques Chirac visited Lyon on Monday. The row started at a town hall meeting, with Claire Dubois walking up to him, saying \"Jacques, that's nonsense\" as she tried to complain about the closure of her local hospital.", "complain", "person:claire-dubois"},
		// the speaker after the quote still acts
		{"\"We will not retreat,\" Jacques Chirac insisted on Monday.", "insisted", "person:jacques-chirac"},
	})
}
