package extract

import "testing"

// TestAidSupport checks that aid which supports someone, or support given
// to aid, is aid provided (070) and not an endorsement (050), while the
// verb with other subjects and objects stays an endorsement, and aid
// workers or agencies backed are no aid. Sentences written for the test.
func TestAidSupport(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code string
	}{
		{"Japanese aid has supported thousands of Kenyan farmers since the drought.", "070"},
		{"The Norwegian government has long supported humanitarian assistance to the Sudanese.", "070"},
		{"Canada backed military aid to Ukraine on Tuesday.", "070"},
		{"The French government supported the Tunisian opposition.", "050"},
		{"Sweden backed the aid agencies working in Somalia.", "050"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		codes := ""
		for _, e := range doc.Events {
			codes += " " + e.Cameo
			if e.Cameo == "070" && tt.code != "070" || e.Cameo == "050" && tt.code != "050" {
				t.Errorf("%q: got %s [%s], want %s", tt.text, e.Cameo, e.Trigger, tt.code)
			}
		}
		found := false
		for _, e := range doc.Events {
			if e.Cameo == tt.code {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s event (got%s)\n%s", tt.text, tt.code, codes, dumpDoc(doc))
		}
	}
}
