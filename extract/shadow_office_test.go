package extract

import "testing"

// TestShadowOfficeIsOpposition checks that a shadow office makes its
// holder the opposition's (code country + OPP), not the government's,
// keeping the country of the office, and that the holder of the office
// itself stays GOV. Sentences written for the test.
func TestShadowOfficeIsOpposition(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, person, code, role string
	}{
		{"Shadow home secretary Anna Pelham said the new checks at British airports would fail.", "person:anna-pelham", "GBROPP", "Shadow Interior Minister"},
		{"Home Secretary Anna Pelham said the new checks at British airports would work.", "person:anna-pelham", "GBRGOV", "Interior Minister"},
		{"In Britain, shadow chancellor Derek Tamworth criticised the budget plans.", "person:derek-tamworth", "GBROPP", "Shadow Chancellor"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		e := entityOf(&doc, tt.person)
		if e == nil || e.Code != tt.code || roleLabel(doc, tt.person) != tt.role {
			t.Errorf("%q: %s = %+v role %q, want %s %q\n%s", tt.text, tt.person, e, roleLabel(doc, tt.person), tt.code, tt.role, dumpDoc(doc))
		}
	}
}
