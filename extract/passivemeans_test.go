package extract

import "testing"

// TestPassiveMeansNoAgent checks "by" followed by a gerund after a passive
// verb: it tells how the act was done, and the name after the gerund is no
// agent. A name right after "by" still is. Sentences written for the test.
func TestPassiveMeansNoAgent(t *testing.T) {
	x := newTestExtractor(t)
	tests := []triggerCase{
		{"The two bankers are accused of cheating their clients by hiding Barclays losses.", "accused", nil},
		{"Russia was accused by Ukraine of shelling Kharkiv.", "accused",
			[]string{"1123 country:UKR>country:RUS"}},
	}
	checkTriggerEvents(t, x, tests)
}
