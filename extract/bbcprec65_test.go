package extract

import "testing"

// TestReactionIsNoMove checks that talks and criticism leave no move of
// their own behind: an act aimed at "the move" or "the offer" afterwards is
// not aimed at whoever only talked or criticised last, while a lawsuit
// still is a deed a later "the decision" points back at. Sentences written
// for the test.
func TestReactionIsNoMove(t *testing.T) {
	cases := []actTargetCase{
		// the last act was talks: the talker made no move
		{"Chile agreed to cut its tariffs on wheat. Meanwhile Peru also began talks with Bolivia. Farmers' unions in Argentina have condemned the move.", "condemned", ""},
		// the last act was criticism: the critic made no offer
		{"Ghana accepted the lenders' offer, which Oxfam criticised as too small. Kenya has turned down the offer.", "turned down", ""},
		// a lawsuit is a deed: the suer made the decision
		{"The Dutch government sued Shell over the spill. Greenpeace praised the decision.", "praised", "org:nld-government"},
	}
	checkActTargets(t, newTestExtractor(t), cases)
}
