package extract

import (
	"slices"
	"testing"
)

// TestMayHaveDone: "may have" before a past participle guesses at an act
// that is reported as possibly done; it is not a plan, so a conflictual act
// stays itself and is no threat (13x). "may" alone still marks a plan, and
// so does a modal before "have" when "have" is the verb ("would have a
// blockade in place").
// Texts written for the test.
func TestMayHaveDone(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // event key (with its modality when not asserted) that must be there
	}{
		{"Russian hackers may have launched cyber attacks on Estonia's banks.", "190 country:RUS>org:est-business"},
		{"Officials said Serbian police may have arrested two Kosovo journalists.", "173 org:srb-police>org:xkx-media"},
		{"Russia may launch attacks on Estonia next year, the minister warned.", "1384 country:RUS>country:EST planned"},
		// "have" as the verb, its object a noun trigger: the modal is a plan, not a counterfactual.
		{"Turkey would have a blockade of Armenia in place by the spring.", "1381 country:TUR>country:ARM planned"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			if !slices.Contains(keys, tt.want) {
				t.Errorf("events %v, want %q", keys, tt.want)
			}
		})
	}
}
