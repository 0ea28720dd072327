package extract

import (
	"slices"
	"testing"
)

// TestOutOfScopeEvents: a club's transfer dealings and a doping row are
// sport (club, transfer, keeper, doping now count), and a deal between two
// firms in a story with no state in it is no event between political
// actors. A state-owned firm in the story, a state on an event's side, or a
// text of one sentence keeps the firms' events. Texts written for the test.
func TestOutOfScopeEvents(t *testing.T) {
	x := newTestExtractor(t)
	firms := "Toyota has agreed a deal with Renault to build small cars in Spain.\n\n" +
		"Shares in Renault rose 4% on the news.\n\n"
	talks := "The two firms held talks last year but failed to agree a price."
	for _, tt := range []struct {
		name, text string
		want       []string // eventKeys
	}{
		{"a club turning down an offer for its keeper dropped",
			"Rovers chairman Peter Lund has rejected an offer from City for their keeper Sam Oyelaran.\n\n" +
				"Lund said the club would not sell its best players in the transfer window.\n\n" +
				"Oyelaran has agreed a new deal with the club until 2009.\n\n" +
				"City boss Ray Dunne is expected to make a second offer.",
			nil},
		{"a runner's doping row dropped",
			"Runner Elsa Marek has accused her former agent of lying about her doping test.\n\n" +
				"Marek denied doping and said she would clear her name.\n\n" +
				"Her agent, Karl Weiss, refused to comment on the doping claims.",
			nil},
		{"a firm deal in a story with no state dropped",
			firms + "Toyota said the deal would help it cut costs.\n\n" + talks,
			nil},
		{"a state-owned firm in the story keeps it",
			firms + "Renault is no longer state-owned.\n\n" + talks,
			[]string{"040 org:renault>org:toyota", "040 org:toyota>org:renault", "057 org:toyota>org:renault"}},
		{"a state acting in the story keeps it",
			firms + "The European Commission backed the deal on Monday.\n\n" + talks,
			[]string{"050 org:european-commission>org:toyota", "057 org:toyota>org:renault"}},
		{"one sentence tells no story: kept",
			"Toyota has agreed a deal with Renault to build small cars in Spain.",
			[]string{"057 org:toyota>org:renault"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
