package extract

import "testing"

// TestPlaceOffice checks an office named by its place with no person
// named ("the Kerala Governor", "the Dubai ruler", "the governor of
// Kerala"): the government of the place's country acts. A name after the
// title is the person's; a place of no known country gives no actor.
// Sentences written for the test.
func TestPlaceOffice(t *testing.T) {
	checkSources(t, []sourceCase{
		// a capitalized title after the place, which the tagger takes for part of a name
		{"The Dubai Ruler praised Kenya for its help.", "praised", "org:are-government"},
		{"The Kerala Governor criticised Pakistan over the shelling.", "criticised", "org:ind-government"},
		// lower case: a compound the tree gives
		{"The Quebec premier criticised Kenya over the ban.", "criticised", "org:can-government"},
		// an "of" phrase naming the place
		{"The governor of Kerala criticised Pakistan over the shelling.", "criticised", "org:ind-government"},
		// a name after the title: the person acts
		{"The Dubai Ruler Sheikh Rashid praised Kenya for its help.", "praised", "person:rashid"},
	})
}
