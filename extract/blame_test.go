package extract

import "testing"

// TestBlameOfThings: blaming weak demand or fuel prices, with no one
// blamed, accuses no one; blaming a state or a body's management does.
// Texts written for the test.
func TestBlameOfThings(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		events bool // whether any event is expected
	}{
		{"The Danish brewer Carlsen blamed weak demand in Asia for the fall in profits.", false},
		{"The Chilean airline LAN blamed the losses on high fuel prices and a strong peso.", false},
		{"Chile blamed Peru for the border incident.", true},
		{"The Chilean airline LAN blamed the unions for the losses.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := len(doc.Events) > 0; got != tt.events {
				t.Errorf("events %v, want any: %v", eventKeys(doc), tt.events)
			}
		})
	}
}
