package extract

import (
	"testing"
)

// TestForceAbroadTarget: force with no stated target is done to the country
// of the place its clause puts it in when that is another country than the
// actor's own; a place at home, or one named in another clause, leaves the
// actor's own country. Texts written for the test.
func TestForceAbroadTarget(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // an event key that must be there
		not  string // an event key that must not be there
	}{
		{"The Norwegian army shelled a depot in Sweden and destroyed it.", ">country:SWE", ">country:NOR"},
		{"Norwegian police cracked down on Tuesday in Oslo.", "org:nor-police>country:NOR", ""},
		{"Sweden eased its curfew in Gothenburg, as Norwegian police cracked down on Tuesday.", "org:nor-police>country:NOR", "org:nor-police>country:SWE"},
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
