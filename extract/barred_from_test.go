package extract

import (
	"strings"
	"testing"
)

// TestBarredFrom checks that "bar X from <act>" is an administrative
// sanction (172) aimed at X when an actor opens the gap, "him"/"her" or the
// passive's agent after "by" included, and that a gap with no actor ("barred
// foreign lenders from") or none at all makes no 172 event, nor an actor
// later in the barred act. Sentences written for the test.
func TestBarredFrom(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, source, target string
		want                 bool
	}{
		{"A Canadian judge barred Petrobras from bidding for the licence.", "org:can-judiciary", "org:petrobras", true},
		{"A Greek court freed the Dutch reporter Anna Smit but barred her from leaving Greece.", "org:grc-judiciary", "", true},
		{"Mr Karimov was barred by the Kenyan government from leaving Nairobi.", "org:ken-government", "person:karimov", true},
		// No actor opens the gap: no one is named as barred.
		{"The Canadian judge barred foreign lenders from giving Petrobras any credit.", "org:can-judiciary", "", false},
		{"The Canadian judge barred foreign lenders from giving Petrobras any credit.", "", "org:petrobras", false},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if e.Cameo == "172" && (tt.source == "" || e.Source == tt.source) && (tt.target == "" || e.Target == tt.target) {
				found = true
			}
		}
		if found != tt.want {
			t.Errorf("%q: 172 event %s>%s found %v, want %v\n%s", tt.text, tt.source, tt.target, found, tt.want, dumpDoc(doc))
		}
	}
	// A fleet barred from a sea: no actor in the gap, no sanction.
	doc := x.extract(Article{ID: "t"}, "Sweden barred its fishing fleet from the Baltic.")
	for _, e := range doc.Events {
		if strings.HasPrefix(e.Cameo, "172") {
			t.Errorf("no actor barred, got %s [%s]\n%s", e.Cameo, e.Trigger, dumpDoc(doc))
		}
	}
}
