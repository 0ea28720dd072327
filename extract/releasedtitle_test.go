package extract

import "testing"

// TestReleasedTitle: releasing a song or a film named by its title frees no
// one (0841); releasing named prisoners does. Texts written for the test.
func TestReleasedTitle(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		release bool // whether a 0841 event is expected
	}{
		{"Singer Anna Berg and rapper Per Holm have released Cold Water in a bid to help flood victims.", false},
		{"Producer Per Holm, whose studio released The Long Winter, was disappointed.", false},
		{"The Danish government released Swedish journalist Lars Holm on Monday.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				got = got || ev.Cameo == "0841"
			}
			if got != tt.release {
				t.Errorf("0841 %v, want %v; events %v", got, tt.release, eventKeys(doc))
			}
		})
	}
}
