package extract

import (
	"slices"
	"testing"
)

// TestPersonWordAlias checks that a nameless person or group named by a
// person word ("a 60-year-old man") keeps its whole phrase as an alias:
// the bare word says less of whom the text means than the phrase does.
func TestPersonWordAlias(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text, id, alias string
	}{
		{"Authorities in Chile deported a 60-year-old man on Thursday.", "group:man", "a 60-year-old man"},
		{"A court in Peru ordered the arrest of one of two men accused of smuggling.", "group:men", "one of two men"},
		// People a plural title names with no country ("30 MPs") keep
		// their whole phrase too: the bare title word names nobody.
		{"Mendes turned down a petition from 30 MPs on Tuesday.", "group:mps", "30 MPs"},
		{"Okafor criticised 40 MEPs over the delay.", "group:meps", "40 MEPs"},
	}
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		var got []string
		found := false
		for _, e := range doc.Entities {
			if e.ID == tt.id {
				found, got = true, e.Aliases
			}
		}
		if !found {
			t.Errorf("%q: no entity %s", tt.text, tt.id)
			continue
		}
		if !slices.Contains(got, tt.alias) {
			t.Errorf("%q: %s aliases %q, want %q among them", tt.text, tt.id, got, tt.alias)
		}
	}
}

// TestBareNounAfter reads the object a tagger hung on an adverb as a bare
// oblique ("freed 12 prisoners late on Monday"), and only right after the
// pattern.
func TestBareNounAfter(t *testing.T) {
	tests := []struct {
		name, spec string
		v, from    int
		want       int
	}{
		{"oblique of the adverb after it", "Norway/PROPN/2/nsubj freed/VERB/0/root 12/NUM/4/nummod prisoners/NOUN/5/obl:unmarked late/ADV/2/advmod on/ADP/7/case Monday/PROPN/2/obl", 1, 2, 3},
		{"oblique of the verb", "Norway/PROPN/2/nsubj freed/VERB/0/root prisoners/NOUN/2/obl:unmarked ./PUNCT/2/punct", 1, 2, 2},
		{"a real object is objectOf's", "Norway/PROPN/2/nsubj freed/VERB/0/root prisoners/NOUN/2/obj", 1, 2, -1},
		{"not right after the pattern", "Norway/PROPN/2/nsubj freed/VERB/0/root on/ADP/4/case Monday/PROPN/2/obl prisoners/NOUN/2/obl:unmarked", 1, 2, -1},
		{"marked by a preposition", "Norway/PROPN/2/nsubj freed/VERB/0/root at/ADP/4/case home/NOUN/2/obl:unmarked", 1, 2, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newParse(tree(t, tt.spec))
			if got := p.bareNounAfter(tt.v, tt.from); got != tt.want {
				t.Errorf("bareNounAfter = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestObjectControlPassive: the one wanted "to be returned" is the one
// returned, not its doer.
func TestObjectControlPassive(t *testing.T) {
	p := newParse(tree(t, "Norway/PROPN/2/nsubj wants/VERB/0/root Sweden/PROPN/2/obj to/PART/6/mark be/AUX/6/aux:pass returned/VERB/2/xcomp"))
	s, pass, ok := p.subjectOf(5)
	if !ok || s != 2 || !pass {
		t.Errorf("subjectOf = %d passive %v ok %v, want 2 true true", s, pass, ok)
	}
	// The active one keeps its doer: "urged Sweden to withdraw".
	p = newParse(tree(t, "Norway/PROPN/2/nsubj urged/VERB/0/root Sweden/PROPN/2/obj to/PART/5/mark withdraw/VERB/2/xcomp"))
	if s, pass, ok := p.subjectOf(4); !ok || s != 2 || pass {
		t.Errorf("subjectOf = %d passive %v ok %v, want 2 false true", s, pass, ok)
	}
}
