package extract

import (
	"slices"
	"testing"
)

// TestWhoseClause checks that a relative clause opened by ", whose" is a
// clause of its own: the one "whose" stands for is not what is done to the
// noun after it, and the main clause resumes after the closing comma.
// Texts written for the test.
func TestWhoseClause(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, notTarget string
	}{
		{`Senator Anna Berg, whose brother was arrested by the Chilean police in 1975, criticised the army.`, "173", "Anna Berg"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			found := false
			for _, e := range namedEvents(doc) {
				if e.cameo == tt.code {
					found = true
					if e.target == tt.notTarget {
						t.Errorf("%s has target %s; events %v", tt.code, tt.notTarget, eventKeys(doc))
					}
				}
			}
			if !found {
				t.Errorf("no %s event; events %v", tt.code, eventKeys(doc))
			}
		})
	}
	// The main clause resumes with the name before an apposition.
	for _, tt := range []struct {
		text, code, source, target string
	}{
		{`Anna Berg, the Bergen South MP, whose district covers the docks, has pledged to take the complaint to Erna Solberg.`, "030", "Anna Berg", "Erna Solberg"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if !slices.Contains(namedEvents(doc), namedEvent{tt.code, tt.source, tt.target}) {
				t.Errorf("no %s %s -> %s; events %v", tt.code, tt.source, tt.target, eventKeys(doc))
			}
		})
	}
}
