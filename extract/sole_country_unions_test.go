package extract

import "testing"

// TestUnionsTakeSoleCountry checks that unions named bare take the one
// country a report is about, as rebels, protesters and the opposition do
// (see placeSectors): in a report about one state's tax offices "unions
// condemned the plan" are that state's unions, as source or target. A
// report naming two states leaves them without a country rather than
// guessing one. Sentences written for the test.
func TestUnionsTakeSoleCountry(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code string
		target     bool
	}{
		{"The Swedish government said it would shut 30 tax offices next year. Unions condemned the plan.", "SWELAB", false},
		{"The Danish government said it would shut 30 tax offices next year. Officials met unions on Friday to discuss the plan.", "DNKLAB", true},
		{"Germany and Spain agreed on Monday to merge their rail operators. Unions condemned the plan.", "LAB", false},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		ok := false
		for _, ev := range doc.Events {
			id := ev.Source
			if tt.target {
				id = ev.Target
			}
			if e := entityOf(&doc, id); e != nil && e.Code == tt.code {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: no event with a %s actor (target %v)\n%s", tt.text, tt.code, tt.target, dumpDoc(doc))
		}
	}
}
