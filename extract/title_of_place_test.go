package extract

import (
	"slices"
	"testing"
)

// TestTitleOfPlace checks that an office named by its place instead of a
// holder ("the governor of Texas state", "the chief justice of Kenya") is
// the place country's body of the title's sector, and that an office taken
// ("was appointed ... of Poland") or a royal style is left alone. Texts
// written for the test.
func TestTitleOfPlace(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source, target string
	}{
		{"The governor of Texas state accused Mexico of ignoring the border.", "112", "American government", "Mexico"},
		{"The chief justice of Kenya criticised the opposition leader Raila Odinga.", "110", "Kenyan judiciary", "Raila Odinga"},
		{"The foreign minister of Peru met Chile's president on Tuesday.", "040", "Peruvian government", "Chilean government"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if !slices.Contains(namedEvents(doc), namedEvent{tt.code, tt.source, tt.target}) {
				t.Errorf("no %s %s -> %s; events %v", tt.code, tt.source, tt.target, eventKeys(doc))
			}
		})
	}
	for _, tt := range []struct{ text, notID string }{
		{"He was appointed foreign minister of Poland in May.", "org:pol-government"},
		{"The Prince of Wales visited Canada.", "org:gbr-government"},
		{"The mayor of Guatemala demanded help from the capital.", "org:gtm-government"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if e := entityOf(&doc, tt.notID); e != nil {
				t.Errorf("%s read as %s (%s)", tt.text, e.ID, e.Name)
			}
		})
	}
}
