package extract

import "testing"

// TestListInPlacePhrase checks lists inside a prepositional phrase ("to
// help families in A, B and C"): the names after the first go on the list,
// they are no subject of the clause, when the tree conjoins them to the
// first; a subject after a fronted phrase and its comma stays the subject,
// and so does a name after the comma that follows a list's "and". The
// noun-phrase object of "announced" stays its object with a relative clause
// set off by a comma after it. Sentences written for the test.
func TestListInPlacePhrase(t *testing.T) {
	x := newTestExtractor(t)
	tests := []triggerCase{
		{"The European Union has announced new humanitarian aid to help families in Sudan, Chad and Niger, who have suffered from floods.",
			"humanitarian aid", []string{"073 org:eu>country:SDN"}},
		{"At a meeting with Sudan, Chad and Niger, Egypt criticised the blockade.",
			"criticised", []string{"110 country:EGY>"}},
		{"In Sudan, Chad condemned the attacks.",
			"condemned", []string{"111 country:TCD>"}},
	}
	checkTriggerEvents(t, x, tests)
}
