package extract

import (
	"strings"
	"testing"
)

// TestReproachedActDoer checks whom a reproach of an act named by a noun is
// aimed at: the doer after "by", not the one the act was done to after
// "of", whether the act is the verb's object or its passive subject.
// Sentences written for the test.
func TestReproachedActDoer(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, trigger, target string }{
		{"Chile condemned the seizure of Peru's fishing boats by Ecuador.", "condemned", "country:ECU"},
		{"Norway deplored the expulsion of Sudanese refugees by Egypt.", "deplored", "country:EGY"},
		{"Portugal protested the detention of its consul by Angola.", "protested", "country:AGO"},
		{"The shelling of Armenia by Azerbaijan was condemned by Greece.", "condemned", "country:AZE"},
		// no "by" phrase: whom the act was done to stays the target
		{"Chile condemned the seizure of Peruvian boats in March.", "condemned", "country:PER"},
		// a "by" after a participle is that participle's agent
		{"Norway condemned the killing of Kenyan herders driven out by Sudan.", "condemned", "country:KEN"},
		// a possessive doer is the first actor after the verb
		{"Chile condemned Ecuador's seizure of Peruvian boats.", "condemned", "country:ECU"},
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
