package extract

import (
	"slices"
	"testing"
)

// TestBoycottNoun: the bare noun "boycott" is no protest held (it names a
// movement, a law, a policy); a boycott someone stages or calls is. Texts
// written for the test.
func TestBoycottNoun(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // PROTEST events as "source country>target country"; nil: none
	}{
		{"Kenyan officials questioned a Ugandan lecturer about her part in a boycott movement against Tanzania.", nil},
		{"Bahrain scrapped its Qatar Boycott Law last week and reopened its ports.", nil},
		{"Ghanaian teachers staged a boycott of the exams on Monday.", []string{"GHA>GHA"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := protestDyads(doc)
			if !slices.Equal(got, tt.want) {
				t.Errorf("PROTEST %v, want %v; events %v", got, tt.want, eventKeys(doc))
			}
		})
	}
}
