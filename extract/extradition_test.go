package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestApprovedExtradition: a court approving someone's extradition rules
// against him (116), as "rule against" does; approving anything else (a
// budget, a merger) is no legal finding. Texts written for the test.
func TestApprovedExtradition(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // an event key that must be there ("" for no 116 event)
	}{
		{"A Spanish judge on Monday approved the extradition of former Peruvian President Alberto Fujimori.", "116 org:esp-judiciary>person:alberto-fujimori"},
		{"A British court approved the extradition of the Nigerian opposition leader Nnamdi Kalu.", "116 org:gbr-judiciary>person:nnamdi-kalu"},
		{"The Spanish parliament approved the budget of former Peruvian President Alberto Fujimori's party.", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			if tt.want != "" && !slices.Contains(keys, tt.want) {
				t.Errorf("events %v, want %q", keys, tt.want)
			}
			if tt.want == "" && slices.ContainsFunc(keys, func(k string) bool { return strings.HasPrefix(k, "116 ") }) {
				t.Errorf("events %v, want no legal finding", keys)
			}
		})
	}
}
