package extract

import "testing"

// TestSentIntoTarget: those sent, flown or moved "into" a country name the
// country the act is aimed at, over a body inside the object or the place
// where they wait; "an inquiry into" is no motion. Texts written for the test.
func TestSentIntoTarget(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // a suffix one event key must have
		not  string // a suffix no event key may have
	}{
		{"The Norwegian government sent a team of army engineers into Sweden on Monday.", ">country:SWE", ""},
		{"The Norwegian defence ministry put a battalion in Denmark on alert to fly into Sweden if needed.", ">country:SWE", ">country:DNK"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			has := func(suffix string) bool {
				for _, k := range keys {
					if len(k) >= len(suffix) && k[len(k)-len(suffix):] == suffix {
						return true
					}
				}
				return false
			}
			if !has(tt.want) {
				t.Errorf("events %v, want one like %q", keys, tt.want)
			}
			if tt.not != "" && has(tt.not) {
				t.Errorf("events %v, want none like %q", keys, tt.not)
			}
		})
	}
}
