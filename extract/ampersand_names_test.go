package extract

import "testing"

// TestAmpersandInKnownName checks that a name the lexicon spells with "and"
// is found when the text writes "&" in its place, so that the body is one
// actor with its acronym, and a state so written is the state, not its two
// halves. Sentences written for the test.
func TestAmpersandInKnownName(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       string // an entity id that must be there
		notWant    []string
	}{
		{
			name:    "UN body with an ampersand is the body its acronym names",
			text:    "Rice growers face hard years, the Food & Agriculture Organisation said on Friday. The FAO asked donors for more seed.",
			want:    "org:fao",
			notWant: []string{"org:food-agriculture-organisation"},
		},
		{
			name:    "state written with an ampersand is one state",
			text:    "The Serbia & Montenegro defender signed a two-year contract with the Dutch club.",
			want:    "country:SCG",
			notWant: []string{"country:MNE", "country:SRB"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			if entityOf(&doc, tt.want) == nil {
				t.Errorf("no %s\n%s", tt.want, dumpDoc(doc))
			}
			for _, id := range tt.notWant {
				if entityOf(&doc, id) != nil {
					t.Errorf("unwanted %s\n%s", id, dumpDoc(doc))
				}
			}
		})
	}
}
