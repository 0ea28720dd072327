package extract

import (
	"strconv"
	"strings"
	"testing"

	"github.com/geokg/geokg/syntax"
)

// tree builds a sentence from "form/UPOS/head/deprel" words (heads
// 1-based, 0 the root), as a parser would give it: the tests of the rules
// that read trees must not depend on a model's mistakes.
func tree(t testing.TB, spec string) syntax.Sentence {
	t.Helper()
	var s syntax.Sentence
	for i, w := range strings.Fields(spec) {
		f := strings.Split(w, "/")
		if len(f) != 4 {
			t.Fatalf("bad word %q", w)
		}
		h, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatalf("bad head in %q", w)
		}
		xpos := ""
		if f[1] == "VERB" && strings.HasSuffix(f[0], "ed") {
			xpos = "VBN"
		}
		s.Tokens = append(s.Tokens, syntax.Token{ID: i + 1, Form: f[0], Lemma: strings.ToLower(f[0]), UPOS: f[1], XPOS: xpos, Head: h, Deprel: f[3]})
	}
	return s
}

func TestParseReading(t *testing.T) {
	tests := []struct {
		name, spec string
		word       int // 0-based word whose arguments are read
		subj, obj  int // 0-based; -1 none
		passive    bool
	}{
		{"active", "Norway/PROPN/2/nsubj shelled/VERB/0/root Sweden/PROPN/2/obj ./PUNCT/2/punct", 1, 0, 2, false},
		{"passive with agent", "Sweden/PROPN/3/nsubj:pass was/AUX/3/aux:pass shelled/VERB/0/root by/ADP/5/case Norway/PROPN/3/obl ./PUNCT/3/punct", 2, 0, -1, true},
		{"conjoined verb shares the subject", "Norway/PROPN/2/nsubj met/VERB/0/root Sweden/PROPN/2/obj and/CCONJ/5/cc signed/VERB/2/conj deals/NOUN/5/obj", 4, 0, 5, false},
		{"object control", "Norway/PROPN/2/nsubj urged/VERB/0/root Sweden/PROPN/2/obj to/PART/5/mark withdraw/VERB/2/xcomp", 4, 2, -1, false},
		{"relative clause", "Norway/PROPN/5/nsubj ,/PUNCT/3/punct which/PRON/4/nsubj shelled/VERB/1/acl:relcl Sweden/PROPN/4/obj ./PUNCT/1/punct", 3, 0, 4, false},
		{"aimed preposition", "Norway/PROPN/2/nsubj fired/VERB/0/root on/ADP/4/case Sweden/PROPN/2/obl", 1, 0, 3, false},
		{"adverbial clause", "Norway/PROPN/2/nsubj left/VERB/0/root after/SCONJ/5/mark Sweden/PROPN/5/nsubj attacked/VERB/2/advcl", 4, 3, -1, false},
		{"reported speech is main", "Norway/PROPN/2/nsubj said/VERB/0/root Sweden/PROPN/4/nsubj attacked/VERB/2/ccomp Denmark/PROPN/4/obj", 3, 2, 4, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newParse(tree(t, tt.spec))
			if p == nil {
				t.Fatal("tree rejected")
			}
			s, pass, ok := p.subjectOf(tt.word)
			if !ok {
				s = -1
			}
			if s != tt.subj || pass != tt.passive {
				t.Errorf("subject %d passive %v, want %d %v", s, pass, tt.subj, tt.passive)
			}
			o, ok := p.objectOf(tt.word)
			if !ok {
				o = -1
			}
			if o != tt.obj {
				t.Errorf("object %d, want %d", o, tt.obj)
			}
			if a, ok := p.agentOf(tt.word); tt.passive && (!ok || a != 4) {
				t.Errorf("agent %d %v, want 4", a, ok)
			}
		})
	}
}

func TestNounArgs(t *testing.T) {
	// "the invasion of Sweden by Norway"
	p := newParse(tree(t, "the/DET/2/det invasion/NOUN/0/root of/ADP/4/case Sweden/PROPN/2/nmod by/ADP/6/case Norway/PROPN/2/nmod"))
	if s, o := p.nounArgs(1); s != 5 || o != 3 {
		t.Errorf("source %d target %d, want 5 3", s, o)
	}
	// "Norway's invasion of Sweden"
	p = newParse(tree(t, "Norway/PROPN/3/nmod:poss 's/PART/1/case invasion/NOUN/0/root of/ADP/5/case Sweden/PROPN/3/nmod"))
	if s, o := p.nounArgs(2); s != 0 || o != 4 {
		t.Errorf("source %d target %d, want 0 4", s, o)
	}
}

func TestNewParseRejectsBadTrees(t *testing.T) {
	for _, spec := range []string{"", "a/X/1/root", "a/X/0/root b/X/7/dep"} {
		if p := newParse(tree(t, spec)); p != nil {
			t.Errorf("%q: accepted", spec)
		}
	}
}

// TestTreeRoles runs whole extractions with a hand-built tree in place of the
// parser's: the source and target come from the tree where the word rules
// alone find no subject.
func TestTreeRoles(t *testing.T) {
	x := newTestExtractor(t)
	text := "But back in Oslo, former prime minister Kari Lund blamed Sweden for the crisis."
	spec := "But/CCONJ/11/cc back/ADV/11/advmod in/ADP/4/case Oslo/PROPN/2/obl ,/PUNCT/11/punct former/ADJ/9/amod prime/ADJ/8/amod minister/NOUN/9/compound " +
		"Kari/PROPN/11/nsubj Lund/PROPN/9/flat blamed/VERB/0/root Sweden/PROPN/11/obj for/ADP/15/case the/DET/15/det crisis/NOUN/11/obl ./PUNCT/11/punct"
	hand := tree(t, spec)
	x.parseSentence = func(words []string, _ *syntax.Tagged) syntax.Sentence {
		if len(words) == len(hand.Tokens) {
			return hand
		}
		return syntax.ParseTokens(words)
	}
	doc := x.extract(Article{ID: "t"}, text)
	found := false
	for _, e := range doc.Events {
		if strings.HasPrefix(e.Cameo, "11") && e.Source == "person:kari-lund" && e.Target == "country:SWE" && e.Clause == ClauseMain {
			found = true
		}
	}
	if !found {
		t.Errorf("no 11 event Kari Lund > Sweden from the tree:\n%s", dumpDoc(doc))
	}
	// Without the tree, the word rules find no subject here: the tree is
	// what made the event.
	x.parseSentence = nil
	for _, e := range x.extract(Article{ID: "t"}, text).Events {
		if strings.HasPrefix(e.Cameo, "11") && e.Source == "person:kari-lund" {
			t.Log("the word rules now find this subject too; pick a harder case for this test")
		}
	}
}

func TestGoverningVerb(t *testing.T) {
	// "Norway expressed its rejection and condemnation of the plan"
	p := newParse(tree(t, "Norway/PROPN/2/nsubj expressed/VERB/0/root its/PRON/4/nmod:poss rejection/NOUN/2/obj and/CCONJ/6/cc condemnation/NOUN/4/conj"))
	for _, n := range []int{3, 5} {
		if h := p.governingVerb(n); h != 1 {
			t.Errorf("word %d: governing verb %d, want 1", n, h)
		}
	}
	if h := p.governingVerb(0); h != -1 {
		t.Errorf("subject has governing verb %d", h)
	}
}

// TestObjectFromPattern reads the object of a verb whose pattern ends in its
// own noun (trees built for the test): the noun inside the pattern is no
// target; its "of" phrase after the pattern is.
func TestObjectFromPattern(t *testing.T) {
	tests := []struct {
		name, spec string
		from, obj  int // from: first word after the pattern; obj -1 for none
	}{
		{"of phrase of the pattern's noun", "Norway/PROPN/2/nsubj yielded/VERB/0/root to/ADP/5/case the/DET/5/det demands/NOUN/2/obl of/ADP/7/case Sweden/PROPN/5/nmod", 5, 6},
		{"pattern noun alone is no object", "Norway/PROPN/2/nsubj yielded/VERB/0/root to/ADP/5/case the/DET/5/det demands/NOUN/2/obl ./PUNCT/2/punct", 5, -1},
		{"aimed oblique after the pattern", "Norway/PROPN/2/nsubj fired/VERB/0/root on/ADP/4/case Sweden/PROPN/2/obl", 2, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newParse(tree(t, tt.spec))
			o, ok := p.objectFrom(1, tt.from)
			if !ok {
				o = -1
			}
			if o != tt.obj {
				t.Errorf("object %d, want %d", o, tt.obj)
			}
		})
	}
}
