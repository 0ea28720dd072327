package extract

import (
	"strings"
	"testing"
)

// TestNeededNoun: an act noun that the subject needs, requires or must gain
// ("need the approval of parliament") is someone else's to give, not an act
// of the subject; an act noun the subject gives stays, and so does one whose
// agent follows "by".
func TestNeededNoun(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text, trigger string
		want          bool
	}{
		{"Most Finnish treaties need the approval of the Estonian parliament.", "approval", false},
		{"Sweden requires Norwegian approval for the pipeline.", "approval", false},
		{"Finland gave its approval to Estonia's plan.", "approval", true},
		{"The pact needs approval by the Estonian parliament.", "approval", true}, // the agent's planned act
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, c.text)
		found := false
		for _, ev := range doc.Events {
			if strings.Contains(ev.Trigger, c.trigger) {
				found = true
			}
		}
		if found != c.want {
			t.Errorf("%q: event on %q %v, want %v (%v)", c.text, c.trigger, found, c.want, eventKeys(doc))
		}
	}
}
