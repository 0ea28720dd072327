package extract

import "testing"

// TestQuotedModal: a quotation opened between a modal and its verb leaves
// the modal in force. Texts written for the test.
func TestQuotedModal(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text     string
		trigger  string
		modality string
	}{
		{`Officials said Kenya would "support the ceasefire plan" at the summit.`, "support", ModalityPlanned},
		{`Kenya could "condemn the raid" if more troops crossed, an aide said.`, "condemn", ModalityPlanned},
		{`Kenya "condemned the raid" on Tuesday.`, "condemn", ModalityAsserted},
	} {
		checkTriggerModality(t, x, tt.text, tt.trigger, tt.modality)
	}
}
