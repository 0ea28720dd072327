package extract

import "testing"

// TestForecastWarnings: a warning of what may happen (content first, a bare
// clause, advice against something, an addressee told of a risk) is a
// statement (010, no PLOVER type); one of what the warner will do, or one
// state's warning to another, stays a threat. Texts written for the test.
func TestForecastWarnings(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, want string // want: the CAMEO code of the event on "warned" or "warned of"
	}{
		{"The Dutch opposition leader Anna de Vries warned of the dangers of rising debt.", "010"},
		{"Iran warned of a harsh response if Israel struck its reactors.", "130"},
		{"Steel demand in Asia could fall sharply next year, the World Bank warned on Monday.", "010"},
		{"The Bank of Canada warned house prices were too high and might drop by a fifth.", "010"},
		{"Senator Ruth Alder of Canada warned against deep cuts to the school budget.", "010"},
		{"Britain's health minister warned the Scottish Parliament that the hospital plan could collapse.", "010"},
		{"Rebels in the north warned they would attack the capital if talks failed.", "130"},
		{"Iran warned Israel that any strike on its reactors would be answered with force.", "130"},
		{"We will close the border, the Turkish interior minister warned.", "130"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			found := false
			for _, e := range doc.Events {
				if e.Trigger != "warned" && e.Trigger != "warned of" {
					continue
				}
				found = true
				if e.Cameo != tt.want {
					t.Errorf("%s: got %s (%s), want %s", e.Source, e.Cameo, e.Plover, tt.want)
				}
			}
			if !found {
				t.Errorf("no event on \"warned\": %v", eventKeys(doc))
			}
		})
	}
}
