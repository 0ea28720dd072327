package extract

import (
	"strings"
	"testing"
)

// clauseTexts splits the first sentence of text into clauses as the
// extractor does and returns each clause's words.
func clauseTexts(t *testing.T, text string) []string {
	t.Helper()
	x := newTestExtractor(t)
	b := &builder{d: x.d, dp: x.dp, parseSentence: x.parseSentence, text: text, refs: map[string]*entRef{},
		aliases: map[string]*entRef{}, ents: map[string]*Entity{}, relSeen: map[string]int{}, agrInfo: map[string]*agrInfo{}}
	toks := tokenize(text, nil)
	s := splitSentences(toks)[0]
	ms := b.mentions(s.toks, b.chunks(s.toks), true)
	mAt := make([]int, len(s.toks))
	for k, m := range ms {
		for q := m.i; q < m.j; q++ {
			mAt[q] = k + 1
		}
	}
	b.pz, b.pzToks, b.pzMAt, b.pzDone = nil, s.toks, mAt, false
	cls, _ := b.clauses(s.toks, ms)
	var out []string
	for _, c := range cls {
		out = append(out, spanText(s.toks, c.start, c.end))
	}
	return out
}

// TestSaidThing: a verb of saying whose object is a noun phrase ("announced
// the closure of ...") opens no reported clause; one followed by a clause
// does. Texts written for the test.
func TestSaidThing(t *testing.T) {
	tests := []struct {
		text  string
		split bool
	}{
		{"Kenya on Tuesday announced the closure of its consulate in Mogadishu.", false},
		{"Peru confirmed the suspension of its flights to Bolivia.", false},
		{"Kenya on Tuesday announced the consulate would close within a week.", true},
		{"Peru said the army will leave the border area.", true},
		{"The minister said the plan aimed to cut costs.", true},
		{"The envoy told the committee the talks had failed.", true},
	}
	for _, tt := range tests {
		got := clauseTexts(t, tt.text)
		if split := len(got) > 1; split != tt.split {
			t.Errorf("%q: split %v, want %v: %q", tt.text, split, tt.split, strings.Join(got, " | "))
		}
	}
}

// TestFrontedAs: a sentence opening with "As" and an actor is a fronted
// clause that ends at its comma; the main clause has a subject of its own.
// Texts written for the test.
func TestFrontedAs(t *testing.T) {
	checkSources(t, []sourceCase{
		{"As President Lula opened the conference, Argentine President Milei criticized Brazil.", "criticized", "person:milei"},
	})
}
