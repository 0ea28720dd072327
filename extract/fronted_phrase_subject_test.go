package extract

import (
	"slices"
	"testing"
)

// TestFrontedPhraseSubject: a "he"/"she"/"we" right after a phrase that
// opens the clause with a preposition and no comma ("In a note to her
// chairman she wrote") is the clause's subject, so a person named as the
// subject inside her quote does not become the one a later "she" stands
// for; and a quote closed by "?" before "said X" is X's, as one closed by a
// comma is. Texts written for the test.
func TestFrontedPhraseSubject(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		want   namedEvent
		notWho string
	}{
		{`Anna Berg, a former minister, left the Conservatives last week. In a note to her local chairman she wrote: "Tony Blair rather than Michael Howard should lead the country." She also sharply criticised the Conservatives over Europe.`,
			namedEvent{"110", "Anna Berg", "Conservative Party"}, "Tony Blair"},
		{`Several Colombian rebel groups met in Havana on Friday. "We welcome the ceasefire, but why did it take so long?" said Pedro Alvarez, a church leader.`,
			namedEvent{"051", "Pedro Alvarez", ""}, "Colombia"},
	} {
		t.Run(tt.want.source, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := namedEvents(doc)
			if !slices.Contains(got, tt.want) {
				t.Errorf("no %v; events %v", tt.want, got)
			}
			for _, e := range got {
				if e.cameo == tt.want.cameo && e.source == tt.notWho {
					t.Errorf("%s given to %s: %v", e.cameo, tt.notWho, got)
				}
			}
		})
	}
	// The phrase test keeps "after he quit" and "allegations that they"
	// with the clause the subordinator opens.
	for _, s := range []string{"After he quit the party", "After allegations that they"} {
		toks := tokenize(s, nil)
		for k, tk := range toks {
			if tk.lower == "he" || tk.lower == "they" {
				if afterFrontedPhrase(toks, 0, k) {
					t.Errorf("%q: %q taken as after a fronted phrase", s, tk.text)
				}
			}
		}
	}
	if toks := tokenize("In a note to her chairman she wrote", nil); !afterFrontedPhrase(toks, 0, 6) {
		t.Errorf("%q: she not after a fronted phrase", "In a note to her chairman she wrote")
	}
}
