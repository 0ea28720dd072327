package extract

import "testing"

// TestPlannedRequest: an appeal only announced or meant ("will ask", "is
// set to call for", "said they would urge") is planned, like any act that
// will be done; an appeal made, or tried, is requested. The code stays the
// appeal's. Texts written for the test.
func TestPlannedRequest(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text     string
		modality string // modality of the first 02 event
	}{
		{"The Chilean government said it will ask banks to freeze mortgage repayments for a year.", ModalityPlanned},
		{"Senator Ruth Almeida is set to call for tougher penalties on polluting factories.", ModalityPlanned},
		{"Ecuador's lawyers said they would ask the Supreme Court to review the ruling.", ModalityPlanned},
		{"The Chilean government asked banks to freeze mortgage repayments for a year.", ModalityRequested},
		{"Senator Ruth Almeida called for tougher penalties on polluting factories.", ModalityRequested},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := ""
			for _, e := range doc.Events {
				if e.Root == "02" {
					got = e.Modality
					break
				}
			}
			if got != tt.modality {
				t.Errorf("events %v, want a 02 event %s", eventKeys(doc), tt.modality)
			}
		})
	}
}
