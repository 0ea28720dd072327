package extract

import (
	"slices"
	"testing"
)

// TestPraiseMakesNoParty: signing an agreement makes a state a party to it;
// praising, welcoming or backing it (CAMEO 051, 053) does not, though those
// are diplomatic cooperation too (root 05).
func TestPraiseMakesNoParty(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		parties    []string // heads of party_to relations
	}{
		{"signing", "Chile and Peru signed the Andean Water Accord on Tuesday.", []string{"country:CHL", "country:PER"}},
		{"welcomed after the signing", "Chile and Peru signed the Andean Water Accord on Tuesday.\nBolivia welcomed the accord on Wednesday.", []string{"country:CHL", "country:PER"}},
		{"praised after the signing", "Chile and Peru signed the Andean Water Accord on Tuesday.\nThe Bolivian government praised the accord.", []string{"country:CHL", "country:PER"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.Extract(Article{ID: "t", Published: "2026-03-11"}, tt.text)
			var got []string
			for _, r := range doc.Relations {
				if r.Type == RelPartyTo {
					got = append(got, r.Head)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.parties) {
				t.Errorf("parties %v, want %v", got, tt.parties)
			}
		})
	}
}
