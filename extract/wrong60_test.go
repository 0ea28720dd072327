package extract

import "testing"

// TestPostNominalAfterLowerCaseTitle checks that a two-word name whose
// first word the given-name list leaves out (it is also a common word:
// "Frank", "Mark", "Bill") is still a person when a lower-case title
// stands before it and "MP" after it, while a seat named before "MP"
// stays a title. Sentences written for the test.
func TestPostNominalAfterLowerCaseTitle(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, name, kind string
	}{
		{"Former housing minister Frank Elmore MP said the scheme had failed tenants.", "Frank Elmore", KindPerson},
		{"Former transport secretary Mark Whitcombe MP told the committee the bill went too far.", "Mark Whitcombe", KindPerson},
		// A seat before "MP" is no person, with or without a title word.
		{"The Luton East MP said the bypass would be built.", "Luton East", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2005-01-10"}, tt.text)
			if got := entityKinds(doc)[tt.name]; got != tt.kind {
				t.Errorf("%q kind %q, want %q; entities %v", tt.name, got, tt.kind, entityKinds(doc))
			}
		})
	}
}
