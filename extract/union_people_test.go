package extract

import "testing"

// TestUnionLeadersAreUnions checks that "union leaders", "union officials"
// and "trade union leaders" are the unions (LAB), not a government because
// of "leaders" or "officials", whether they act or are acted on, and that a
// nationality before them gives the unions' country. Bare "unions" take the
// one country a report is about, as rebels and the opposition do (see
// placeSectors); a report naming two states leaves them without a country
// rather than guessing one. Sentences written for the test.
func TestUnionLeadersAreUnions(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code string
		target     bool
	}{
		{"Police detained six trade union leaders near the docks.", "LAB", true},
		{"Soldiers arrested two union officials at the mine.", "LAB", true},
		{"Spanish union leaders condemned the government.", "ESPLAB", false},
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
			t.Errorf("%q: no event with a %s %s (target %v)\n%s", tt.text, tt.code, map[bool]string{true: "target", false: "source"}[tt.target], tt.target, dumpDoc(doc))
		}
	}
}
