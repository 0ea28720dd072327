package extract

import "testing"

// TestPlaceNamedBodyKeepsSector: a body whose name holds a place and is
// defined by an acronym in brackets takes the place's country and keeps
// its sector: a market named for its city is that country's business,
// an association named for its country that country's NGO, never the
// state itself.
func TestPlaceNamedBodyKeepsSector(t *testing.T) {
	cases := []struct{ text, name, code string }{
		{"Frankfurt traders opened talks with the Madrid Stock Exchange (MSE) on Friday.", "Madrid Stock Exchange", "ESPBUS"},
		{"The Welsh Association of Farmers (WAF) criticised the new grazing rules.", "Welsh Association of Farmers", "GBRNGO"},
	}
	for _, c := range cases {
		x := newTestExtractor(t)
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, c.text)
		got := ""
		for _, e := range doc.Entities {
			if e.Name == c.name {
				got = e.Code
			}
		}
		if got != c.code {
			t.Errorf("%q: %s coded %q, want %q; entities %v", c.text, c.name, got, c.code, doc.Entities)
		}
	}
}
