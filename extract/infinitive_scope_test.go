package extract

import "testing"

// TestInfinitiveAcrossAdjunct: an adjunct between a governing verb and its
// infinitive ("on Thursday", "at a conference in Paris", "in a statement")
// does not take the infinitive's act, or the noun that is its object, out
// of the governor's scope: pledged, vowed, agreed or threatened, it is not
// done. Texts written for the test.
func TestInfinitiveAcrossAdjunct(t *testing.T) {
	checkCameoModalities(t, newTestExtractor(t), []modalityCase{
		// A governing trigger absorbs the act, as it does with no adjunct.
		{"Japan agreed on Thursday to double its development aid to Kenya.", "030/asserted"},
		{"Japan agreed at a conference in Paris to double its development aid to Kenya.", "030/asserted"},
		{"Japan pledged at a conference in Paris to double its development aid to Kenya.", "030/asserted"},
		{"Japan threatened in a statement to double its development aid to Kenya.", "130/threatened"},
		// No trigger governs: the modality.tsv phrase reaches across.
		{"Japan vowed in a statement to double its development aid to Kenya.", "0331/planned"},
		{"Japan vowed during talks in Paris on Thursday to double its development aid to Kenya.", "0331/planned"},
		// A verb trigger in the same place.
		{"Japan vowed in a statement to attack Kenya.", "1384/planned"},
		{"Japan offered at a conference in Paris to attack Kenya.", "1384/planned"},
		// No governor before the adjunct: the aid is given.
		{"Japan doubled its development aid to Kenya on Thursday.", "071/asserted"},
	})
}
