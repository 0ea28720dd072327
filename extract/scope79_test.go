package extract

import (
	"slices"
	"testing"
)

// TestFirmScope79: scope79's three leaks of firm-only events into a story
// with no state. A firm's "boss" is its officer as its "chief executive" is,
// so a talk between two bosses is a firm-vs-firm event. A possessive
// country before a known firm ("Brazil's Orvia Technologies") is where the
// firm comes from, not a state on the deal's side. A firm acting on no one
// in such a story (a profit warning) is its own business, unless the
// sentence names an authority (a tax, a regulator). Texts written for the
// test.
func TestFirmScope79(t *testing.T) {
	x := newTestExtractor(t)
	bosses := "Nokia boss Jan Visser held talks with Ericsson boss Karl Lund on Monday."
	deal := "Siemens has signed a deal with Brazil's Orvia Technologies to build wind turbines."
	results := "Unilever said its sales rose 3% in the first half.\n\n"
	after := "\n\nShares in Unilever fell 2%.\n\nAnalysts had expected more."
	for _, tt := range []struct {
		name, text string
		want       []string // eventKeys
	}{
		{"two firms' bosses talking in a story with no state dropped",
			bosses + "\n\nThe two men discussed a joint venture in mobile phones.\n\n" +
				"Shares in both firms rose.\n\nNeither firm would comment.",
			nil},
		{"one sentence tells no story: the bosses' talks kept",
			bosses,
			[]string{"040 person:jan-visser>person:karl-lund"}},
		{"a firm's possessive country is no state side: the deal is dropped",
			deal + "\n\nShares in Siemens rose 2%.\n\nAnalysts said the deal was cheap.\n\n" +
				"The firm did not give a price.",
			nil},
		{"one sentence: the deal is kept, with the firm alone as target",
			deal,
			[]string{"057 org:siemens>org:orvia-technologies"}},
		{"a firm's warning with no target in a story with no state dropped",
			results + "The firm warned that prices for soap would keep falling." + after,
			nil},
		{"a firm's denial with no target dropped too",
			results + "The firm denied claims that it had misled shoppers." + after,
			nil},
		{"a denial over tax names an authority: kept",
			results + "The firm denied claims that it had dodged tax in Ireland." + after,
			[]string{"016 org:unilever>"}},
		{"one sentence: the warning kept",
			"Unilever warned that prices for soap would keep falling.",
			[]string{"010 org:unilever>"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
