package extract

import (
	"slices"
	"testing"
)

// TestBusinessLeadersNoGovernment checks that "business leaders" is the
// business sector's phrase: "leaders" alone stands for a government, and a
// sentence-opening "Business leaders" was read as the government of the
// country named before. Sentences written for the test.
func TestBusinessLeadersNoGovernment(t *testing.T) {
	for _, text := range []string{
		"France plans a new tax on exports. Business leaders said they had opposed it from the start.",
		"Portugal raised the minimum wage. Shop owners and business leaders have long voiced concern over the rise.",
	} {
		x := newTestExtractor(t)
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
		for _, e := range doc.Entities {
			if e.Sector == "GOV" && (slices.Contains(e.Aliases, "Business leaders") || slices.Contains(e.Aliases, "business leaders")) {
				t.Errorf("%q: business leaders read as %s (%s)", text, e.ID, e.Code)
			}
		}
	}
}
