package extract

import (
	"slices"
	"testing"
)

// TestLoyalSide checks that a sector word followed by "loyal to X" takes
// X's side (X's country), not the country of a dateline before it nor of a
// place named elsewhere. Texts written for the test.
func TestLoyalSide(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, source string
	}{
		{"NAIROBI -- Fighters loyal to Somali warlord Hassan Omar attacked the port of Kismayo.", "Somali rebels"},
		{"LONDON (AP) - Soldiers loyal to Sudanese general Abdel Fattah Burhan rejected a truce offer by the United Nations.", "Sudanese military"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			var srcs []string
			for _, e := range namedEvents(doc) {
				srcs = append(srcs, e.source)
			}
			if !slices.Contains(srcs, tt.source) {
				t.Errorf("no event from %s; events %v", tt.source, eventKeys(doc))
			}
		})
	}
}
