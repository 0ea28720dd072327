package extract

import (
	"slices"
	"testing"
)

// TestDepictedRole: what a character does in a film, or what a film's plot
// tells, is no act of the actor nor of anyone named in the plot; a real role in real events, told
// with "played", stays. Texts written for the test.
func TestDepictedRole(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // eventKeys
	}{
		{"In the new thriller Ms Novak plays a French diplomat who attacks the Chilean embassy.", nil},
		{"The comedy stars Ana Ruiz as a Cuban general who invades Panama.", nil},
		{"The Colombian minister, who played a key role in the talks, criticised the Venezuelan government.", []string{"110 org:col-government>org:ven-government"}},
		{"The Mexican police arrested an Argentine actor in Oaxaca.", []string{"173 org:mex-police>country:ARG"}},
		{"The sequel chronicles how the Peruvian army attacks Ecuador in the year 2040.", nil},
		{"A leaked report chronicles how Colombian troops attacked Venezuelan villages.", []string{"180 org:col-military>country:VEN"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
