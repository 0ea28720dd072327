package extract

import (
	"slices"
	"testing"
)

// TestBankAndGroupCodes checks the codes of bodies no dictionary lists whose
// names or cues wrongly made them states or NGOs (session 25, bank72): a
// state's central bank is its government, another bank a firm, a trade's
// "group" a firm, and a capital in a body's name no code of the state.
// Sentences written for the test.
func TestBankAndGroupCodes(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		wantEnt    string // id/code of an entity
	}{
		{
			name:    "a country's central bank is its government",
			text:    "The Central Bank of Ghana raised its main lending rate on Tuesday.",
			wantEnt: "org:central-bank-of-ghana/GHAGOV",
		},
		{
			name:    "a national bank of a country is a firm of it",
			text:    "Dubai investors bought a stake in the National Bank of Oman last week.",
			wantEnt: "org:national-bank-of-oman/OMNBUS",
		},
		{
			name:    "a name ending in Bank is a lender's",
			text:    "Shares in Harwick Bank fell sharply after the results.",
			wantEnt: "org:harwick-bank/BUS",
		},
		{
			name:    "a place ending in Bank is no lender",
			text:    "Crowds gathered on the South Bank of the Thames for the fireworks.",
			wantEnt: "",
		},
		{
			name:    "a trade's group is a firm",
			text:    "Engineering group Tollmark has cut 300 jobs at its plants.",
			wantEnt: "org:tollmark/BUS",
		},
		{
			name:    "a rights group stays an NGO",
			text:    "Rights group Civic Watch criticised the new law.",
			wantEnt: "org:civic-watch/NGO",
		},
		{
			name:    "a country in a sports body's name gives no state code",
			text:    "The Rugby Football Union of Zambia suspended two referees.",
			wantEnt: "org:rugby-football-union-of-zambia/",
		},
		{
			name:    "a capital in a university's name gives no state code",
			text:    "Researchers at Nairobi Polytechnic University published the survey.",
			wantEnt: "org:nairobi-polytechnic-university/",
		},
		// heads72: a name ending in "Corporation" is a firm's, a
		// broadcaster's is media; a development bank of the Americas is
		// an IGO; "X, who runs the Y" gives X the body's code.
		{
			name:    "a name ending in Corporation is a firm's",
			text:    "Analysts at Varden Corporation expect profits to rise.",
			wantEnt: "org:varden-corporation/BUS",
		},
		{
			name:    "a broadcasting corporation is media",
			text:    "The Finnish Broadcasting Corporation will show the final live.",
			wantEnt: "org:broadcasting-corporation/FINMED",
		},
		{
			name:    "the Inter-American Development Bank is an IGO",
			text:    "The Inter-American Development Bank lent Peru $200m for new roads.",
			wantEnt: "org:iadb/IGOLAMDEV",
		},
		{
			name:    "who runs the body: the body's code",
			text:    "Lena Okafor, who runs the World Food Programme, visited Chad on Friday.",
			wantEnt: "person:lena-okafor/IGOUNOWFP",
		},
		{
			name:    "who leads the party: the party's code",
			text:    "Piet Andersen, who leads the Liberal Democrats, attacked the budget.",
			wantEnt: "person:piet-andersen/GBRPTY",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			var ents []string
			for _, e := range doc.Entities {
				ents = append(ents, e.ID+"/"+e.Code)
			}
			if tt.wantEnt == "" {
				for _, e := range ents {
					if e == "org:south-bank/BUS" {
						t.Errorf("place coded a firm: %q", ents)
					}
				}
				return
			}
			if !slices.Contains(ents, tt.wantEnt) {
				t.Errorf("want entity %q, got %q\n%s", tt.wantEnt, ents, dumpDoc(doc))
			}
		})
	}
}
