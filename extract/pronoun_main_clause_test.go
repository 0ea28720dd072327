package extract

import (
	"slices"
	"testing"
)

// TestPronounPassesOverSubordinatePerson checks that "he" in the next
// sentence goes back to the person who is the subject of the main clause,
// not to another person who is the subject of a clause opened mid-sentence
// by "when", "while" or "because". Texts written for the test.
func TestPronounPassesOverSubordinatePerson(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text, code, source, target string
	}{
		{"when clause",
			`Mr Otto Lind lost the 1990 vote, when Mr Karl Berger was still popular with farmers. He later accused the Danish government of lying.`,
			"112", "Otto Lind", "Danish government"},
		{"while clause",
			`Mr Otto Lind stayed in parliament, while Mr Karl Berger ran the treasury. He accused the Danish government of lying.`,
			"112", "Otto Lind", "Danish government"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if !slices.Contains(namedEvents(doc), namedEvent{tt.code, tt.source, tt.target}) {
				t.Errorf("no %s %s -> %s; events %v", tt.code, tt.source, tt.target, eventKeys(doc))
			}
		})
	}
}
