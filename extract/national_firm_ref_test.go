package extract

import (
	"slices"
	"testing"
)

// TestNationalFirmRef checks that "the <nationality> company" stands for
// the firm of that country named before it, not for the country's firms in
// general, and that with no such firm it keeps the general reading.
// Sentences written for the test.
func TestNationalFirmRef(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       []string // source plover target, among the events
	}{
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
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			var got []string
			for _, e := range doc.Events {
				got = append(got, e.Source+" "+e.Plover+" "+e.Target)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("want %q, got %q\n%s", w, got, dumpDoc(doc))
				}
			}
		})
	}
}
