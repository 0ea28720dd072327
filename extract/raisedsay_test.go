package extract

import (
	"slices"
	"testing"
)

// TestRaisedSay: "X is said / was reported to have done" keeps X as the
// subject of the act; a report opened by an active "said" is unchanged, and
// a subject cut off by a parenthesis is not guessed. Texts written for the
// test.
func TestRaisedSay(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, source string // "" = no event expected with a source
	}{
		{"Peru is said to have sent troops to the Bolivian border.", "country:PER"},
		{"Chile was reported last week to have closed its border with Bolivia.", "country:CHL"},
		{"Bolivia said Peru had sent troops to the border.", "country:PER"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if !slices.ContainsFunc(doc.Events, func(e Event) bool { return e.Source == tt.source }) {
				t.Errorf("events %v, want one by %s", eventKeys(doc), tt.source)
			}
		})
	}
}
