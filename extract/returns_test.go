package extract

import (
	"slices"
	"testing"
)

// TestReturnsOfNothing: coming back to profit or from a tour gives nothing
// back; returning things to their owner, even with the owner first, is a
// return (084). Texts written for the test.
func TestReturnsOfNothing(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // eventKeys
	}{
		{"The Spanish airline Iberia returned to profit in 2020.", nil},
		{"The Kenyan president has just returned from a tour of Asian nations.", nil},
		{"The board wants Nordbank to return $300m to its shareholders.", nil},
		{"Italy returned the stolen statues to Greece on Monday.", []string{"084 country:ITA>country:GRC"}},
		{"The US Fish and Wildlife Service returned to Peru last week twelve stolen parrots.", []string{"084 org:fish-and-wildlife-service>country:PER"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
