package extract

import (
	"slices"
	"testing"
)

// TestPossessorInGap checks a frame whose object is owned by a possessive
// pronoun: the object's owner, an actor named earlier in the sentence, is
// the target; the source's own object gives none. Sentences written for
// the test.
func TestPossessorInGap(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text string
		want []string // "source target" of the REJECT or SUPPORT events
	}{
		{"Georgia's plan was shelved after Russia blocked its proposal in the council.", []string{"country:RUS country:GEO"}},
		{"Chile reiterated its support for the plan.", []string{"country:CHL "}},
	}
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		var got []string
		for _, e := range doc.Events {
			if e.Plover == "REJECT" || e.Plover == "SUPPORT" {
				got = append(got, e.Source+" "+e.Target)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: want %q, got %q\n%s", tt.text, tt.want, got, dumpDoc(doc))
		}
	}
}
