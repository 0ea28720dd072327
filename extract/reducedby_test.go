package extract

import (
	"slices"
	"testing"
)

// TestReducedPassiveBy checks a participle right after a common noun with
// its agent after "by": the agent acts, on the actor the noun phrase names,
// whatever the parser attached the participle to. Sentences written for the
// test.
func TestReducedPassiveBy(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text string
		typ  string
		want []string // "source target" of events of the type
	}{
		{"Yemeni army units supported by Saudi Arabia shelled the port on Monday.", "SUPPORT", []string{"country:SAU org:yem-military"}},
		{"Sudanese militiamen backed by Egypt attacked the camp.", "SUPPORT", []string{"country:EGY org:sdn-rebels"}},
		// No actor after "by": no passive, the subject still acts.
		{"Egypt backed by a wide margin the plan of the league.", "SUPPORT", []string{"country:EGY "}},
	}
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		var got []string
		for _, e := range doc.Events {
			if e.Plover == tt.typ {
				got = append(got, e.Source+" "+e.Target)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: want %q, got %q\n%s", tt.text, tt.want, got, dumpDoc(doc))
		}
	}
}
