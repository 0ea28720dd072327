package extract

import "testing"

// TestFieldBodies checks that a state sector word after a word naming a
// sport or field ("the cricket authorities", "the artistic forces") is no
// body of the state the article is about. Texts written for the test.
func TestFieldBodies(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, notID string }{
		{"Australia lost the series. The captain urged the cricket authorities to cut the number of tours.", "org:aus-government"},
		{"Canada's film industry is growing. The creative forces behind the studios are moving to Toronto.", "org:can-military"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if e := entityOf(&doc, tt.notID); e != nil {
				t.Errorf("read as %s; events %v", tt.notID, eventKeys(doc))
			}
		})
	}
}
