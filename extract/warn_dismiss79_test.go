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

// TestDismissedAsJudged: "dismiss" with an actor, or an actor's doing, as
// its object and an "as" judgement after it disparages the actor (111); an
// offer or a plan dismissed so, or a claim dismissed, is turned down (120).
// Refuting a report rejects it (120), as dismissing one does; refuting
// someone's remarks stays a criticism (110). Texts written for the test.
func TestDismissedAsJudged(t *testing.T) {
	checkTriggerEvents(t, newTestExtractor(t), []triggerCase{
		{"The Irish prime minister dismissed the opposition as irrelevant.", "dismissed",
			[]string{"111 org:irl-government>org:irl-opposition"}},
		{"Jan Visser dismissed Shell's latest move as a stunt.", "dismissed",
			[]string{"111 person:jan-visser>org:shell"}},
		{"Shell dismissed Jan Visser's offer as too low.", "dismissed",
			[]string{"120 org:shell>person:jan-visser"}},
		{"Jan Visser dismissed claims that he had misled voters.", "dismissed",
			[]string{"120 person:jan-visser>"}},
		{"The Kenyan foreign ministry refuted rumours of a coming devaluation.", "refuted",
			[]string{"120 org:ken-foreign-ministry>"}},
	})
}
