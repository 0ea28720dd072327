package extract

import (
	"slices"
	"testing"
)

// TestQuoteGoesOnAfterOpenMark checks that a quoted "I" in a sentence that
// carries on a quote is its speaker: news text opens each new paragraph of a
// long quote with a quote mark and leaves the one before unclosed, so the
// speaker named before the first paragraph is still the one talking. The
// last case checks the other side: once a quote is closed and a new
// sentence starts with no mark, "I" has no speaker to take. Texts written
// for the test.
func TestQuoteGoesOnAfterOpenMark(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text, code, source, target string
		want                             bool
	}{
		{"said colon, next paragraph",
			`Foreign Minister Anna Varga said: "The talks went well. "I congratulate Mr Pavel Novak on his election.`,
			"051", "Anna Varga", "Pavel Novak", true},
		{"two paragraphs on",
			`Foreign Minister Anna Varga said: "The talks went well. "We will meet again soon. "I congratulate Mr Pavel Novak on his election.`,
			"051", "Anna Varga", "Pavel Novak", true},
		{"said after the quote, then an unclosed paragraph",
			`"The talks went well," Foreign Minister Anna Varga said. "We will meet again soon. "I congratulate Mr Pavel Novak on his election.`,
			"051", "Anna Varga", "Pavel Novak", true},
		{"quote closed, no speaker",
			`Foreign Minister Anna Varga said: "The talks went well." The vote was held on Sunday. I congratulate Mr Pavel Novak on his election.`,
			"051", "Anna Varga", "Pavel Novak", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := slices.Contains(namedEvents(doc), namedEvent{tt.code, tt.source, tt.target})
			if got != tt.want {
				t.Errorf("%s %s -> %s found %v, want %v; events %v", tt.code, tt.source, tt.target, got, tt.want, eventKeys(doc))
			}
		})
	}
}
