package extract

import (
	"strings"
	"testing"
)

// TestTechBacking checks that backing or supporting a product or a technical
// standard, or the truth of a claim a possessor made, is no support (050)
// of anyone, while backing an actor or a plan still is. Sentences written
// for the test.
func TestTechBacking(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want bool // a support event (root 05, or 032 when intended) is made
	}{
		{"Toshiba said it would keep backing the rival disc format.", false},
		{"Microsoft has yet to say which technology it will be backing.", false},
		{"A video codec backed by Samsung won the contest.", false},
		{"Vodafone said its network will support speeds of up to 7Mbps.", false},
		{"Police in Leeds said they found no evidence to support the driver's claims about the crash.", false},
		// actors and their plans stay backed
		{"The Dutch government backed the French proposal on farm subsidies.", true},
		{"Sweden said it would support Estonia in the talks.", true},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		got := false
		for _, e := range doc.Events {
			if strings.HasPrefix(e.Cameo, "05") || e.Cameo == "032" {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q: support event %v, want %v\n%s", tt.text, got, tt.want, dumpDoc(doc))
		}
	}
}
