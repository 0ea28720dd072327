package extract

import (
	"slices"
	"testing"
)

// TestShowbizTechArticles: in a story about films, music or gadgets only
// states, political actors and state agencies make events; firms teaming up
// on a handset, a singer suing a magazine or a security firm's warning do
// not. A business story about a firm deal is not such a story and keeps its
// events. Texts written for the test.
func TestShowbizTechArticles(t *testing.T) {
	x := newTestExtractor(t)
	gadget := "The handset plays music and films on a wide screen.\n\n" +
		"Users can download songs over wireless links.\n\n" +
		"The device goes on sale in May, with software for gamers to follow."
	for _, tt := range []struct {
		name, text string
		want       []string // eventKeys
	}{
		{"firms teaming up on a gadget dropped",
			"Siemens has agreed a deal with Philips to build a portable music player.\n\n" + gadget,
			nil},
		{"a security firm's warning dropped",
			"Security firm Kaspersky warned computer users about a new virus.\n\n" + gadget,
			nil},
		{"a state blocking a site kept",
			"Vietnam has blocked access to Facebook.\n\n" + gadget,
			[]string{"191 country:VNM>org:meta"}},
		{"a state agency kept",
			"The Federal Trade Commission fined Nintendo for misleading advertising.\n\n" + gadget,
			[]string{"172 org:federal-trade-commission>org:nintendo"}},
		{"a singer suing a magazine dropped",
			"Singer Lola Marsh is suing the Daily Star over a story about her new album.\n\n" +
				"The actress won an award for her comedy drama last year.\n\n" +
				"Her songs have topped the charts in Europe.\n\n" +
				"The movie opens at the festival in Cannes.",
			nil},
		// A country is a state when it acts; as the one a star or a firm
		// speaks of, flies to or works with it is a market or a place.
		{"a star criticising a country dropped",
			"Actor Tom Baxter criticised Italy for its dull television.\n\n" + gadget,
			nil},
		// A state in the story keeps the firm deal (scope72: with none,
		// dropPrivateEvents drops it).
		{"a business story keeps a firm deal",
			"Unilever has agreed a deal with Nestle to merge their frozen food units.\n\n" +
				"Shares in both firms rose on the news.\n\n" +
				"The European Commission backed the merger on Monday.\n\n" +
				"Profits at Nestle fell 5% in the last quarter.",
			[]string{"050 org:european-commission>", "057 org:unilever>org:nestle"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
