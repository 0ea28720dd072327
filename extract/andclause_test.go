package extract

import "testing"

// TestAndOpensClause checks that "and" after a clause with its own
// auxiliary, before an actor with one, opens a second clause, so that its
// subject is no target of the first act; "A and B have" stays one subject.
// Sentences written for the test.
func TestAndOpensClause(t *testing.T) {
	x := newTestExtractor(t)
	checkTriggerEvents(t, x, []triggerCase{
		{"Norway has rejected the levy and Sweden has criticised Denmark.", "rejected",
			[]string{"120 country:NOR>"}},
		{"Norway has rejected the levy and Sweden has criticised Denmark.", "criticised",
			[]string{"110 country:SWE>country:DNK"}},
		{"Kenya and Uganda have criticised Tanzania.", "criticised",
			[]string{"110 country:KEN>country:TZA", "110 country:UGA>country:TZA"}},
	})
}
