package extract

import "testing"

// TestNamedPlaceHeads checks that a capitalized name ending in the kind of
// place it is ("... Region", "... Castle") is a place, not a person, unless
// it opens with a given name, holds lower-case words, or belongs to someone
// who is no country. Sentences written for the test.
func TestNamedPlaceHeads(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, name, kind string }{
		{"Gunmen burned a market in Nigeria's Upper Plateau Region on Friday.", "Upper Plateau Region", KindLocation},
		{"The queen held a banquet at Balmoral Castle for the visiting president.", "Balmoral Castle", KindLocation},
		{"Tessa Castle criticised the new budget on Monday.", "Tessa Castle", KindPerson},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		if got := entityKinds(doc)[tt.name]; got != tt.kind {
			t.Errorf("%q: %q is %q, want %q\n%s", tt.text, tt.name, got, tt.kind, dumpDoc(doc))
		}
	}
	// a person's possessive before the name: a work's title, not a place
	text := "Critics praised Mirabel's Floating Castle, the studio's new film."
	if doc := x.extract(Article{ID: "t"}, text); entityKinds(doc)["Floating Castle"] == KindLocation {
		t.Errorf("%q: the title is taken as a place\n%s", text, dumpDoc(doc))
	}
}
