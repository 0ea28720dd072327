package extract

import "testing"

// TestActNounTarget checks the target of a reaction to "the claims", "the
// demands", "the threat" or "the remarks": the doer of the nearest earlier
// act of that kind, within a few sentences, and none when two doers tie,
// when the nearest is the reaction's own source or when nothing fits.
// Sentences written for the test.
func TestActNounTarget(t *testing.T) {
	cases := []actTargetCase{
		// an accusation, then its denial
		{"The Kenyan government accused Uganda of arming rebels. Uganda dismissed the claims.", "dismissed", "org:ken-government"},
		// a modifier between the determiner and the noun
		{"The Kenyan government accused Uganda of arming rebels. Uganda dismissed the latest accusations.", "dismissed", "org:ken-government"},
		// the nearest accuser, not an earlier one
		{"The Kenyan government accused Uganda of arming rebels. Tanzania accused Uganda of sheltering them. Uganda dismissed the claims.", "dismissed", "country:TZA"},
		// two accusers in the nearest sentence tie
		{"Kenya accused Uganda of arming rebels, and Tanzania accused Uganda of sheltering them. Uganda dismissed the claims.", "dismissed", ""},
		// a demand, then its rejection
		{"Kenya demanded that Uganda withdraw its troops. Uganda rejected the demands.", "rejected", "country:KEN"},
		// an appeal coded as asked for is still a call
		{"Kenya called on Uganda to withdraw its troops. Uganda rejected the calls.", "rejected", "country:KEN"},
		// remarks point back at the one who spoke
		{"Kenyan President Daniel Moi warned that Uganda was arming rebels. The Ugandan foreign minister condemned the remarks.", "condemned", "person:daniel-moi"},
		// a statement is a claim only when aimed at the one who answers it
		{"Kenyan President Daniel Moi warned that Uganda was arming rebels. Uganda dismissed the claims.", "dismissed", ""},
		// making the act again is no answer to it
		{"Kenya demanded that Uganda withdraw its troops. Tanzania made the same demand.", "made the same demand", ""},
		// no earlier act of the kind
		{"Uganda dismissed the claims.", "dismissed", ""},
		// the act is too far back
		{"Kenya accused Uganda of arming rebels. Trade between the two grew. Prices rose. Farmers sold more maize. Uganda dismissed the claims.", "dismissed", ""},
	}
	checkActTargets(t, newTestExtractor(t), cases)
}
