package extract

import (
	"testing"

	"github.com/geokg/geokg/syntax"
)

// pluralNounOf sets up a builder on the first sentence of text as the
// extractor does and asks pluralNounBefore about its first "they", once
// from a fresh sentence (the tags first) and once with the tree parsed
// beforehand. It returns both answers and whether the first one parsed.
func pluralNounOf(t *testing.T, text string) (fromTags, parsed, fromTree bool) {
	t.Helper()
	x := newTestExtractor(t)
	parses := 0
	x.parseSentence = func(words []string, tagged *syntax.Tagged) syntax.Sentence {
		parses++
		return parseWords(words, tagged)
	}
	setup := func() (*builder, []token, int) {
		b := &builder{d: x.d, dp: x.dp, parseSentence: x.parseSentence, text: text, refs: map[string]*entRef{},
			aliases: map[string]*entRef{}, ents: map[string]*Entity{}, relSeen: map[string]int{}, agrInfo: map[string]*agrInfo{}}
		s := splitSentences(tokenize(text, nil))[0]
		ms := b.mentions(s.toks, b.chunks(s.toks), true)
		mAt := make([]int, len(s.toks))
		for k, m := range ms {
			for q := m.i; q < m.j; q++ {
				mAt[q] = k + 1
			}
		}
		b.pz, b.pzToks, b.pzMAt, b.pzDone = nil, s.toks, mAt, false
		for k, tk := range s.toks {
			if tk.lower == "they" {
				return b, s.toks, k
			}
		}
		t.Fatalf("no 'they' in %q", text)
		return nil, nil, 0
	}
	b, toks, k := setup()
	fromTags = b.pluralNounBefore(toks, k)
	parsed = parses > 0
	b, toks, k = setup()
	b.tree()
	fromTree = b.pluralNounBefore(toks, k)
	return fromTags, parsed, fromTree
}

// TestPluralNounFromTags: pluralNounBefore parses the sentence only when a
// plural common noun comes before "they" with no actor or sector word
// first, and answers as the tree does either way. Sentences written for the
// test.
func TestPluralNounFromTags(t *testing.T) {
	tests := []struct {
		text         string
		want, parsed bool
	}{
		{"After a long meeting they turned down the offer.", false, false},
		{"Kenya said on Friday that they would leave.", false, false},
		{"A new law may follow if they insist.", false, false},
		{"The company stopped hiring engineers after they asked for more pay.", true, true},
		{"The engineers said they will stop work on Monday.", false, true},
	}
	for _, tt := range tests {
		got, parsed, tree := pluralNounOf(t, tt.text)
		if got != tree {
			t.Errorf("%q: %v from the tags, %v from the tree", tt.text, got, tree)
		}
		if got != tt.want || parsed != tt.parsed {
			t.Errorf("%q: pluralNounBefore %v (parsed %v), want %v (parsed %v)", tt.text, got, parsed, tt.want, tt.parsed)
		}
	}
}
