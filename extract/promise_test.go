package extract

import "testing"

// TestPromiseToNoOne: a pledge made to no one named (a party promising tax
// cuts, a leader vowing to fight crime) is a plan announced, no agreement;
// a pledge to a named partner, or of aid or money, stays. Texts written for
// the test.
func TestPromiseToNoOne(t *testing.T) {
	checkFirstPlover(t, newTestExtractor(t), []firstPloverCase{
		{"The Danish People's Party has promised to cut income tax if it wins the vote.", ""},
		{"The Danish prime minister vowed to halve unemployment within four years.", ""},
		{"The Danish Social Democrats pledged higher pensions for older voters.", ""},
		{"Denmark pledged $20m in flood relief for the region.", "AGREE"},
		{"Denmark has promised to work with Norway on fishing quotas.", "AGREE"},
	})
}
