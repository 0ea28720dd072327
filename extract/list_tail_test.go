package extract

import "testing"

// TestListTail checks that a comma before "and" ending a list of actors
// keeps the last member in the list ("met A, B, and C"; "The X, Y, and Z
// condemned ..."), while ", and" before a name with its own verb still
// opens a clause. Texts written for the test.
func TestListTail(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source, target string
		want                       bool
	}{
		{"The Kenyan foreign minister met Angela Merkel, Vladimir Putin, and Emmanuel Macron in Rome.", "040", "org:ken-government", "person:emmanuel-macron", true},
		{"Peru accused Ecuador, Chile, and the government of Bolivia of smuggling.", "112", "country:PER", "org:bol-government", true},
		{"The United States, Japan, and Canada criticised Venezuela on Friday.", "110", "country:USA", "country:VEN", true},
		// A name with a verb of its own after ", and" is no object.
		{"The Kenyan foreign minister met Angela Merkel, and Emmanuel Macron said the talks were useful.", "040", "org:ken-government", "person:emmanuel-macron", false},
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if e.Cameo == tt.code && e.Source == tt.source && e.Target == tt.target {
				found = true
			}
		}
		if found != tt.want {
			t.Errorf("%q: %s %s->%s found %v, want %v\n%s", tt.text, tt.code, tt.source, tt.target, found, tt.want, dumpDoc(doc))
		}
	}
}
