package extract

import (
	"slices"
	"testing"
)

// TestClosingSpeakerPronoun checks the "he" or "she" who closes a report
// told before it (", he demanded.", '," she demanded.'): a person named as
// the subject inside that report is whom it speaks of, not the speaker, so
// the pronoun goes back to the one who spoke before. Texts written for the
// test.
func TestClosingSpeakerPronoun(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text, code, source, wrong string
	}{
		{"question told without quote marks",
			`Opposition leader Karl Berger attacked the budget in parliament. Why will the prime minister, Otto Lind, not simply accept the offer to delay the vote, he demanded.`,
			"100", "Karl Berger", "Otto Lind"},
		{"name inside a closed quote",
			`Farmers' leader Ines Haugen attacked the new levy in Tromso. "Minister Rolf Dahl must accept the offer to delay the vote," she demanded.`,
			"100", "Ines Haugen", "Rolf Dahl"},
		{"name in an indirect report",
			`Opposition leader Karl Berger attacked the budget in Bergen. Otto Lind should accept the offer to delay the vote, he demanded.`,
			"100", "Karl Berger", "Otto Lind"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			evs := namedEvents(doc)
			if !slices.ContainsFunc(evs, func(e namedEvent) bool { return e.cameo == tt.code && e.source == tt.source }) {
				t.Errorf("no %s by %s; events %v", tt.code, tt.source, eventKeys(doc))
			}
			if slices.ContainsFunc(evs, func(e namedEvent) bool { return e.cameo == tt.code && e.source == tt.wrong }) {
				t.Errorf("%s given to %s; events %v", tt.code, tt.wrong, eventKeys(doc))
			}
		})
	}
}

// TestClosingPronounClause checks which clauses open with a closing
// speaker pronoun: right after a comma or quote mark and before a verb of
// saying, not later in the clause nor before another verb.
func TestClosingPronounClause(t *testing.T) {
	for _, tt := range []struct {
		words []string
		want  bool
	}{
		{[]string{",", "he", "demanded", "."}, true},
		{[]string{",", "\"", "she", "said", "."}, true},
		{[]string{",", "confirmed", "she", "would", "go", "."}, false},
		{[]string{",", "he", "scored", "twice", "."}, false},
		{[]string{"he", "said", "."}, false},
	} {
		toks := make([]token, len(tt.words))
		for i, w := range tt.words {
			toks[i] = token{text: w, lower: w, word: w != "," && w != "." && w != "\""}
		}
		w := "he"
		if slices.Contains(tt.words, "she") {
			w = "she"
		}
		if got := closingPronoun(toks, clause{start: 0, end: len(toks)}, w); got != tt.want {
			t.Errorf("%v: closingPronoun = %v, want %v", tt.words, got, tt.want)
		}
	}
}
