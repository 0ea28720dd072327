package extract

import "testing"

// TestPriceCharged: a price charged, or a charge held without, accuses no
// one; charging someone with a crime does. Texts written for the test.
func TestPriceCharged(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		events bool // whether any event is expected
	}{
		{"The Danish government will charge foreign trawlers a fee of $500 a day.", false},
		{"Danish police can hold suspects for three days without trial or charge.", false},
		{"A Danish court charged the Swedish trawler captain with illegal fishing.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := len(doc.Events) > 0; got != tt.events {
				t.Errorf("events %v, want any: %v", eventKeys(doc), tt.events)
			}
		})
	}
}
