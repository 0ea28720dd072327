package extract

import (
	"strings"
	"testing"
)

// TestRegionLeadersNotSoleCountry: at the start of a sentence, "Asian
// ministers" or "World leaders" are no body of the one country the sentence
// or article names; plain "Officials" still are. Texts written for the test.
func TestRegionLeadersNotSoleCountry(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		selfGov bool // whether Peru's government is made the source
	}{
		{"Peru hosted a summit on Monday. Western diplomats condemned Peru over the vote.", false},
		{"Peru hosted a summit on Monday. World leaders criticised Peru for the delay.", false},
		{"Peru hosted a summit on Monday. Officials condemned the rebels for the attack.", true},
		{"Peru hosted a summit on Monday. Senior officials accused the rebels of the attack.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, k := range eventKeys(doc) {
				if strings.Contains(k, "per-government") {
					got = true
				}
			}
			if got != tt.selfGov {
				t.Errorf("events %v, want Peru's government as source: %v", eventKeys(doc), tt.selfGov)
			}
		})
	}
}
