package extract

import (
	"slices"
	"testing"
)

// TestDashOpensClause: a dash followed by a subject and its verb starts a
// clause of its own, so the actors named before the dash are not the
// subject of a verb after it; an apposition set off by dashes is no clause.
// Texts written for the test.
func TestDashOpensClause(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source string
		notSources         []string
	}{
		{"Denmark, Norway and Finland want the fund to be capped at 2% of output - the European Commission has urged an increase to 3%.",
			"020", "org:european-commission", []string{"country:DNK", "country:NOR", "country:FIN"}},
		{"Norway - a small but wealthy country - has requested more time to study the plan.",
			"020", "country:NOR", nil},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			var got []string
			for _, ev := range doc.Events {
				if ev.Cameo == tt.code {
					got = append(got, ev.Source)
				}
			}
			if !slices.Contains(got, tt.source) {
				t.Errorf("no %s event by %s; events %v", tt.code, tt.source, eventKeys(doc))
			}
			for _, s := range tt.notSources {
				if slices.Contains(got, s) {
					t.Errorf("%s event by %s; events %v", tt.code, s, eventKeys(doc))
				}
			}
		})
	}
}

// TestTokenizeMarksDash: the token after a free-standing dash (or an en or
// em dash) carries dash; a hyphen inside a word does not.
func TestTokenizeMarksDash(t *testing.T) {
	toks := tokenize("a well-known firm - the board \u2014 said", nil)
	var dashed []string
	for _, tk := range toks {
		if tk.dash {
			dashed = append(dashed, tk.text)
		}
	}
	if want := []string{"the", "said"}; !slices.Equal(dashed, want) {
		t.Errorf("dashed tokens %v, want %v", dashed, want)
	}
}
