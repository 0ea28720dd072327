package extract

import "testing"

// TestScottishLegislatorTitle checks that "MSP", a member of the Scottish
// Parliament, is a title of a British legislator: the name after it is the
// whole person (not its surname alone), coded GBRLEG, with the Legislator
// role, also after a party name. Sentences written for the test.
func TestScottishLegislatorTitle(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, person string
	}{
		{"MSP Fiona Dunbar wants the ferry timetable kept.", "person:fiona-dunbar"},
		{"Conservative MSP Hamish Rennie criticised the bypass plans.", "person:hamish-rennie"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		e := entityOf(&doc, tt.person)
		if e == nil || e.Country != "GBR" || roleLabel(doc, tt.person) != "Legislator" {
			t.Errorf("%q: %s = %+v role %q, want a GBR Legislator\n%s", tt.text, tt.person, e, roleLabel(doc, tt.person), dumpDoc(doc))
		}
	}
}
