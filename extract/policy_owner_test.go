package extract

import "testing"

// TestPolicyOwner checks that a reaction to a definite policy noun ("the
// latest proposal", "the offer", "the pension plan") is aimed at the actor
// an earlier sentence named as its owner: "proposals from X", "an offer
// ... from X", "proposals announced by X". Two owners in
// one sentence tie, and an owner who is the reacting actor is no target.
// Sentences written for the test.
func TestPolicyOwner(t *testing.T) {
	checkActTargets(t, newTestExtractor(t), []actTargetCase{
		// "proposals from X", then a modifier before the noun
		{"Under tax proposals from the Kenyan Treasury last month, farmers would pay less. Amnesty International welcomed the latest proposal.", "welcomed", "org:ken-finance-ministry"},
		// an offer whose sum stands between the noun and "from"
		{"Nairobi Breweries has rejected a takeover offer worth $20m (£15m) from drinks group Kampala Holdings. Nairobi Breweries also dismissed the offer as too low.", "dismissed", "org:kampala-holdings"},
		// "by" after the noun's verb; a compound before the noun
		{"School meals are to be free under new proposals announced by Kenyan President Daniel Moi. Amnesty International criticised the school meals plan.", "criticised", "person:daniel-moi"},
		// "by" after a verb that is no policy's: no owner
		{"Nairobi Breweries won over critics of the scheme by telling workers about it. Amnesty International opposed the scheme.", "opposed", ""},
		// two owners in one sentence tie
		{"Tax proposals from Uganda and a port offer from Tanzania reached Kenya last week. Kenya opposed the plan.", "opposed", ""},
		// the owner is the reacting actor
		{"Tax proposals from Uganda reached Kenya last week. Uganda defended the plan.", "defended", ""},
	})
}
