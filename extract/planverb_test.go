package extract

import "testing"

// TestPlansVerbOwner checks that "X (also) plans to ..." and "He plans to
// ..." make X, or the person the pronoun stands for, the owner a later
// "the plans" points back at. Sentences written for the test.
func TestPlansVerbOwner(t *testing.T) {
	checkActTargets(t, newTestExtractor(t), []actTargetCase{
		{"Kenyan finance minister Amos Kiprono also plans to close 40 tax offices. Amnesty International opposed the plans.", "opposed", "person:amos-kiprono"},
		{"Kenyan finance minister Amos Kiprono spoke on Monday. He plans to close 40 tax offices. Amnesty International opposed the plans.", "opposed", "person:amos-kiprono"},
	})
}
