package extract

import "testing"

// TestCancelledMeeting checks that a cancelled or called-off visit, trip or
// summit is a rejected meeting (125, REJECT), as the PLOVER manual codes
// cancelled meetings, and that a postponed visit keeps 161 (put off, not
// refused). Sentences written for the test.
func TestCancelledMeeting(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, cameo, plover string
	}{
		{"The Chilean foreign minister cancelled a scheduled visit to Lima after the border dispute flared.", "125", "REJECT"},
		{"Norway's prime minister has called off her visit to Moscow over the spy affair.", "125", "REJECT"},
		{"The Kenyan president cancelled his trip to Uganda on Friday.", "125", "REJECT"},
		{"The Polish president postponed his visit to Vilnius until next month.", "161", "SANCTION"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		got := false
		for _, e := range doc.Events {
			if e.Cameo == tt.cameo && e.Plover == tt.plover {
				got = true
			}
		}
		if !got {
			t.Errorf("%q: no %s %s event\n%s", tt.text, tt.cameo, tt.plover, dumpDoc(doc))
		}
	}
}
