package extract

import "testing"

// TestDonationGiver: a donation is aid from whoever makes it; one that "came
// from" someone, or went to a possessor "from" someone, is not the
// possessor's or the subject's gift. Texts written for the test.
func TestDonationGiver(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		source string // the AID event's source; "" for none from notSource
		notSrc string // a source no AID event may have
	}{
		{"Norway made a $30m donation to the World Food Programme on Monday.", "country:NOR", ""},
		{"Most of Sweden's donations came from private firms, officials said.", "", "country:SWE"},
		{"Chile recorded donations to its relief fund from local companies.", "", "country:CHL"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			found := false
			for _, ev := range doc.Events {
				if ev.Plover != "AID" {
					continue
				}
				found = found || ev.Source == tt.source
				if tt.notSrc != "" && ev.Source == tt.notSrc {
					t.Errorf("AID from %s, want none; events %v", tt.notSrc, eventKeys(doc))
				}
			}
			if tt.source != "" && !found {
				t.Errorf("no AID from %s; events %v", tt.source, eventKeys(doc))
			}
		})
	}
}
