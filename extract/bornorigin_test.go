package extract

import "testing"

// TestBirthOriginWords checks a country joined to "-born" or "-bred": it
// says where a person comes from, and the state is neither the actor nor
// the target of what is done to or by them (born76). A body named the ordinary way keeps its country.
// Sentences written for the test.
func TestBirthOriginWords(t *testing.T) {
	x := newTestExtractor(t)
	tests := []triggerCase{
		// the target is what it is with no origin word ("jailed a
		// smuggler": the court's own country, the existing convention)
		{"A Danish court jailed a Peruvian-born smuggler on Monday.", "jailed",
			[]string{"173 org:dnk-judiciary>country:DNK"}},
		{"The Chilean-born reporter was expelled by Peru.", "expelled",
			[]string{"166 country:PER>"}},
		// a demonym before the noun keeps its state
		{"A Danish court jailed a Peruvian official on Monday.", "jailed",
			[]string{"173 org:dnk-judiciary>org:per-government"}},
	}
	checkTriggerEvents(t, x, tests)
}
