package extract

import "testing"

// TestPlaceOpensBody: a city before a body's capitalized name opens that
// name ("the Lagos Stock Exchange"), so two such bodies in one sentence are
// two actors, each of the city's country; a body whose name gives no sector
// takes the country without the state's bare code; a name holding a word of
// a state's part stays that state's body. Sentences written for the test.
func TestPlaceOpensBody(t *testing.T) {
	cases := []struct {
		text    string
		want    map[string]string // entity name -> code ("" = no code); "-" = no such entity
		country map[string]string
	}{
		{"The Lagos Stock Exchange and the Cairo Stock Exchange agreed to share listings.",
			map[string]string{"Lagos Stock Exchange": "NGABUS", "Cairo Stock Exchange": "EGYBUS", "Stock Exchange": "-"}, nil},
		{"Scientists at Glasgow University warned the ministers.",
			map[string]string{"Glasgow University": "", "University": "-"}, map[string]string{"Glasgow University": "GBR"}},
		{"The Kabul Police arrested two men on Sunday.",
			map[string]string{"Kabul Police": "-"}, nil},
	}
	for _, c := range cases {
		x := newTestExtractor(t)
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, c.text)
		for name, code := range c.want {
			var got *Entity
			for i := range doc.Entities {
				if doc.Entities[i].Name == name {
					got = &doc.Entities[i]
				}
			}
			switch {
			case code == "-" && got != nil:
				t.Errorf("%q: unexpected entity %s", c.text, name)
			case code != "-" && got == nil:
				t.Errorf("%q: no entity %s; entities %+v", c.text, name, doc.Entities)
			case code != "-" && got.Code != code:
				t.Errorf("%q: %s coded %q, want %q", c.text, name, got.Code, code)
			case code != "-" && c.country[name] != "" && got.Country != c.country[name]:
				t.Errorf("%q: %s of %q, want %q", c.text, name, got.Country, c.country[name])
			}
		}
	}
}
