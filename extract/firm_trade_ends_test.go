package extract

import (
	"slices"
	"testing"
)

// TestFirmTradeEnds checks that an unknown name ending in a firm's trade
// word ("Technologies", "Motors", "Airways") is a firm's, also after a
// country's possessive, and that a body's word inside the name keeps it a
// civil-society body ("Airlines", "Breweries" and "Pharma" were added in
// session 24, bbcrec65). Sentences written for the test.
func TestFirmTradeEnds(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       []string // source plover target, among the events
		wantEnt    string   // id/code of an entity
	}{
		{
			name:    "firm after a country's possessive is the target",
			text:    "Renault signed a deal with Brazil's Jacaranda Technologies on Monday.",
			want:    []string{"org:renault SUPPORT org:jacaranda-technologies"},
			wantEnt: "org:jacaranda-technologies/BRABUS",
		},
		{
			name:    "bare firm name is no person",
			text:    "Chile accused Pelican Airways of dumping fuel.",
			want:    []string{"country:CHL ACCUSE org:pelican-airways"},
			wantEnt: "org:pelican-airways/BUS",
		},
		{
			name:    "a federation of an industry stays a body",
			text:    "Chile accused the Federation of Copper Industries of lying.",
			wantEnt: "org:federation-of-copper-industries/NGO",
		},
		{
			name:    "an airline buys planes in a deal",
			text:    "Corvina Airlines will buy eight jets from Boeing in a deal worth $900m.",
			want:    []string{"org:corvina-airlines AGREE org:boeing"},
			wantEnt: "org:corvina-airlines/BUS",
		},
		{
			name:    "a brewer after a country's possessive is the target",
			text:    "Unilever is to buy a fifth of Kenya's Tamarind Breweries in a deal worth $80m.",
			want:    []string{"org:unilever AGREE org:tamarind-breweries"},
			wantEnt: "org:tamarind-breweries/KENBUS",
		},
		{
			name:    "a drug maker is no person",
			text:    "Regulators in Ottawa fined Osprey Pharma over misleading trial data.",
			wantEnt: "org:osprey-pharma/BUS",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			got := eventTriples(doc)
			var ents []string
			for _, e := range doc.Entities {
				ents = append(ents, e.ID+"/"+e.Code)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("want %q, got %q\n%s", w, got, dumpDoc(doc))
				}
			}
			if !slices.Contains(ents, tt.wantEnt) {
				t.Errorf("want entity %q, got %q", tt.wantEnt, ents)
			}
		})
	}
}
