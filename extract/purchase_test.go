package extract

import "testing"

// TestFirmBought checks that buying a named firm, or a share of one given as
// a percentage, is investing in it (061; 0311 when only planned), while an
// offer to buy, a product of a firm, its property, and "the firm" make no
// such event. Sentences written for the test.
func TestFirmBought(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, cameo, target string // cameo "" for no purchase event
	}{
		{"Kestrel Motors bought Danish brewer Dunmore Breweries in March.", "061", "org:dunmore-breweries"},
		{"Halden Airlines has acquired 40% of Polar Motors.", "061", "org:polar-motors"},
		// an unnamed firm bought into is given by its country, as after "a stake in"
		{"Halden Airlines has bought 20% of Vasko, the largest bus maker in Romania.", "061", "country:ROU"},
		{"Kestrel Motors plans to buy Dunmore Breweries outright.", "0311", "org:dunmore-breweries"},
		{"Kestrel Motors made an offer to buy Dunmore Breweries.", "", ""},
		{"The family bought a Kestrel Motors van last year.", "", ""},
		{"Polar Motors bought Kestrel Motors' engine plant.", "", ""},
		{"Kestrel Motors wanted to buy the firm outright.", "", ""},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		var got *Event
		for i := range doc.Events {
			if c := doc.Events[i].Cameo; c == "061" || c == "0311" {
				got = &doc.Events[i]
			}
		}
		switch {
		case tt.cameo == "" && got != nil:
			t.Errorf("%q: unexpected %s %q\n%s", tt.text, got.Cameo, got.Trigger, dumpDoc(doc))
		case tt.cameo != "" && got == nil:
			t.Errorf("%q: no purchase event\n%s", tt.text, dumpDoc(doc))
		case got != nil && (got.Cameo != tt.cameo || got.Target != tt.target):
			t.Errorf("%q: %s -> %s, want %s -> %s\n%s", tt.text, got.Cameo, got.Target, tt.cameo, tt.target, dumpDoc(doc))
		}
	}
}
