package extract

import (
	"strings"
	"testing"
)

// TestAnaphoricActTarget checks the target given to an act aimed at "the
// decision", "the move" or "the measures": whoever did the last act, but
// only when that act was a deed and not mere words or a deed only asked
// for, and only when the noun is the act's object rather than the subject
// of a clause of its own. Sentences written for the test.
func TestAnaphoricActTarget(t *testing.T) {
	cases := []actTargetCase{
		// the last act was a deed: its doer made the decision
		{"The Kenyan government imposed a curfew in Nairobi. Amnesty International criticised the decision.", "criticised", "org:ken-government"},
		// the last act was an appeal: the appealer made no measures
		{"Amnesty International urged the Kenyan government to release the detainees. But the Kenyan interior ministry defended the measures.", "defended", ""},
		// the noun is the subject of what is denied
		{"The Kenyan government expelled two Ugandan diplomats. The Ugandan foreign minister denied the decision would harm trade.", "denied", ""},
	}
	checkActTargets(t, newTestExtractor(t), cases)
}

// actTargetCase is a text, the trigger of one of its events and the target
// that event must have ("" for none).
type actTargetCase struct{ text, trigger, target string }

// checkActTargets checks the target of each case's trigger event.
func checkActTargets(t *testing.T, x *Extractor, cases []actTargetCase) {
	t.Helper()
	for _, tt := range cases {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if !strings.Contains(e.Trigger, tt.trigger) {
				continue
			}
			found = true
			if e.Target != tt.target {
				t.Errorf("%q: %q aimed at %q, want %q\n%s", tt.text, tt.trigger, e.Target, tt.target, dumpDoc(doc))
			}
		}
		if !found {
			t.Errorf("%q: no %q event\n%s", tt.text, tt.trigger, dumpDoc(doc))
		}
	}
}
