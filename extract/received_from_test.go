package extract

import (
	"strings"
	"testing"
)

// TestReceivedFrom checks that aid received "from" an actor named right
// after it is that actor's aid (07) to the one who receives it, keeping
// the code the aid noun has of its own (073 relief), and that with no
// giver named the verb keeps its other readings. Sentences written for the
// test.
func TestReceivedFrom(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source, target string
		want                       bool
	}{
		{"Mr Dlamini received money from the Libyan government.", "070", "org:lby-government", "person:dlamini", true},
		{"Chile has received financial support from Brazil.", "070", "country:BRA", "country:CHL", true},
		{"Malawi got humanitarian aid from Norway last month.", "073", "country:NOR", "country:MWI", true},
		// The receiver never gives what it receives.
		{"Mr Dlamini received money from the Libyan government.", "070", "person:dlamini", "", false},
		{"Chile has received financial support from Brazil.", "070", "country:CHL", "", false},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if e.Cameo == tt.code && (tt.source == "" || e.Source == tt.source) && (tt.target == "" || e.Target == tt.target) {
				found = true
			}
		}
		if found != tt.want {
			t.Errorf("%q: %s event %s>%s found %v, want %v\n%s", tt.text, tt.code, tt.source, tt.target, found, tt.want, dumpDoc(doc))
		}
	}
	// No giver named: no aid, whoever is in the sentence.
	doc := x.extract(Article{ID: "t"}, "Chile received the funds on Monday, Brazil said.")
	for _, e := range doc.Events {
		if strings.HasPrefix(e.Cameo, "07") {
			t.Errorf("no giver named, got %s %s>%s [%s]\n%s", e.Cameo, e.Source, e.Target, e.Trigger, dumpDoc(doc))
		}
	}
}
