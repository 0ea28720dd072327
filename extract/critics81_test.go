package extract

import "testing"

// TestCriticsAccusation checks that critics of a leader or government
// reporting an act of someone ("the president's critics say he has
// packed the courts") accuse that actor (112), and that the same report
// by other speakers, or of what might be or what a thing is, stays
// uncoded. Sentences written for the test.
func TestCriticsAccusation(t *testing.T) {
	x := newTestExtractor(t)
	tests := []cameoCase{ // "cameo source target"
		{"Kremlin critics say President Vladimir Putin has silenced independent newspapers.",
			[]string{"112 org:rus-opposition person:vladimir-putin"}},
		// A pronoun stands for the leader whose critics speak.
		{"President Vladimir Putin's critics say he has used the emergency to jail rivals.",
			[]string{"112 org:rus-opposition person:vladimir-putin"}},
		{"Critics of the Kremlin said President Vladimir Putin had rewritten the rules.",
			[]string{"112 org:rus-opposition person:vladimir-putin"}},
		// Any other speaker reports news, not blame.
		{"Moscow says President Vladimir Putin has signed the decree.", nil},
		// What might be is no act to blame.
		{"Kremlin critics say President Vladimir Putin would lose a fair vote.", nil},
		// A passive tells what was done to him.
		{"Kremlin critics say President Vladimir Putin has been misled by advisers.", nil},
	}
	checkCameoEvents(t, x, tests)
}
