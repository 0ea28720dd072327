package extract

import (
	"strings"
	"testing"
)

// TestHandedHoldingNoHandover: "hand over" with a stake, shares or land as
// its object passes property on and is no handing over of people (063);
// handing over suspects still is. Texts written for the test.
func TestHandedHoldingNoHandover(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Ms Varga handed over her whole 40% stake in the trading house to Mr Orban.", false},
		{"Mr Lutz handed over all his shares in the bank to his sister.", false},
		{"Pakistan handed over the two suspects to Britain.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				if strings.HasPrefix(ev.Trigger, "handed over") && ev.Cameo == "063" {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("063 handover: %v, want %v; events %v", got, tt.want, eventKeys(doc))
			}
		})
	}
}
