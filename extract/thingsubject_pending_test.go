package extract

import (
	"testing"

	"github.com/geokg/geokg/syntax"
)

// clauseSubjectsOf sets up a builder on the first sentence of text as the
// extractor does and finds the subject of each clause, from a fresh
// sentence or, with parsedFirst, with the tree parsed beforehand (then
// thingSubjectBefore answers at once, as it did before "it" could wait).
// It returns the subjects' ids ("-" for none) and the number of parses.
func clauseSubjectsOf(t *testing.T, text string, parsedFirst bool) ([]string, int) {
	t.Helper()
	x := newTestExtractor(t)
	parses := 0
	b := &builder{d: x.d, dp: x.dp, text: text, refs: map[string]*entRef{},
		aliases: map[string]*entRef{}, ents: map[string]*Entity{}, relSeen: map[string]int{}, agrInfo: map[string]*agrInfo{}}
	b.parseSentence = func(words []string, tagged *syntax.Tagged) syntax.Sentence {
		parses++
		return parseWords(words, tagged)
	}
	toks := splitSentences(tokenize(text, nil))[0].toks
	ms := b.mentions(toks, b.chunks(toks), true)
	mAt := make([]int, len(toks))
	for k, m := range ms {
		for q := m.i; q < m.j; q++ {
			mAt[q] = k + 1
		}
	}
	b.pz, b.pzToks, b.pzMAt, b.pzDone = nil, toks, mAt, false
	if parsedFirst {
		b.tree()
	}
	cls, clOf := b.clauses(toks, ms)
	trigs := b.triggers(toks, ms, mAt, clOf)
	var out []string
	for c := range cls {
		b.findSubject(toks, ms, cls, c, trigs)
		id := "-"
		for _, r := range cls[c].subject {
			id = r.ID
		}
		out = append(out, id)
	}
	return out, parses
}

// TestThingSubjectPending: a "they" or "it" no earlier subject fits waits
// for a word that could give the clause a subject before pluralNounBefore
// or thingSubjectBefore is asked, so that a clause with none is not parsed;
// the subjects are those found with the tree at hand. Sentences written
// for the test.
func TestThingSubjectPending(t *testing.T) {
	tests := []struct {
		text   string
		parses int // from a fresh sentence
	}{
		{"The proposal was dropped because it cost too much.", 0},
		{"Their offer looked weak, so it was withdrawn.", 0},
		{"The shops closed their doors because they lost customers.", 0},
		// A second such pronoun waits with the first.
		{"Our tender looked weak, so when it came in it was dropped.", 0},
		// An earlier subject fits "it": asked at once.
		{"Germany said the plan failed because it angered France.", 1},
		// A name after "it" in its clause: asked before the name.
		{"The report was late when it and Kenya rejected the offer.", 1},
	}
	for _, tt := range tests {
		got, parses := clauseSubjectsOf(t, tt.text, false)
		want, _ := clauseSubjectsOf(t, tt.text, true)
		if len(got) != len(want) {
			t.Fatalf("%q: %d clauses, %d with the tree first", tt.text, len(got), len(want))
		}
		for c := range got {
			if got[c] != want[c] {
				t.Errorf("%q: clause %d subject %s, %s with the tree first", tt.text, c, got[c], want[c])
			}
		}
		if parses != tt.parses {
			t.Errorf("%q: %d parses, want %d (subjects %v)", tt.text, parses, tt.parses, got)
		}
	}
}
