package extract

import (
	"slices"
	"testing"
)

// TestReducedRelief: cutting back relief (food, medicine, relief supplies)
// sent to someone is aid reduced (162), as cutting aid is; money a sector's
// sponsors give less of is not relief. Texts written for the test.
func TestReducedRelief(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // an event key that must be there ("" for no 162 event)
	}{
		{"The World Food Programme reduced medicine deliveries to Chad last week.", "162 org:wfp>country:TCD"},
		{"Norway has reduced food supplies to Sudan because of the fighting.", "162 country:NOR>country:SDN"},
		{"Theatres blamed higher rents and reduced funding from private donors.", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			if tt.want != "" && !slices.Contains(keys, tt.want) {
				t.Errorf("events %v, want %q", keys, tt.want)
			}
			if tt.want == "" && slices.ContainsFunc(keys, func(k string) bool { return k[:3] == "162" }) {
				t.Errorf("events %v, want no aid reduced", keys)
			}
		})
	}
}
