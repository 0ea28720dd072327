package extract

import (
	"strings"
	"testing"
)

// TestPossessiveSupportFor checks the target of a support frame whose
// object is another's support "for" an actor ("voiced the mayor's backing
// for Chile"): whom the support is for, not the one who holds it.
// Sentences written for the test.
func TestPossessiveSupportFor(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, trigger, target string }{
		// a person's support: the "for" actor is the target
		{"Peru underlined Senator Ann Lowe's backing for Chile.", "underlined", "country:CHL"},
		// no actor after "for": the possessor stays, as before
		{"Peru underlined Senator Ann Lowe's backing for the plan.", "underlined", "person:ann-lowe"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		var got []string
		for _, e := range doc.Events {
			if strings.Contains(e.Trigger, tt.trigger) {
				got = append(got, e.Target)
			}
		}
		if len(got) == 0 || got[0] != tt.target {
			t.Errorf("%q: want %q aimed at %s, got %q\n%s", tt.text, tt.trigger, tt.target, got, dumpDoc(doc))
		}
	}
}
