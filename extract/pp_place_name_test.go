package extract

import (
	"slices"
	"testing"
)

// TestPlaceNameInPP checks that a body whose mention leaves out the city
// its name opens with ("at the Berlin School of Design", the mention
// starting at "School") still sits in its prepositional phrase, so it is
// not taken for the subject of the clause. Texts written for the test.
func TestPlaceNameInPP(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source, target string
	}{
		{"Jan Visser visited the Berlin School of Design last week. Opening his tour at the Berlin School of Design, Mr Visser urged Germany to cut taxes.", "020", "Jan Visser", "Germany"},
		{"Jan Visser visited the Madrid Institute of Politics last week. Speaking at the Madrid Institute of Politics, Mr Visser criticised Spain.", "110", "Jan Visser", "Spain"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if !slices.Contains(namedEvents(doc), namedEvent{tt.code, tt.source, tt.target}) {
				t.Errorf("no %s %s -> %s; events %v", tt.code, tt.source, tt.target, eventKeys(doc))
			}
		})
	}
}
