package extract

import "testing"

// TestPledgeToOwnSide: a pledge whose only target is the pledger's own
// voters (its country's civilians) or its own side, or whose sum is a tax
// cut, is a plan announced, no agreement (BBC: "promising to cut class sizes
// for the youngest children", "promised £4bn in tax cuts"). A promise to a
// named person, or a sum of aid, stays. Texts written for the test.
func TestPledgeToOwnSide(t *testing.T) {
	checkFirstPlover(t, newTestExtractor(t), []firstPloverCase{
		{"The Dutch Labour Party is promising to give free school meals to all Dutch children.", ""},
		{"The Dutch Labour Party has promised three billion euros in tax cuts.", ""},
		{"Mark Rutte has promised to cut income tax by 2bn euros next year.", ""},
		{"Norway has pledged $40m in famine aid.", "AGREE"},
		{"Mark Rutte promised Wopke Hoekstra that he would step aside next year.", "AGREE"},
	})
}
