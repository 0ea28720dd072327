package extract

import "testing"

// TestCapitalApposition checks that a place named in apposition to a place
// noun ("in the capital, Lusaka", "in the capital Lusaka") gives the country
// an act happened in, as "in Lusaka" and "in the capital of Zambia, Lusaka"
// do. Sentences written for the test.
func TestCapitalApposition(t *testing.T) {
	checkSources(t, []sourceCase{
		{"A visiting senator was assaulted outside a hotel in the capital, Lusaka.", "assaulted", "org:zmb-unidentified-attackers"},
		{"A visiting senator was assaulted outside a hotel in the capital Lusaka.", "assaulted", "org:zmb-unidentified-attackers"},
		{"A visiting senator was assaulted outside a hotel in Lusaka.", "assaulted", "org:zmb-unidentified-attackers"},
		// a comma and a word in lower case after the noun name no place
		{"A visiting senator was assaulted outside a hotel in the capital, police said.", "assaulted", ""},
	})
}
