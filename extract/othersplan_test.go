package extract

import (
	"strings"
	"testing"
)

// TestOthersPlanNoun: the act after a bare "plans to" that is the object of
// a verb or a preposition is someone else's plan, not the subject's intent;
// the subject's own plans ("X plans to", "X announced plans to", "X has
// plans to") stay its intent. Texts written for the test.
func TestOthersPlanNoun(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		code string // the planned act's code
		want bool   // whether the subject's planned act is there
	}{
		{"Senator Ruiz defended plans to impose sanctions on Peru.", "1312", false},
		{"Chile pointed to regional plans to send aid to Peru.", "033", false},
		{"Chile announced plans to send aid to Peru.", "033", true},
		{"Chile plans to impose sanctions on Peru.", "1312", true},
		{"Chile has plans to impose sanctions on Peru.", "1312", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			found := false
			for _, k := range keys {
				found = found || strings.HasPrefix(k, tt.code+" ")
			}
			if found != tt.want {
				t.Errorf("events %v, want %s: %v", keys, tt.code, tt.want)
			}
		})
	}
}
