package extract

import "testing"

// TestBreachAccusation checks that a speaker saying another actor broke,
// breached or violated a rule, law or promise accuses that actor (112),
// and that a denied, supposed or harmless breaking stays no accusation.
// Sentences written for the test.
func TestBreachAccusation(t *testing.T) {
	x := newTestExtractor(t)
	tests := []cameoCase{ // "cameo source target"
		{"Chancellor Merkel said Poland had breached the budget convention.", []string{"112 person:angela-merkel country:POL"}},
		{"Poland has broken its solemn pledge on coal, Chancellor Merkel claimed.", []string{"112 person:angela-merkel country:POL"}},
		{"France said Spain broke the terms of the treaty.", []string{"112 country:FRA country:ESP"}},
		// The breach verb's own pattern codes the doer's act beside it.
		{"France said Spain had violated trade rules.", []string{"128 country:ESP ", "112 country:FRA country:ESP"}},
		// Denied, supposed or harmless breakings accuse no one.
		{"France said Spain had not breached the convention.", nil},
		{"France said Spain would break its promise.", nil},
		{"France said Spain broke the world record.", nil},
		// A possessor's product breaking rules is not the possessor's fault.
		{"France said Spain's new phone broke the design conventions.", nil},
		// A ceasefire breach told by an army reports fighting, not an accusation.
		{"The Indian army said Pakistan had violated the truce.", nil},
	}
	checkCameoEvents(t, x, tests)
}

// TestFailureJudgement checks that a speaker saying a named actor failed
// (to do something) criticises that actor (111), and
// that a pronoun's failure, a failure of two sides, an actor that only
// modifies the subject and a passive stay uncoded. Sentences written for the
// test.
func TestFailureJudgement(t *testing.T) {
	x := newTestExtractor(t)
	tests := []cameoCase{
		{"Chancellor Merkel said Poland had so far failed to cut emissions.", []string{"111 person:angela-merkel country:POL"}},
		{"Poland has failed to curb its deficit, Chancellor Merkel said.", []string{"111 person:angela-merkel country:POL"}},
		{"France said he failed to reach the summit.", nil},
		// Two sides failing to agree is their rejection (120), not France's criticism.
		{"France said Spain and Portugal failed to agree on quotas.", []string{"120 country:ESP country:PRT", "120 country:PRT country:ESP"}},
		{"France said Spanish-built trawlers had failed to pass the test.", nil},
		{"France said Spain had been failed by its allies.", nil},
	}
	checkCameoEvents(t, x, tests)
}
