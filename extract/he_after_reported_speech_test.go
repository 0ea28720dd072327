package extract

import (
	"slices"
	"testing"
)

// TestHeAfterReportedSpeech checks whom "he" or "she" stands for after a
// sentence "X said Y did ...": outside a quotation the speaker X; inside one
// (the speaker is "I" there) still the person spoken of; and that an office
// after "as" with no article ("As trade minister he ...") is a role of the
// pronoun, not a mention of that office's holder. Texts written for the test.
func TestHeAfterReportedSpeech(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text, code, source, target string
	}{
		{"speaker outside quotes",
			`Opposition leader Karl Berger said finance minister Otto Lind had hidden the deficit. He accused the Danish government of lying.`,
			"112", "Karl Berger", "Danish government"},
		{"person spoken of inside quotes",
			`Prime Minister Karl Berger said: "Otto Lind has been a loyal colleague for many years. "He has accused the Danish government of lying and I am glad he did."`,
			"112", "Otto Lind", "Danish government"},
		{"office after as",
			`Prime Minister Karl Berger praised the farmers. Mr Otto Lind held several posts. As trade minister he accused the Danish government of lying.`,
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
