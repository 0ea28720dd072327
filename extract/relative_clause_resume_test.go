package extract

import (
	"slices"
	"testing"
)

// TestRelativeClauseOnThingEndsAtComma checks that a relative clause set
// off by commas on a noun that is no actor ("The charges, which he has
// rejected, are being examined by X") ends at its closing comma when a
// finite auxiliary follows: the act inside it takes no target from the main
// clause, and the main clause keeps its own. Texts written for the test.
func TestRelativeClauseOnThingEndsAtComma(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		want       namedEvent
		notWant    namedEvent
	}{
		{"denial inside the clause",
			`Mr Otto Lind faces questions. The charges, which he has denied, are being examined by Mr Karl Berger.`,
			namedEvent{"016", "Otto Lind", ""}, namedEvent{"016", "Otto Lind", "Karl Berger"}},
		{"person after an age",
			`Mrs Anna Berg, 61, who ran an aid agency in Mosul, was abducted in Mosul on Monday.`,
			namedEvent{"181", "Iraqi unidentified attackers", "Anna Berg"}, namedEvent{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := namedEvents(doc)
			if !slices.Contains(got, tt.want) {
				t.Errorf("no %v; events %v", tt.want, got)
			}
			if tt.notWant.cameo != "" && slices.Contains(got, tt.notWant) {
				t.Errorf("unexpected %v", tt.notWant)
			}
		})
	}
}
