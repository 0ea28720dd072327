package extract

import "testing"

// TestOppositionLeaders checks that "opposition leaders" and "opposition
// officials" are the country's opposition, not its government ("leaders"
// and "officials" alone are the government's). Texts written for the test.
func TestOppositionLeaders(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"Opposition leaders in Malawi rejected the election results.",
		"Malawian opposition officials rejected the election results.",
	} {
		t.Run(text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
			if entityOf(&doc, "org:mwi-opposition") == nil || entityOf(&doc, "org:mwi-government") != nil {
				t.Errorf("want the Malawian opposition, not its government; events %v", eventKeys(doc))
			}
		})
	}
}
