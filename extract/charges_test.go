package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestFiledCharges: filing or pressing charges against someone accuses
// him of a crime (1121), as "charge X with" does; a charge not pressed is
// no accusation. Texts written for the test.
func TestFiledCharges(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // an event key that must be there ("" for no 1121 event)
	}{
		{"Turkish prosecutors filed espionage charges against the German consul in Istanbul.", "1121 org:tur-judiciary>country:DEU"},
		{"Police in Kenya pressed charges against two Ugandan diplomats last week.", "1121 org:ken-police>org:uga-government"},
		{"The actor said he would not press charges against Nigeria's police.", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			if tt.want != "" && !slices.Contains(keys, tt.want) {
				t.Errorf("events %v, want %q", keys, tt.want)
			}
			if tt.want == "" && slices.ContainsFunc(keys, func(k string) bool { return strings.HasPrefix(k, "1121 ") }) {
				t.Errorf("events %v, want no accusation", keys)
			}
		})
	}
}
