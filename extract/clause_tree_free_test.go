package extract

import (
	"testing"

	"github.com/geokg/geokg/syntax"
)

// TestClauseLabelWithoutTree checks that an event's main/background label
// is the same whether the sentence's tree is there or not: with the parser,
// without it, and with a tree that hangs every verb on a noun root (the
// small parser's usual mistake in "X has warned" sentences). The label is
// the word rules'. Sentences written for the test.
func TestClauseLabelWithoutTree(t *testing.T) {
	cases := []struct {
		text, trigger, want string
	}{
		{"Fish exports may shrink next year, the Norwegian government has warned.", "warned", ClauseMain},
		{"Norway expelled two Swedish diplomats on Monday.", "expelled two Swedish diplomats", ClauseMain},
		{"Ferry talks resumed after Norway expelled two Swedish diplomats.", "expelled two Swedish diplomats", ClauseBackground},
		{"Denmark praised the fishing treaty, which Norway signed with Iceland in May.", "signed", ClauseBackground},
	}
	nounRoot := func(words []string, _ *syntax.Tagged) syntax.Sentence {
		var s syntax.Sentence
		for i, w := range words {
			tok := syntax.Token{ID: i + 1, Form: w, UPOS: "VERB", Head: 1, Deprel: "acl"}
			if i == 0 {
				tok.UPOS, tok.Head, tok.Deprel = "NOUN", 0, "root"
			}
			s.Tokens = append(s.Tokens, tok)
		}
		return s
	}
	setups := []struct {
		name  string
		parse func([]string, *syntax.Tagged) syntax.Sentence
		keep  bool // keep the extractor's own parser
	}{
		{"parser", nil, true},
		{"no parser", nil, false},
		{"noun-root tree", nounRoot, false},
	}
	for _, st := range setups {
		x := newTestExtractor(t)
		if !st.keep {
			x.parseSentence = st.parse
		}
		for _, tt := range cases {
			doc := x.extract(Article{ID: "t"}, tt.text)
			e := lastOnTrigger(doc, tt.trigger)
			if e == nil {
				t.Errorf("%s: %q: no event on %q\n%s", st.name, tt.text, tt.trigger, dumpDoc(doc))
				continue
			}
			if e.Clause != tt.want {
				t.Errorf("%s: %q: %q told as %s, want %s", st.name, tt.text, tt.trigger, e.Clause, tt.want)
			}
		}
	}
}
