package extract

import (
	"slices"
	"testing"
)

// TestDealBetween: "a deal between X and Y" names both parties of an
// agreement, as "an agreement between X and Y" does (057 both ways); with
// no party named after "between" the clause's actors are none of them.
// Texts written for the test.
func TestDealBetween(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, source, target string
	}{
		{"Analysts said the deal between Siemens and Unilever would cut costs.", "Siemens", "Unilever"},
		{"Analysts said the deal between Siemens and Unilever would cut costs.", "Unilever", "Siemens"},
		{"Maersk welcomed a new supply deal between the two ports.", "", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := namedEvents(doc)
			if tt.source == "" {
				for _, e := range got {
					if e.cameo == "057" {
						t.Errorf("unwanted event %s %s -> %s", e.cameo, e.source, e.target)
					}
				}
				return
			}
			if !slices.Contains(got, namedEvent{"057", tt.source, tt.target}) {
				t.Errorf("no 057 %s -> %s; events %v", tt.source, tt.target, eventKeys(doc))
			}
		})
	}
}
