package extract

import "testing"

// TestHitBackAt checks the phrasal verb of a retort, "hit back at", as
// criticism (110) of the one aimed at, like "hit out at".
// Sentences written for the test.
func TestHitBackAt(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, source, target string }{
		{"The Chilean foreign minister hit back at Peru over the fishing dispute.", "org:chl-government", "country:PER"},
		{"Norway's prime minister hit back at the European Commission on Tuesday.", "org:nor-government", "org:european-commission"},
		{"Ghana hits back at Togo over the border closure.", "country:GHA", "country:TGO"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if e.Cameo == "110" && e.Source == tt.source && e.Target == tt.target {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no 110 event %s>%s\n%s", tt.text, tt.source, tt.target, dumpDoc(doc))
		}
	}
}
