package extract

import "testing"

// TestNationalityPluralBeforeTwoNames checks that a nationality before a
// plural noun and two names joined by "and" gives both persons the
// country, and that a singular noun gives it to the first only. Sentences
// written for the test.
func TestNationalityPluralBeforeTwoNames(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, person, code string
	}{
		{"Kenyan runners Daniel Mwangi and Mary Otieno missed the meeting in Oslo.", "person:mary-otieno", "KEN"},
		{"Kenyan runners Daniel Mwangi and Mary Otieno missed the meeting in Oslo.", "person:daniel-mwangi", "KEN"},
		{"Kenyan runner Daniel Mwangi and Mary Otieno missed the meeting in Oslo.", "person:mary-otieno", ""},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		e := entityOf(&doc, tt.person)
		if e == nil || e.Code != tt.code {
			t.Errorf("%q: %s = %+v, want code %q\n%s", tt.text, tt.person, e, tt.code, dumpDoc(doc))
		}
	}
}
