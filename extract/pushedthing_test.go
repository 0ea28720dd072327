package extract

import "testing"

// TestPushedThing: pushing prices or a bill through asks no one ("push * to"
// is no appeal pattern any more); pushing for something is one. Texts
// written for the test.
func TestPushedThing(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		request bool // whether a REQUEST event is expected
	}{
		{"The Danish government pushed through plans to raise the fuel tax.", false},
		{"Danish farmers could push prices higher to cover the cost of feed.", false},
		{"Denmark is pushing hard for Sweden to reopen the bridge.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				got = got || ev.Plover == "REQUEST"
			}
			if got != tt.request {
				t.Errorf("request %v, want %v; events %v", got, tt.request, eventKeys(doc))
			}
		})
	}
}
