package extract

import "testing"

// TestAcceptedTrade: a seller accepting what customers bring (bets,
// bookings, payments, brands to carry) is trade, no cooperation; accepting
// an invitation or a proposal stays. Texts written for the test.
func TestAcceptedTrade(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, trigger string
		want          bool // an event on trigger
	}{
		{"The Kenyan airline Kenya Airways said it would accept bookings for the new Nairobi route from Monday.", "accept", false},
		{"Iran said it would accept the invitation to talks in Vienna.", "accept the invitation", true},
		{"Greece accepted the European Commission proposal.", "accepted", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, e := range doc.Events {
				if e.Trigger == tt.trigger {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("event on %q: got %v, want %v: %v", tt.trigger, got, tt.want, eventKeys(doc))
			}
		})
	}
}
