package extract

import (
	"slices"
	"testing"
)

// TestNGOApposition: an unknown name that an apposition calls a charity or
// an aid or rights body is that body, and so the target of an appeal to it.
// Texts written for the test.
func TestNGOApposition(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, target string
	}{
		{"Lena Varga urged Hope Bridge, the relief agency that employs her, to leave Mosul.", "org:hope-bridge"},
		{"Lena Varga urged Green Lantern, a Danish charity, to stay in Somalia.", "org:green-lantern"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if !slices.ContainsFunc(doc.Events, func(e Event) bool { return e.Target == tt.target }) {
				t.Errorf("events %v, want one aimed at %s", eventKeys(doc), tt.target)
			}
		})
	}
}
