package extract

import "testing"

// TestPaperWithArticle checks that a name written with a capital "The"
// before "newspaper" mid-sentence ("told The Clarion newspaper") is the
// paper, a body of the media. Texts written for the test.
func TestPaperWithArticle(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, name string }{
		{"The coach told The Herald newspaper that the squad was tired.", "Herald"},
		{"She said in an interview with The Clarion newspaper that she would stay.", "Clarion"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			for _, e := range doc.Entities {
				if e.Name == tt.name && e.Sector == "MED" {
					return
				}
			}
			t.Errorf("no media body %s; entities %+v", tt.name, doc.Entities)
		})
	}
}
