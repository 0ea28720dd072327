package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestDemandedObjectClause: a "that" clause after the object of a demand
// ("demanded an admission by X that ...") says what is asked for, so its
// verbs are no acts of their own; the demand stays. Texts written for the
// test.
func TestDemandedObjectClause(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // event key that must be there
		not  string // code that must not be coded, whoever the pair
	}{
		{"The Lithuanian parliament has demanded a public admission by Moscow that Red Army units murdered hundreds of Lithuanian soldiers in 1941.", "100 org:ltu-parliament>country:RUS", "1823"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			if !slices.Contains(keys, tt.want) {
				t.Errorf("events %v, want %q", keys, tt.want)
			}
			if slices.ContainsFunc(keys, func(k string) bool { return strings.HasPrefix(k, tt.not+" ") }) {
				t.Errorf("events %v, do not want a %s", keys, tt.not)
			}
		})
	}
}

// TestThatAfterObject: the object phrase before "that" is eight words at
// most and has no punctuation.
func TestThatAfterObject(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"demanded an admission by Moscow that troops fired", true},
		{"demanded that troops withdraw", false}, // thatAfter's case
		{"demanded an inquiry , saying that troops fired", false},
		{"demanded a full and open and complete and honest and public inquiry that", false},
	} {
		toks := tokenize(tt.text, nil)
		if got := thatAfterObject(toks, trigger{i: 0, j: 1}); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}
