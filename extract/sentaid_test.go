package extract

import "testing"

// TestSentAid: sending aid, money, a team or troops is an act between
// actors; sending congratulations, letters or a currency higher is not.
// Texts written for the test.
func TestSentAid(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		events bool // whether any event is expected
	}{
		{"The Danish prime minister sent the Swedish king his warmest wishes.", false},
		{"The Danish party sent a leaflet to every household in Aarhus.", false},
		{"Denmark sent a team of doctors to Sweden after the floods.", true},
		{"Denmark sent $5m to Sweden after the floods.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := len(doc.Events) > 0; got != tt.events {
				t.Errorf("events %v, want any: %v", eventKeys(doc), tt.events)
			}
		})
	}
}
