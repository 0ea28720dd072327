package extract

import "testing"

// TestStatementModality: what someone is said to be unlikely to do is
// negated and no refusal (its own code, not 12); a "will" without
// "unlikely" stays planned; a bare verb after "and" in a list headed by a
// verb under a modality marker takes the head's modality, and a past list
// is done. Texts written for the test.
func TestStatementModality(t *testing.T) {
	checkCodeModality(t, newTestExtractor(t), []codeModalityCase{
		{"The Norwegian cabinet is unlikely to reject the Swedish proposal.", "127", ModalityNegated},
		{"Norway is unlikely to send Sweden more aid.", "070", ModalityNegated},
		{"An aide said it was highly unlikely that Norway would send Sweden more aid.", "070", ModalityNegated},
		{"An aide said it was unlikely Norway would send Sweden more aid.", "070", ModalityNegated},
		{"The Norwegian cabinet will reject the Swedish proposal.", "127", ModalityPlanned},
		{"Chilean rebels said they will lay down their weapons and accept the peace plan.", "030", ModalityPlanned},
		{"Peru will meet Chile and sign the treaty.", "036", ModalityPlanned},
		{"Peru met Chile and signed the treaty.", "040", ModalityAsserted},
	})
}

// TestRefusedToDiscussTopic: refusing to discuss a topic withholds comment
// and rejects no one; refusing to discuss it with someone stays a refusal.
// Texts written for the test.
func TestRefusedToDiscussTopic(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		events bool // whether a 12 refusal is expected
	}{
		{"The Danish party has refused to discuss reports that it repaid a donor.", false},
		{"The Danish minister declined to discuss the case.", false},
		{"Denmark has refused to discuss the border dispute with Sweden.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				got = got || ev.Root == "12"
			}
			if got != tt.events {
				t.Errorf("refusal %v, want %v; events %v", got, tt.events, eventKeys(doc))
			}
		})
	}
}
