package extract

import "testing"

// TestIsPluralOf: isPluralOf(l, w) is l == nounPlural(w) for every word of
// the dictionaries' patterns and forms of it a text may hold.
func TestIsPluralOf(t *testing.T) {
	x := newTestExtractor(t)
	words := map[string]bool{"": true, "s": true, "y": true, "ay": true, "sky": true, "x": true, "million": true}
	for _, ps := range x.d.verbs {
		for _, p := range ps {
			for _, w := range p.Words {
				words[w] = true
			}
		}
	}
	for _, ps := range x.d.nouns {
		for _, p := range ps {
			for _, w := range p.Words {
				words[w] = true
			}
		}
	}
	if len(words) < 100 {
		t.Fatalf("only %d pattern words", len(words))
	}
	n := 0
	for w := range words {
		forms := []string{w, w + "s", w + "es", "a" + w + "s", w + "ss", nounPlural(w), "", "s"}
		if len(w) > 0 {
			forms = append(forms, w[:len(w)-1]+"ies", w[:len(w)-1]+"ses", w[:len(w)-1])
		}
		for _, l := range forms {
			if got, want := isPluralOf(l, w), l == nounPlural(w); got != want {
				t.Errorf("isPluralOf(%q, %q) = %v, want %v", l, w, got, want)
			}
			n++
		}
	}
	t.Logf("%d pairs of %d words", n, len(words))
}
