package extract

import "testing"

// TestNoneMadeNoun: an act noun opened by "no", or a verb whose subject is
// a noun phrase opened by "no", names an act told as
// not made: negated, and no refusal. The same sentences without "no" keep
// the act asserted. Texts written for the test.
func TestNoneMadeNoun(t *testing.T) {
	checkCameoModalities(t, newTestExtractor(t), []modalityCase{
		// An existential "there was no treaty" makes no event (existential86_test.go).
		{"A Chilean lawyer said there was no treaty between Peru and Bolivia on the river.", ""},
		{"A Chilean lawyer said there was a treaty between Peru and Bolivia on the river.", "057/asserted 057/asserted"},
		{"In the end no Bolivian official signed the accord with Peru.", "057/negated"},
		{"In the end a Bolivian official signed the accord with Peru.", "057/asserted"},
		{"No Bolivian minister has signed the accord with Peru.", "057/negated"},
		{"With no Bolivian minister present, Chile signed the accord with Peru.", "057/asserted"},
	})
}
