package extract

import (
	"testing"
)

// TestOfChain checks when an actor far after a verb ends the noun phrase
// the verb governs through "of" phrases, on phrases written for the test:
// the first word is the verb, the actor is the last word.
func TestOfChain(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"opened an inquiry into the sudden loss last winter of the town treasurer Hansen", true},
		{"began a review of the handling of funds by the agency of Norway", false},                                               // "by" names an agent
		{"began a review of the deal , which pleased the king of Norway", false},                                                 // a clause of its own
		{"began a review of the deal and praised the king of Norway", false},                                                     // a second verb
		{"signed an accord with a firm for repairs to the ships of Norway", false},                                               // a partner and a purpose
		{"opened an inquiry into the loss of money in the far northern town Tromso", false},                                      // no "of" before it
		{"opened an inquiry into the sudden loss in the winter of the spring season of the year of the treasurer Hansen", false}, // too far
	} {
		toks := tokenize(tt.text, nil)
		if got := ofChain(toks, 1, len(toks)-1); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
}
