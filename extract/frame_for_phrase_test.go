package extract

import "testing"

// TestFrameNounAfterFor: a frame's noun inside a "for" phrase after the
// verb's own object ("give value for money", "a run for her money") is no
// object of the verb, so no giving of aid; an amount before "for" keeps the
// noun as what the sum is for. Texts written for the test.
func TestFrameNounAfterFor(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want bool // an event on the giving verb expected
	}{
		{"The Green Party says it would give taxpayers better value for money.", false},
		{"Danish striker Nils Holm will give Haaland a run for his money this season.", false},
		{"Norway will give emergency aid to Malawi.", true},
		{"Norway approved 20 million dollars for humanitarian aid to Malawi.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := len(eventsOnTrigger(doc, "give"))+len(eventsOnTrigger(doc, "approved")) > 0
			if got != tt.want {
				t.Errorf("got giving event %v, want %v; events %v", got, tt.want, eventKeys(doc))
			}
		})
	}
}
