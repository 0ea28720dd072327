package extract

import "testing"

// TestFieldBodyBeforeTitle checks that a country's sport body named between
// the country and a title any body may have ("UK Athletics chief", "Egypt
// FA spokesman") gives the person the country but not its government, while
// a capitalized word of a state office ("EU Trade Commissioner", "Norway's
// Asia director") keeps the state's code. Sentences written for the test.
func TestFieldBodyBeforeTitle(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, person, code, sector string
	}{
		// a field's body between the country and the title
		{"On Monday, Kenya Athletics chief Joseph Kiprono named twelve runners for the relay.",
			"person:joseph-kiprono", "KEN", ""},
		{"Later, Ghana FA spokesman Kwame Boateng denied that the coach had resigned.",
			"person:kwame-boateng", "GHA", ""},
		{"Meanwhile, Norway Football director Lars Eikeland praised the young squad.",
			"person:lars-eikeland", "NOR", ""},
		// a word of the office or a region: still the state's
		{"Norway's Asia director Lars Eikeland will lead the delegation to Hanoi.",
			"person:lars-eikeland", "NORGOV", "GOV"},
		{"Palestinian leader Samir Haddad met envoys in Ramallah on Sunday.",
			"person:samir-haddad", "PSEGOV", "GOV"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		e := entityOf(&doc, tt.person)
		if e == nil {
			t.Errorf("%q: no %s\n%s", tt.text, tt.person, dumpDoc(doc))
			continue
		}
		if e.Code != tt.code || e.Sector != tt.sector {
			t.Errorf("%q: %s code %q sector %q, want %q %q\n%s", tt.text, tt.person, e.Code, e.Sector, tt.code, tt.sector, dumpDoc(doc))
		}
	}
}
