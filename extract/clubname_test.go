package extract

import (
	"slices"
	"testing"
)

// TestClubNames: a capital that ends a club's or firm's name ("Sporting
// Lisbon") is not the state; a capital after a word of direction, or a
// capital alone, still is. Texts written for the test.
func TestClubNames(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // eventKeys
	}{
		{"Tom Hale has agreed a move to Dynamo Kiev from Leeds.", []string{"030 person:tom-hale>"}},
		{"Officials from Sporting Lisbon met the coach Anna Berg on Monday.", nil},
		{"Lisbon agreed a loan deal with Madrid on Friday.", []string{"057 country:PRT>country:ESP"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
