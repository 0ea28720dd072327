package extract

import (
	"slices"
	"testing"
)

// TestThreatenedValue: "threaten" with a good as its object (competition,
// stability, a firm's credibility) puts that good at risk and threatens no
// one; a threatened act or a threat aimed at a state stays a threat. Texts
// written for the test.
func TestThreatenedValue(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // eventKeys
	}{
		{"Rival airlines said the Hungarian carrier Malev had threatened competition on its routes.", nil},
		{"Critics said the Mexican government's plan threatened the stability of the peso.", nil},
		{"The Hungarian government threatened legal action against the Slovak government.", []string{"130 org:hun-government>org:svk-government threatened"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
