package extract

import (
	"slices"
	"testing"
)

// TestTripPurpose: an infinitive after a trip to a named place ("flew to
// Ankara to hold talks with ...") is what the trip is made for, so it is an
// act, and it is as planned, done or refused as the trip itself: "will
// travel ... to meet" is an intent to meet, "would not go ... to meet" a
// refusal. A bare infinitive of purpose after other verbs stays no act.
// Texts written for the test.
func TestTripPurpose(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // event key that must be there ("" for none of the pair)
		not  string // event key that must not be there
	}{
		{"The Greek prime minister would not go to Ankara next month to meet Recep Tayyip Erdogan.", "125 org:grc-government>person:recep-tayyip-erdogan", "036 org:grc-government>person:recep-tayyip-erdogan planned"},
		{"Angela Merkel will head to Paris to meet Emmanuel Macron.", "036 person:angela-merkel>person:emmanuel-macron planned", "040 person:angela-merkel>person:emmanuel-macron"},
		{"The Chinese premier flew to Moscow on Monday to meet Vladimir Putin.", "040 org:chn-government>person:vladimir-putin", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			if tt.want != "" && !slices.Contains(keys, tt.want) {
				t.Errorf("events %v, want %q", keys, tt.want)
			}
			if tt.not != "" && slices.Contains(keys, tt.not) {
				t.Errorf("events %v, do not want %q", keys, tt.not)
			}
		})
	}
}
