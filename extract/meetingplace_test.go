package extract

import (
	"slices"
	"testing"
)

// TestMeetingPlace: officials or leaders of no named country are not the
// government of the country they arrive or meet in; officials the
// text gives a nationality keep it. Texts written for
// the test.
func TestMeetingPlace(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // eventKeys
	}{
		{"Hundreds of officials and bankers are arriving in the Austrian town of Alpbach to negotiate a debt deal.", nil},
		{"Austrian officials are arriving in Brussels to negotiate a debt deal.", []string{"042 org:aut-government>"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
