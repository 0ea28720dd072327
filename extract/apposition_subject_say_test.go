package extract

import (
	"slices"
	"testing"
)

// TestAppositionSubjectBeforeSay checks that a name with its title set off
// by commas before a verb of saying that takes its own "that" clause
// ("Ms Vance, Minister of Trade, told the radio that ...") is the speaker
// and the subject a later "he"/"she" goes back to, not a report told before
// a trailing "..., told X". Texts written for the test.
func TestAppositionSubjectBeforeSay(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text, code, source, target string
	}{
		{"title without article, told ... that",
			`Mr Harald Krebs, Leader of the Senate, told a radio station that Mr Otto Lind's budget was putting the farmers at risk. He then accused the Danish government of lying.`,
			"112", "Harald Krebs", "Danish government"},
		{"title without article, said that",
			`Mr Harald Krebs, Leader of the Senate, said that Mr Otto Lind's plan would ruin the farmers. He then accused the Danish government of lying.`,
			"112", "Harald Krebs", "Danish government"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if !slices.Contains(namedEvents(doc), namedEvent{tt.code, tt.source, tt.target}) {
				t.Errorf("no %s %s -> %s; events %v", tt.code, tt.source, tt.target, eventKeys(doc))
			}
		})
	}
}
