package extract

import (
	"slices"
	"testing"
)

// TestObjectPronounPreviousSentence checks that "him" or "her" as the
// object of an act, with no person named before the verb in its sentence,
// is the person the text was last about (of the pronoun's sex), not an actor
// in the "of" phrase after it. Texts written for the test.
func TestObjectPronounPreviousSentence(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text, code, source, target string
	}{
		{"relative clause after a passive",
			`Mr Anders Holm was speaking to farmers in Devon on Friday. His remark was attacked by the Liberal Democrats, who accused him of insulting Welsh voters.`,
			"112", "Liberal Democrats", "Anders Holm"},
		{"main clause",
			`Mrs Karin Lund said the figures were wrong. But the Liberal Democrats accused her of misleading the public.`,
			"112", "Liberal Democrats", "Karin Lund"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if !slices.Contains(namedEvents(doc), namedEvent{tt.code, tt.source, tt.target}) {
				t.Errorf("no %s %s -> %s; events %v", tt.code, tt.source, tt.target, eventKeys(doc))
			}
		})
	}
}
