package extract

import (
	"slices"
	"testing"
)

// TestObligedListsAndNouns (modal93): "needed to" is an obligation like
// "needs to"; it governs a list of verbs after it, and an act noun given
// by a light or giving verb after "need to" is required, not intended.
// The same acts done stay events. Texts written for the test.
func TestObligedListsAndNouns(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"needed to governs the list",
			"A report by the central bank said Kenya needed to ease restrictions on imports, reform its courts and cut duties.",
			nil},
		{"a required approval is no intent",
			"The two boards have signed off on the merger, but Brazilian regulators will still need to give their approval.",
			nil},
		{"the list done stays",
			"Kenya eased restrictions on imports, reformed its courts and cut duties.",
			[]string{"081 country:KEN>", "085 country:KEN>"}},
		{"an approval given stays",
			"Brazilian regulators gave their approval to the merger on Tuesday.",
			[]string{"057 org:bra-government>"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
