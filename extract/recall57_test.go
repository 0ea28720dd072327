package extract

import "testing"

// TestFrameAnaphoricTarget checks that a frame holding its own object
// ("welcomed the move") aims the act at whoever did the last act, as a
// verb followed by "the decision" does, and that a frame's indefinite
// object ("strike a deal") is a new act, not one already told. Sentences
// written for the test.
func TestFrameAnaphoricTarget(t *testing.T) {
	checkActTargets(t, newTestExtractor(t), []actTargetCase{
		{"The Kenyan government imposed a curfew in Nairobi. The Ugandan foreign minister welcomed the move.", "welcomed", "org:ken-government"},
		{"Amnesty International urged the Kenyan government to release the detainees. The Ugandan foreign minister welcomed the decision.", "welcomed", ""},
	})
}

// TestFailureNounJudgement checks "Y's failure to ..." in a report as the
// speaker criticising Y (111), and that a failure of no actor, or one not
// followed by "to", stays uncoded. Sentences written for the test.
func TestFailureNounJudgement(t *testing.T) {
	x := newTestExtractor(t)
	checkCameoEvents(t, x, []cameoCase{
		{"\"Germany's failure to pay its share hurts every member,\" the French finance minister said.", []string{"111 org:fra-government country:DEU"}},
		{"France said the figures showed Germany's failure to cut its deficit.", []string{"111 country:FRA country:DEU"}},
		{"France said the harvest's failure to recover was worrying.", nil},
		{"France said Germany's failure was regrettable.", nil},
	})
}

// TestPlanOwnerTarget checks that "the plans" aims an act at the actor
// named earlier with plans of its own, not at whoever acted last, and
// that with no owner named the act keeps no target. Sentences written for
// the test.
func TestPlanOwnerTarget(t *testing.T) {
	checkActTargets(t, newTestExtractor(t), []actTargetCase{
		{"The Kenyan government's plans to tax bread were published on Monday. Amnesty International rejected the curfew. The Ugandan foreign minister opposed the plans.", "opposed", "org:ken-government"},
		{"Amnesty International rejected the curfew. The Ugandan foreign minister opposed the plans.", "opposed", ""},
	})
}
