package extract

import (
	"slices"
	"testing"
)

// TestCityModifiers: capitals that name where markets or offices are ("the
// Oslo and Helsinki stock exchanges") are no actors, nor is the place of a
// meeting of a body of no country; a capital that acts still stands for
// its state. Texts written for the test.
func TestCityModifiers(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // eventKeys
	}{
		{"Nordex, which runs the Oslo and Helsinki stock exchanges, began talks with the Danish central bank.", nil},
		{"Oslo began talks with Helsinki on fishing rights.", []string{"040 country:NOR>country:FIN"}},
		// Where a body of no country, or a country's own leader, meets
		// is no partner; another state's capital is.
		{"NATO defence ministers are meeting on Friday in Brussels to discuss the budget.", nil},
		{"President Lula of Brazil began to negotiate with foreign banks operating in Brazil.", []string{"046 person:lula>group:banks"}}, // the banks, not Brazil
		{"The Brazilian foreign minister held talks in Beijing on Monday.", []string{"040 org:bra-government>country:CHN"}},
		// A campaign tour at home visits no one; a trip abroad visits the
		// country.
		{"The Canadian prime minister visited marginal constituencies in Ontario on Monday.", nil},
		{"The Canadian prime minister visited Mexico on Monday.", []string{"042 org:can-government>country:MEX"}},
		// who speaks in a ", with X saying" clause is no target
		{"Madrid praised the verdict, with justice minister Ana Ruiz adding that it was overdue.", []string{"051 country:ESP>"}},
		{"Peru and Chile rejected the plan, with Chile preferring to wait.", []string{"127 country:CHL>", "127 country:PER>"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
