package extract

import (
	"slices"
	"testing"
)

// TestTradeDeals: a sale, purchase or order said to be made "in a deal" is a
// deal (057) between buyer and seller, the seller after "from" of a verb of
// buying and the buyer after "to" of a verb of selling; "placed an order for"
// goods of a named maker is a deal with the maker, and so is awarding a
// contract to a firm; buying a stake in a firm is investing in it (061), and
// with no actor named after "in" there is no event; "the agreement between X and
// Y" names both parties, and with no party named after "between" there is no
// event. A plain sale with no deal is no event. Texts written for the test.
func TestTradeDeals(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source, target string
	}{
		{"Nokia has sold its cable unit to Ericsson in a deal worth $2bn.", "057", "Nokia", "Ericsson"},
		{"Maersk ordered fifteen planes from Airbus in a $3bn (£2bn) deal.", "057", "Maersk", "Airbus"},
		{"Ericsson has placed an order for 40 Airbus planes.", "057", "Ericsson", "Airbus"},
		{"Maersk has bought a 30% stake in Vodafone.", "061", "Maersk", "Vodafone"},
		{"Siemens has awarded a $40m contract to Nokia.", "057", "Siemens", "Nokia"},
		{"The agreement between Siemens and Unilever was praised by analysts.", "057", "Siemens", "Unilever"},
		{"Nokia sold more phones to Ericsson last year.", "", "", ""},
		{"Maersk has bought a 10% stake in the local football club.", "", "", ""},
		{"A trade agreement between the two countries was welcomed, Maersk said.", "", "", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := namedEvents(doc)
			if tt.code == "" {
				for _, e := range got {
					if e.cameo == "057" || e.cameo == "061" {
						t.Errorf("unwanted event %s %s -> %s", e.cameo, e.source, e.target)
					}
				}
				return
			}
			if !slices.Contains(got, namedEvent{tt.code, tt.source, tt.target}) {
				t.Errorf("no %s %s -> %s; events %v", tt.code, tt.source, tt.target, eventKeys(doc))
			}
		})
	}
}
