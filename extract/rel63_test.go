package extract

import (
	"testing"
)

// TestObjectRelatives: in a relative clause whose pronoun is the object
// ("the charges, which Mr X denies"), the doer is the clause's own subject,
// never the noun the clause hangs on; a head noun that is no actor gives no
// target. Texts written for the test.
func TestObjectRelatives(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source, notSource string
	}{
		{"Nokia announced a new tariff on Monday, which Ericsson criticised sharply.", "", "Ericsson", "Nokia"},
		{"The fraud allegations against Angela Merkel, which she has denied, are being reviewed.", "", "Angela Merkel", ""},
		{"Ericsson praised the Danish shipping firm Maersk, which Nokia sued last year.", "", "Nokia", "Maersk"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			found := tt.source == ""
			for _, e := range namedEvents(doc) {
				if tt.notSource != "" && e.source == tt.notSource {
					t.Errorf("head noun made the doer: %s %s -> %s", e.cameo, e.source, e.target)
				}
				if e.source == tt.source {
					found = true
				}
			}
			if !found {
				t.Errorf("no event by %s; events %v", tt.source, eventKeys(doc))
			}
		})
	}
}
