package extract

import (
	"slices"
	"testing"
)

// TestSubordinateTreeSubject: a clause opened by "after" (or another
// subordinator) has a subject of its own even when no rule names it as an
// actor; a tree that joins its verb to the main verb must not lend it the
// main clause's subject. A participle clause ("after accusing ...") has
// none and keeps the main subject. Texts written for the test.
func TestSubordinateTreeSubject(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // an event key that must be there ("" for none)
		not  string // an event key that must not be there ("" for none)
	}{
		{"Kenyan police stayed on high alert in Nairobi after masked raiders tried to storm a jail near the border.", "", "190 org:ken-police>country:KEN"},
		{"Kenya accused Somalia of aggression after accusing it of arming militias.", "112 country:KEN>country:SOM", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			keys := eventKeys(x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text))
			if tt.want != "" && !slices.Contains(keys, tt.want) {
				t.Errorf("events %v, want %s", keys, tt.want)
			}
			if tt.not != "" && slices.Contains(keys, tt.not) {
				t.Errorf("events %v, want no %s", keys, tt.not)
			}
		})
	}
}
