package extract

import "testing"

// TestThanksToAndResponsibility: "thanks to" meaning "because of" thanks
// no one, and accepting responsibility for one's staff takes no offer (it is
// an admission, 015, which TestAcceptedResponsibility covers); thanking
// someone and accepting an offer stay acts. Texts written for the test.
func TestThanksToAndResponsibility(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		trigger string
		want    bool   // an event on the trigger expected
		allowed string // the one code an unwanted trigger may still carry
	}{
		{"Chile and Peru, which - thanks to cheap loans - sell copper below cost, face a complaint.", "thanks", false, ""},
		{"Maersk accepted complete responsibility for how its managers behaved in Chile.", "accepted", false, "015"},
		{"The Chilean president thanks Peru for its help after the floods.", "thanks", true, ""},
		{"Chile accepted the Peruvian offer of talks on the border.", "accepted", true, ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range eventsOnTrigger(doc, tt.trigger) {
				if tt.want || ev.Cameo != tt.allowed {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("%q: got event %v, want %v; events %v", tt.trigger, got, tt.want, eventKeys(doc))
			}
		})
	}
}
