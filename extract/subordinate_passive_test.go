package extract

import "testing"

// TestSubordinatePassiveSubject checks that a passive verb in a clause
// opened by "as", "after" or "when", left inside the main clause, is aimed
// at its own subject, not at the main clause's: none when that subject
// names no actor. Sentences written for the test.
func TestSubordinatePassiveSubject(t *testing.T) {
	cases := []actTargetCase{
		// a thing as the passive's subject: no target
		{"The Kenyan government saw its lead shrink as a rebel motion was narrowly rejected by the Kenyan parliament.", "rejected", ""},
		// an actor as the passive's subject: that actor
		{"Red Cross staff left the town after the Ugandan army was attacked by rebels.", "attacked", "org:uga-military"},
		// no subordinator: the clause's subject, as before
		{"The Kenyan government was criticised by the Ugandan parliament.", "criticised", "org:ken-government"},
	}
	checkActTargets(t, newTestExtractor(t), cases)
}
