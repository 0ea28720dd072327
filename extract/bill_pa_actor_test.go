package extract

import (
	"strings"
	"testing"
)

// TestBillAndPAActors: a measure numbered after its chamber ("Senate Bill
// 12") is no actor, so the chamber that votes on it keeps the act; "the PA"
// is the Palestinian Authority. Texts written for the test.
func TestBillAndPAActors(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // a substring of one event key
	}{
		// A numbered measure named after its chamber is not the chamber.
		{"The Idaho Senate rejected Senate Bill 1182 by a wide margin.", "120 org:usa-parliament>"},
		{"The Oregon Senate rejected Senate Joint Resolution 7 on Monday.", "120 org:usa-parliament>"},
		// The acronym of the Palestinian Authority.
		{"After talks with Egypt, the PA lifted its ban on imports of Israeli fruit.", "org:palestinian-authority>"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			for _, k := range keys {
				if strings.Contains(k, tt.want) {
					return
				}
			}
			t.Errorf("events %v, want one with %q", keys, tt.want)
		})
	}
}
