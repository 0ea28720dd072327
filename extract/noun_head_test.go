package extract

import "testing"

// TestNounTriggerHead checks that the tree reads a noun trigger of several
// words by its head noun ("troop deployments", "war games", "aid
// package"), so that the subject of the verb taking it as object is its
// doer where the word rules find no subject (a "the X of Y" subject before a
// time phrase); and that the one who faces an act ("could face house
// arrest") is not its doer. Sentences written for the test.
func TestNounTriggerHead(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source, target string // source "" = no event of code
	}{
		{"The senate of Nigeria last week endorsed fresh troop deployments in Mali.", "154", "org:nga-parliament", "country:MLI"},
		{"The armed forces of Ghana and Togo last month finished joint war games near the border.", "062", "org:gha-military", "country:TGO"},
		{"The government of Chad last week announced an aid package for Sudan.", "070", "org:tcd-government", "country:SDN"},
		{"Under the decree Turkish journalists could face house arrest for a year.", "137", "", ""},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if e.Cameo != tt.code {
				continue
			}
			if tt.source == "" {
				t.Errorf("%q: unwanted %s event %s>%s [%s]", tt.text, e.Cameo, e.Source, e.Target, e.Trigger)
				continue
			}
			if e.Source == tt.source && e.Target == tt.target {
				found = true
			}
		}
		if tt.source != "" && !found {
			t.Errorf("%q: no %s event %s>%s\n%s", tt.text, tt.code, tt.source, tt.target, dumpDoc(doc))
		}
	}
}
