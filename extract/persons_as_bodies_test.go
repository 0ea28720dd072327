package extract

import "testing"

// TestBareNameShownToBeBody checks that a bare name made a person because
// it acts is a body when the article's pronouns after it are a thing's or
// a body noun stands right before it elsewhere, and stays a person when a
// person's pronoun, an honorific or a given name says so. Sentences
// written for the test.
func TestBareNameShownToBeBody(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, want, not string
	}{
		// thing pronouns after the name, twice
		{"Quorvane warned on Monday that it would cut 300 jobs. Quorvane said its factory in Derby would close.",
			"org:quorvane", "person:quorvane"},
		// a body noun before the name in another sentence
		{"The ruling came after energy regulator Felmark said prices were too high. Later Felmark criticised the suppliers.",
			"org:felmark", "person:felmark"},
		// a person's pronouns
		{"Quorvane warned on Monday that he would resign. Quorvane said his party had let the voters down.",
			"person:quorvane", "org:quorvane"},
		// an honorific marks a person even with thing pronouns after the name
		{"Mr Quorvane warned on Monday that it would be a hard year. Quorvane said its effects would last.",
			"person:quorvane", "org:quorvane"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		if entityOf(&doc, tt.want) == nil || entityOf(&doc, tt.not) != nil {
			t.Errorf("%q: want %s, not %s\n%s", tt.text, tt.want, tt.not, dumpDoc(doc))
		}
	}
}
