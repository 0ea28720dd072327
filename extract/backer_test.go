package extract

import (
	"slices"
	"testing"
)

// TestBackedBodies: "X-backed" names who stands behind a body, not whose it
// is. A body with a nationality or a country of its own belongs there; with
// neither, the backer is all the text gives and stays. Texts written for
// the test.
func TestBackedBodies(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // eventKeys
	}{
		{"The Moscow-backed Syrian army shelled the town of Idlib on Monday.", []string{"194 org:syr-military>location:idlib"}},
		{"The UN-backed government in Libya condemned the blockade.", []string{"111 org:lby-government>"}},
		{"Ankara attacked US-backed Kurdish militias in Syria.", []string{"180 country:TUR>org:syr-rebels"}},
		// nothing but the backer: it stays
		{"Iranian-backed militias attacked a village.", []string{"180 org:irn-rebels>country:IRN"}},
		// "-led" forces are the leader's own
		{"Ethiopian-led forces attacked a village.", []string{"180 org:eth-military>country:ETH"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
