package extract

import "testing"

// TestReleasedProduct: a firm releasing software or a console frees no one;
// a government releasing prisoners does. Texts written for the test.
func TestReleasedProduct(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		events bool // whether any event is expected
	}{
		{"Microsoft released a new upgrade for Windows in the United States.", false},
		{"Nokia and Ericsson plan to release new handsets in Denmark next year.", false},
		{"The Danish government released 20 Swedish fishermen on Monday.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := len(doc.Events) > 0; got != tt.events {
				t.Errorf("events %v, want any: %v", eventKeys(doc), tt.events)
			}
		})
	}
}
