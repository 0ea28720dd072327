package extract

import "testing"

// TestImpliedPolicyOwner checks that a reaction to a definite policy noun
// whose owner no earlier sentence names ("opposed the bill") is aimed at
// the government of the country the article is about; not when the
// article has no clear lead country or names no one of that government,
// or when the source belongs to that government. Sentences written for
// the test.
func TestImpliedPolicyOwner(t *testing.T) {
	checkActTargets(t, newTestExtractor(t), []actTargetCase{
		// one country leads: its government's bill
		{"The government of Ghana is to tighten its media rules. Reporters in Ghana fear a new press bill will gag them. Amnesty International opposed the bill.", "opposed", "org:gha-government"},
		// no one of its government named (a firm's scheme, say): no owner
		{"Ghana wants to tighten its media rules. Reporters in Ghana fear a new press bill will gag them. Amnesty International opposed the bill.", "opposed", ""},
		// two countries named as often: no owner ("wants to", not the
		// announcement "is to", which noteAnnouncer reads as the owner)
		{"The government of Ghana wants to tighten its media rules. Reporters in Togo fear a new press bill will gag them. Amnesty International opposed the bill.", "opposed", ""},
		// a minister of that country defends the plans: not aimed at his own government
		{"The government of Ghana is to tighten its media rules. Reporters in Ghana fear a new press bill will gag them. Ghanaian President John Kufuor defended the plans.", "defended", ""},
	})
}
