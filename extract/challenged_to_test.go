package extract

import (
	"slices"
	"testing"
)

// TestChallengedTo: "challenged X to <act>" is a dare, a demand on X (100);
// the bare noun "challenge" before "to" is no act ("his leadership challenge
// made it easier for X to"); challenging a body's right is disputing it
// (110, the claim frame). Texts written for the test.
func TestChallengedTo(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // an event key that must be there ("" = no 100 event)
	}{
		{"Chile challenged Peru to withdraw its troops from the border.", "100 country:CHL>country:PER"},
		{"The Ecuadorean opposition challenged the Peruvian government to publish the treaty.", "100"},
		{"Bolivia challenged the right of Chile to control the port.", "110 country:BOL>country:CHL"},
		{"The Chilean leadership challenge made it easier for Peru to press its claim.", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			if tt.want == "" {
				if slices.ContainsFunc(keys, func(k string) bool { return k[:4] == "100 " }) {
					t.Errorf("events %v, want no 100", keys)
				}
				return
			}
			if !slices.ContainsFunc(keys, func(k string) bool { return len(k) >= len(tt.want) && k[:len(tt.want)] == tt.want }) {
				t.Errorf("events %v, want %s", keys, tt.want)
			}
		})
	}
}
