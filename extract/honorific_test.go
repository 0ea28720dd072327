package extract

import (
	"strings"
	"testing"
)

// TestHonorificSurname checks that a given name after "Mr" or "Ms" is
// taken for a surname: "Mr Graham" is not Graham Pollard, while "Sir
// Graham" is. Names written surname first still match by
// their first word when no honorific says otherwise. Sentences written for
// the test.
func TestHonorificSurname(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, name, want, not string // name: its last occurrence is resolved; want: the person id it resolves to; not: one it must not
	}{
		{"Graham Pollard, a Labour MP, spoke on Monday. Mr Graham said the plan was unfair.", "Graham", "person:graham", "person:graham-pollard"},
		// a given name after "Sir" is the knight met before
		{"Sir Graham Pollard spoke on Monday. Sir Graham said the plan was unfair.", "Graham", "person:graham-pollard", ""},
		// a surname written first, after "Mr"
		{"Khoo Wen Li, a trade negotiator, spoke on Monday. Mr Khoo said the plan was unfair.", "Khoo", "person:khoo-wen-li", ""},
		{"Opposition leader Anna Lambert spoke on Monday. Ms Lambert said the plan was unfair.", "Lambert", "person:anna-lambert", ""},
		{"Zhao Lin, a trade negotiator, spoke on Monday. Zhao said the plan was unfair.", "Zhao", "person:zhao-lin", ""},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		at := strings.LastIndex(tt.text, tt.name)
		got := ""
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				if m.Start <= at && at < m.End {
					got = e.ID
				}
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q resolves to %q, want %q\n%s", tt.text, tt.name, got, tt.want, dumpDoc(doc))
		}
		if tt.not != "" && got == tt.not {
			t.Errorf("%q: %q resolves to %q", tt.text, tt.name, tt.not)
		}
	}
}

// TestTitlePossessive checks that a name after a title's possessive is
// not that title's holder: "the chairman's Mondeo" is a thing the chairman
// owns, not a person called Mondeo. Sentences written for the test.
func TestTitlePossessive(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, notID string }{
		{"The party chairman's Mondeo estate was stolen on Monday.", "person:mondeo"},
		{"Reporters waited outside the finance minister's Ashgrove residence.", "person:ashgrove"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		for _, e := range doc.Entities {
			if e.ID == tt.notID {
				t.Errorf("%q: made %s\n%s", tt.text, e.ID, dumpDoc(doc))
			}
		}
	}
}
