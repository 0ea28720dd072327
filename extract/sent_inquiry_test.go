package extract

import (
	"strings"
	"testing"
)

// TestSentToInquire checks that people sent, dispatched or deployed to
// watch over, check or open an inquiry into something investigate (090):
// they are neither aid (070) nor forces raised (150). Forces deployed with
// such a purpose (any code of root 15), and aid dispatched, keep their codes. Sentences written
// for the test.
func TestSentToInquire(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, want, not string
	}{
		{"The IAEA dispatched a team of inspectors to the Bushehr plant in southern Iran to monitor the loading of fuel.", "090", "070"},
		{"The African Union is sending a 12-member team to Lusaka to conduct an independent audit of the vote count.", "090", "070"},
		{"Amnesty International deployed 40 observers at the border crossings to verify the treatment of migrants.", "090", "150"},
		{"Britain dispatched a team of engineers to Malawi after the floods.", "070", "090"},
		{"Russia deployed 3,000 troops along the frontier to monitor the truce.", "15", "090"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		codes := ""
		found := false
		for _, e := range doc.Events {
			codes += " " + e.Cameo
			if strings.HasPrefix(e.Cameo, tt.want) {
				found = true
			}
			if e.Cameo == tt.not {
				t.Errorf("%q: got %s [%s], want %s", tt.text, e.Cameo, e.Trigger, tt.want)
			}
		}
		if !found {
			t.Errorf("%q: no %s event (got%s)\n%s", tt.text, tt.want, codes, dumpDoc(doc))
		}
	}
}
