package extract

import "testing"

// TestReducedPassiveIrregularPlural: a participle of force right after a
// plural noun without an "s" ("people", "men", "women", "children") is a
// reduced passive, as after "civilians": the country list or subject before
// it did not do it. Texts written for the test.
func TestReducedPassiveIrregularPlural(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text  string
		force bool // whether an ASSAULT event is expected
	}{
		{"The worst-hit regions are Chad, Niger and Mali, with at least 4,000 people killed.", false},
		{"The floods hit Chad and Niger, with hundreds of women and children killed.", false},
		{"Chadian soldiers killed 40 people in Niger on Monday.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				got = got || ev.Plover == "ASSAULT"
			}
			if got != tt.force {
				t.Errorf("assault %v, want %v; events %v", got, tt.force, eventKeys(doc))
			}
		})
	}
}
