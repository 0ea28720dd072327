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

// TestHeInsideOwnQuoteIsNotTheSpeaker checks that a "he" inside a quote that
// goes on from an earlier sentence is not its speaker, who speaks of himself
// as "I" there, while a "he" of the clause telling who spoke after the quote
// still is. Texts written for the test.
func TestHeInsideOwnQuoteIsNotTheSpeaker(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"he inside the carried quote",
			`Mr Karl Berger said: "The talks went well. "He accused the Danish government of lying.`, false},
		{"he who says it after the quote",
			`Mr Karl Berger said: "The talks went well. "The Danish government lied to us," he said, accusing the Danish government of lying.`, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := slices.Contains(namedEvents(doc), namedEvent{"112", "Karl Berger", "Danish government"})
			if got != tt.want {
				t.Errorf("112 Karl Berger -> Danish government found %v, want %v; events %v", got, tt.want, eventKeys(doc))
			}
		})
	}
}

// TestQuotedWeGoesOn checks that a quoted "we" opening a sentence of a quote
// carried on from an earlier sentence is the speaker, as a quoted "I" is.
// Texts written for the test.
func TestQuotedWeGoesOn(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
	}{
		{"speaker after the first quote",
			`"The talks went badly," Mr Karl Berger said. "We accused the Danish government of lying.`},
		{"speaker before an open quote",
			`Mr Karl Berger said: "The talks went badly. "We accused the Danish government of lying.`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if !slices.Contains(namedEvents(doc), namedEvent{"112", "Karl Berger", "Danish government"}) {
				t.Errorf("no 112 Karl Berger -> Danish government; events %v", eventKeys(doc))
			}
		})
	}
}
