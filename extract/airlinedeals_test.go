package extract

import (
	"slices"
	"testing"
)

// TestAirlineNamesAndAnnouncedDeals: an unknown name opened by "Air" is an
// airline (a firm) that can sign or announce a deal, and "announced a deal /
// an agreement with X" is a signed agreement (057) like "signed a deal".
// The armed "Air Force" stays a military. Texts written for the test.
func TestAirlineNamesAndAnnouncedDeals(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source, target string
	}{
		{"Air Velora has signed a deal to lease ten jets from Airbus.", "057", "Air Velora", "Airbus"},
		{"Air Korvath signed an agreement with Telia on Monday.", "057", "Air Korvath", "Telia"},
		{"Maersk announced a deal with Telia to share a data centre.", "057", "Maersk", "Telia"},
		{"Last week Telia announced an agreement with Ericsson over cables.", "057", "Telia", "Ericsson"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if !slices.Contains(namedEvents(doc), namedEvent{tt.code, tt.source, tt.target}) {
				t.Errorf("no %s %s -> %s; events %v", tt.code, tt.source, tt.target, eventKeys(doc))
			}
		})
	}
	doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, "The Indian Air Force bombed the camp.")
	for _, e := range doc.Entities {
		if e.Name == "Air Force" && e.Code != "" && len(e.Code) >= 3 && e.Code[len(e.Code)-3:] == "BUS" {
			t.Errorf("Air Force made a firm: %+v", e)
		}
	}
}
