package extract

import "testing"

// TestReceivedThing: receiving support, honours or a proposal hosts no one;
// receiving an envoy does. Texts written for the test.
func TestReceivedThing(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		consult bool // whether a CONSULT event is expected
	}{
		{"Denmark received World Bank support for the new bridge last year.", false},
		{"A new proposal was received by the Danish prime minister on Friday.", false},
		{"The Danish prime minister received the Swedish ambassador on Friday.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				got = got || ev.Plover == "CONSULT"
			}
			if got != tt.consult {
				t.Errorf("consult %v, want %v; events %v", got, tt.consult, eventKeys(doc))
			}
		})
	}
}
