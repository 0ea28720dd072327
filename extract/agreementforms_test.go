package extract

import (
	"slices"
	"testing"
)

// TestAgreementForms checks the forms of agreement names settled in
// session 28: a network standard named "... Protocol" is no agreement, a
// known agreement whose name ends in no agreement noun (the EU
// constitution) is found under its forms and referred back to by its head
// word, a stray deal in its article stays another agreement, and a known
// agreement carries its formal name whatever case the text writes; a
// capitalized hyphenated compound before an agreement noun is its name.
func TestAgreementForms(t *testing.T) {
	const euc = "agreement:treaty-establishing-a-constitution-for-europe"
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		agreements []string // agreement IDs
		noIDs      []string // entities that must not be made
		names      []string // "id=name" of agreements, nil: not checked
		mentions   int      // mentions of the first agreement, 0: not checked
	}{
		{
			name:       "a network protocol is no agreement",
			text:       "Engineers moved the office phones onto Session Initiation Protocol last spring.",
			agreements: nil,
		},
		{
			name:       "nor is its acronym a body",
			text:       "Streaming films over the Internet Protocol (IP) cut costs, the company said.",
			agreements: nil,
			noIDs:      []string{"org:ip", "org:internet-protocol"},
		},
		{
			name:       "a protocol named after a town stays an agreement",
			text:       "Moldova and Ukraine signed the Tiraspol Protocol on Monday.",
			agreements: []string{"agreement:tiraspol-protocol"},
		},
		{
			name:       "the EU constitution by its adjective form",
			text:       "Danish voters may reject the European constitution next year, a survey found.",
			agreements: []string{euc},
			names:      []string{euc + "=Treaty establishing a Constitution for Europe"},
		},
		{
			name:       "the body inside the name is no actor, and the head word refers back",
			text:       "Portugal's prime minister signed the EU constitution in Lisbon. Critics say the constitution goes too far.",
			agreements: []string{euc},
			noIDs:      []string{"org:eu"},
			mentions:   2,
		},
		{
			name:       "the long form ending in a body's name",
			text:       "Parliament will ask whether to approve the treaty establishing a constitution for the European Union.",
			agreements: []string{euc},
			noIDs:      []string{"org:eu"},
		},
		{
			name:       "a country's own constitution is no agreement",
			text:       "Kenya's parliament amended the constitution on Tuesday.",
			agreements: nil,
		},
		{
			name:       "a deal struck in its article is not the constitution",
			text:       "Ireland hopes to strike a deal on farm subsidies at a June summit, ahead of votes on the EU constitution.",
			agreements: []string{euc},
			mentions:   1,
		},
		{
			name:       "a compound with a prefix names the agreement, not one state's description",
			text:       "She had long defended the Franco-Spanish Agreement in the assembly.",
			agreements: []string{"agreement:franco-spanish-agreement"},
			noIDs:      []string{"agreement:spain-agreement"},
		},
		{
			name:       "a compound of parties before a lower-case pact",
			text:       "The two leaders then tried for a Labour-Green pact instead.",
			agreements: []string{"agreement:labour-green-pact"},
			noIDs:      []string{"agreement:green-pact"},
		},
		{
			name:       "states joined by a hyphen stay a description",
			text:       "Chile and Peru signed the Chile-Peru trade agreement on Monday.",
			agreements: []string{"agreement:chile-peru-trade-agreement"},
		},
		{
			name:       "a known agreement takes its formal name",
			text:       "Norway ratified the Kyoto protocol in 2002.",
			agreements: []string{"agreement:kyoto-protocol"},
			names:      []string{"agreement:kyoto-protocol=Kyoto Protocol"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2005-02-10"}, tt.text)
			if got := agreementIDs(doc); !slices.Equal(got, tt.agreements) {
				t.Errorf("agreements %v, want %v", got, tt.agreements)
			}
			var names []string
			for _, e := range doc.Entities {
				if slices.Contains(tt.noIDs, e.ID) {
					t.Errorf("made %s (%s)", e.ID, e.Name)
				}
				if e.Kind == KindAgreement {
					names = append(names, e.ID+"="+e.Name)
					if tt.mentions > 0 && e.ID == tt.agreements[0] && len(e.Mentions) != tt.mentions {
						t.Errorf("%s has %d mentions, want %d", e.ID, len(e.Mentions), tt.mentions)
					}
				}
			}
			slices.Sort(names)
			if tt.names != nil && !slices.Equal(names, tt.names) {
				t.Errorf("names %v, want %v", names, tt.names)
			}
		})
	}
}
