package extract

import "testing"

// TestSecondSayVerbKeepsSpeaker: in "X said A and said B should ...", the
// second verb of saying has no subject of its own, so the demand in B is
// X's, not made by the subject of A; a clause with its own sayer stays
// with that sayer. Texts written for the test.
func TestSecondSayVerbKeepsSpeaker(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // event key of the demand, "" for none
	}{
		{"Senator Ana Ortiz said the delay was a disgrace and said Mr Varga should resign.", "020 person:ana-ortiz>person:varga requested"},
		{"Senator Ana Ortiz said the delay was a disgrace and added that Mr Varga should apologise.", "020 person:ana-ortiz>person:varga requested"},
		{"Senator Ana Ortiz said the delay was a disgrace and Mr Varga should resign.", "020 person:ana-ortiz>person:varga requested"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			found := false
			for _, k := range keys {
				if k == tt.want {
					found = true
				}
			}
			if !found {
				t.Errorf("events %v, want %q", keys, tt.want)
			}
		})
	}
}
