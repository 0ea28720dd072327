package extract

import (
	"slices"
	"testing"
)

// TestNameListWithAsides: a list of names whose first member carries an age
// or a home town between commas ("A, 41, and B", "A, from X, and B") is one
// list: every member is acted on, and the town is none of them. Texts
// written for the test.
func TestNameListWithAsides(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // target ids of the events
	}{
		{"Tomasz Wrobel, 41, and Martin Keller were detained by the Serbian police.",
			[]string{"person:martin-keller", "person:tomasz-wrobel"}},
		{"Tomasz Wrobel, from Leeds, and Martin Keller, from Hull, were detained by the Serbian police.",
			[]string{"person:martin-keller", "person:tomasz-wrobel"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			var got []string
			for _, e := range doc.Events {
				got = append(got, e.Target)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("targets %v, want %v (events %v)", got, tt.want, eventKeys(doc))
			}
		})
	}
}
