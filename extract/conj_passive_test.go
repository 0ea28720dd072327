package extract

import "testing"

// TestConjPassive checks that a participle the tree joins to an earlier
// passive verb shares its voice ("was charged with fraud and denied
// bail": the person is denied, does not deny), while a conjunct with an
// object of its own that is no given thing stays active ("was arrested
// and accused the police of ..."). Texts written for the test.
func TestConjPassive(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source string
		want               bool
	}{
		{"Mr Visser, a former banker, is in jail, having been charged with bribery and tax fraud and twice denied bail.", "120", "person:visser", false},
		{"Mr Visser was arrested in March and accused the police of lying.", "112", "person:visser", true},
		// A verb with a subject of its own after "and" is its own.
		{"The mayor of Lund was re-elected by a wide margin in 1982, and Lord Smith resigned as party leader.", "0874", "person:smith", true},
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if e.Cameo == tt.code && e.Source == tt.source {
				found = true
			}
		}
		if found != tt.want {
			t.Errorf("%q: %s with source %s found %v, want %v\n%s", tt.text, tt.code, tt.source, found, tt.want, dumpDoc(doc))
		}
	}
}
