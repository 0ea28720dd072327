package extract

import "testing"

// TestShownAhead: "demonstrate" with a phrase and then a "that" clause, and
// the noun "demonstration of" a determined thing, show something; a staged
// demonstration, or one outside a building, is still a protest. Texts
// written for the test.
func TestShownAhead(t *testing.T) {
	checkProtests(t, []protestCase{
		{"The Green Party is demonstrating in every debate that it can govern Denmark.", false},
		{"Nokia chief Olli Kallio gave a demonstration of the new handset, showing how it plays video.", false},
		{"Danish students staged a demonstration outside the parliament in Copenhagen.", true},
		{"Danish students demonstrated outside the parliament in Copenhagen on Friday.", true},
	})
}
