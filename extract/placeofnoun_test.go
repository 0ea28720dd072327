package extract

import "testing"

// TestPlaceOfNoun checks a country after "in" that the tree hangs on a noun
// of the object: for an appeal or an intent it says where that thing is,
// not whom the act is done to. Condemning an attack in a country keeps the
// country as the target. Sentences written for the test.
func TestPlaceOfNoun(t *testing.T) {
	x := newTestExtractor(t)
	tests := []triggerCase{
		{"Mr Olsen called for a change to the attitude in Germany towards refugees.", "called for",
			[]string{"020 person:olsen>"}},
		// (rec69: "buy 20% of" a firm is now a stake bought, whose firm's
		// country is its target as after "a stake in"; a factory is no stake)
		{"Renault has agreed to buy the old factory of Dacia, the biggest car maker in Romania.", "agreed",
			[]string{"030 org:renault>"}},
		// the place of an act the dictionaries name is its target
		{"Mr Olsen appealed for a ceasefire in Kenya.", "appealed for",
			[]string{"020 person:olsen>country:KEN"}},
		{"Mr Olsen called on Germany to act.", "called on",
			[]string{"020 person:olsen>country:DEU"}},
		{"The UN condemned the attack on a school in Kenya.", "condemned",
			[]string{"111 org:un>country:KEN"}},
	}
	checkTriggerEvents(t, x, tests)
}
