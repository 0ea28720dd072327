package extract

import (
	"strings"
	"testing"
)

// keyCase is a text with an event key suffix that must be there and one
// that must not ("" for none).
type keyCase struct {
	text string
	want string // a suffix one event key must have
	not  string // a suffix no event key may have
}

// checkKeySuffixes extracts each case's text and checks its event keys.
func checkKeySuffixes(t *testing.T, cases []keyCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, tt := range cases {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			has := func(suffix string) bool {
				for _, k := range keys {
					if strings.HasSuffix(k, suffix) {
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

// TestForceAbroadTarget: force with no stated target is done to the country
// of the place its clause puts it in when that is another country than the
// actor's own; a place at home, or one named in another clause, leaves the
// actor's own country. Texts written for the test.
func TestForceAbroadTarget(t *testing.T) {
	checkKeySuffixes(t, []keyCase{
		{"The Norwegian army shelled a depot in Sweden and destroyed it.", ">country:SWE", ">country:NOR"},
		{"Norwegian police cracked down on Tuesday in Oslo.", "org:nor-police>country:NOR", ""},
		{"Sweden eased its curfew in Gothenburg, as Norwegian police cracked down on Tuesday.", "org:nor-police>country:NOR", "org:nor-police>country:SWE"},
	})
}

// TestSentIntoTarget: those sent, flown or moved "into" a country name the
// country the act is aimed at, over a body inside the object or the place
// where they wait; "an inquiry into" is no motion. Texts written for the test.
func TestSentIntoTarget(t *testing.T) {
	checkKeySuffixes(t, []keyCase{
		{"The Norwegian government sent a team of army engineers into Sweden on Monday.", ">country:SWE", ""},
		{"The Norwegian defence ministry put a battalion in Denmark on alert to fly into Sweden if needed.", ">country:SWE", ">country:DNK"},
	})
}
