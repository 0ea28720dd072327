package extract

import "testing"

// TestUnrealNoun: an act noun quantified by "any", or the object of a verb
// of averting, names an act no one did; a prevention that failed lets the
// act happen, and an act noun with neither stays. Texts written for the test.
func TestUnrealNoun(t *testing.T) {
	x := newTestExtractor(t)
	checkCodePresence(t, x, []codePresence{
		{"Peru says it will respond to any attack by Colombian rebels on its patrol boats.", "1", false},
		{"Peru says it will hit back hard after any such attack by Colombian rebels.", "18", false},
		{"Peru says it will respond to any further attack by Colombian rebels.", "1", false},
		{"Peru moved troops to the border to prevent an offensive by Colombian rebels.", "19", false},
		{"The Nigerian government prevented an invasion by Chadian troops.", "19", false},
		{"The Nigerian government could not prevent an invasion by Chadian troops.", "19", true},
		{"In any event Colombian rebels claimed attacks on two Peruvian border posts.", "18", true},
		{"The Peruvian navy said the attack by Colombian rebels on its patrol boats killed two sailors.", "180", true},
	})
}
