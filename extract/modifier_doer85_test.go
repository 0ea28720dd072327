package extract

import "testing"

// TestModifierDoerOfObject checks the doer of an act noun that is the
// object of another verb and has an actor modifier before it ("rejected
// French calls for", "the latest Labour attack"): the modifier's actor, not
// the subject of the verb that reacts to the act. Sentences written for
// the test.
func TestModifierDoerOfObject(t *testing.T) {
	checkSources(t, []sourceCase{
		// a time word between "the" and the party: still the party's attack
		{"Ms Patel rejected the latest Labour attack.", "attack", "org:uk-labour-party"},
		{"Ms Patel rejected the recent Labour attack on her budget.", "attack", "org:uk-labour-party"},
		// a trigger of more words right after the reacting verb
		{"The Kenyan president turned down French calls for an inquiry into the vote.", "calls for an inquiry", "country:FRA"},
		{"Hungary's foreign minister backed Polish demands that Brussels release the funds.", "demands that", "country:POL"},
		// ... or after its "the"
		{"The Chilean envoy said they welcome the UN call for talks on the border.", "call for talks", "org:un"},
	})
}
