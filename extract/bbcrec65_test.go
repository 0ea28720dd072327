package extract

import (
	"slices"
	"testing"
)

// TestFirmTradeEndsBBCRec65 checks the trade words bbcrec65 added to
// firmNameEnds ("Airlines", "Breweries", "Pharma"): an unknown name so
// ended is a firm's, which can buy from or sell to another, also after a
// country's possessive. Sentences written for the test.
func TestFirmTradeEndsBBCRec65(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       []string // source plover target, among the events
		wantEnt    string   // id/code of an entity
	}{
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
