package extract

import (
	"testing"
)

// TestNationalFirmRef checks that "the <nationality> company" stands for
// the firm of that country named before it, not for the country's firms in
// general, and that with no such firm it keeps the general reading.
// Sentences written for the test.
func TestNationalFirmRef(t *testing.T) {
	x := newTestExtractor(t)
	tests := []tripleCase{
		{
			name: "the firm last a subject",
			text: "Renault opened a plant in Morocco. The French carmaker later accused Chrysler of lying.",
			want: []string{"org:renault ACCUSE org:chrysler"},
		},
		{
			name: "the one firm of the country in the article",
			text: "Chile praised Fiat on Monday. The Italian firm later accused Chrysler of lying.",
			want: []string{"org:fiat ACCUSE org:chrysler"},
		},
		{
			name: "no firm of that country named",
			text: "Chrysler praised Renault. The Italian firm later accused Chrysler of lying.",
			want: []string{"org:ita-business ACCUSE org:chrysler"},
		},
	}
	checkTriples(t, x, tests)
}
