package extract

import (
	"slices"
	"testing"
)

// TestQuotedWe checks that a quoted "we" whose speaker, a person, is named
// after the quote ('"We have ...," said X') is that speaker, not the last
// subject of the sentences before; and that "their" before an act noun in
// a phrase after the verb's object stands for that object ("warned X about
// their attacks"). Texts written for the test.
func TestQuotedWe(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source, target string
	}{
		{`Egypt hosted the talks in May. "Twice this year we warned the Israeli government about their attacks on Al Jazeera," said Anna Berg of Amnesty International.`, "010", "Anna Berg", "Israeli government"},
		{`Egypt hosted the talks in May. "Twice this year we warned the Israeli government about their attacks on Al Jazeera," said Anna Berg of Amnesty International.`, "180", "Israeli government", "Al Jazeera"},
		// "we" far from the act: the "I" after it is the one who acts.
		{`"As we mourn the victims, I urge the Kenyan government to act," Anna Berg said.`, "020", "Anna Berg", "Kenyan government"},
	} {
		t.Run(tt.text+" "+tt.code, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if !slices.Contains(namedEvents(doc), namedEvent{tt.code, tt.source, tt.target}) {
				t.Errorf("no %s %s -> %s; events %v", tt.code, tt.source, tt.target, eventKeys(doc))
			}
		})
	}
}
