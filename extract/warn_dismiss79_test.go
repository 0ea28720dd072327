package extract

import "testing"

// TestWarnedSideActUnless: a warning of the warner's own side's acts
// (walkouts, strikes, a boycott) that hangs on an "unless" condition, or an
// "if ... not" one, is a conditional threat (130), though the content names
// no doer; a warning of what may happen on a condition stays a statement
// (010). Texts written for the test.
func TestWarnedSideActUnless(t *testing.T) {
	checkTriggerEvents(t, newTestExtractor(t), []triggerCase{
		{"Transport union chief Bob Crow warned that there could be more stoppages unless ministers changed course.", "warned",
			[]string{"130 person:bob-crow>"}},
		{"Bob Crow warned on Tuesday there would be a boycott if the board did not withdraw the plan.", "warned",
			[]string{"130 person:bob-crow>"}},
		{"Bob Crow warned that fares could rise if there is a cold winter.", "warned",
			[]string{"010 person:bob-crow>"}},
		{"Bob Crow warned that there could be more stoppages.", "warned",
			[]string{"010 person:bob-crow>"}},
	})
}
