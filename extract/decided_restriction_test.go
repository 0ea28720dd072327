package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestDecidedRestriction: a restriction someone "decided to" impose is
// imposed by that decision (172x, asserted), as an easing decided on is a
// concession made; it is no threat (1322, 1323). A restriction only announced
// ("will ban") stays a threat. Texts written for the test.
func TestDecidedRestriction(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		want   string // event key that must be there (modality after a space when not asserted)
		banned string // event key prefix that must not be there
	}{
		{"The Kenyan government decided to impose a curfew in Nairobi.", "1723 org:ken-government>country:KEN", "1323 "},
		{"The Chilean government has decided to ban the opposition party.", "1722 org:chl-government>country:CHL", "1322 "},
		{"The Chilean government will ban the opposition party.", "1322 org:chl-government> planned", "1722 "},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			for _, k := range keys {
				if strings.HasPrefix(k, tt.banned) {
					t.Errorf("events %v: unwanted %q", keys, k)
				}
			}
			if !slices.Contains(keys, tt.want) {
				t.Errorf("events %v, want %q", keys, tt.want)
			}
		})
	}
}
