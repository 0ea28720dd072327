package extract

import "testing"

// TestPossessiveVerbNoun checks the doer of a verb word used as a noun
// after a possessive ("the Greens' call for", "Peru's offer to"): the
// possessor, not the subject of the clause the phrase is the object of.
// Sentences written for the test.
func TestPossessiveVerbNoun(t *testing.T) {
	checkSources(t, []sourceCase{
		// a plural possessive, bare apostrophe: the party's call
		{"Senator Ann Lowe turned down the Liberal Democrats' call for a fresh vote on the budget.", "call for", "org:uk-liberal-democrats"},
		// without the apostrophe, and not the object of a verb (modobj85), the
		// word may be a verb: the subject's, as before
		{"Senator Ann Lowe and her allies in the Liberal Democrats call for a fresh vote on the budget.", "call for", "person:ann-lowe"},
	})
}
