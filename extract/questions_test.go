package extract

import (
	"strings"
	"testing"
)

// TestQuestionsReportNoAct: an act asked about in a direct question (an
// auxiliary, a modal or a wh-word before its subject, the sentence ending
// with "?") is no event; the same act told as a statement, or a statement
// made before a quoted question, still is. Texts written for the test.
func TestQuestionsReportNoAct(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, trigger string
		want          bool
	}{
		{`Voters will be asked: "Should Norway sign the treaty establishing a customs union with the European Union?"`, "sign", false},
		{`Would Sweden really sign a defence pact with Russia?`, "sign", false},
		{`She asked - why did France send troops to Chad?`, "send", false},
		{`He asked -- what aid group could possibly give expensive food to 20 million hungry Sudanese?`, "give", false},
		{`Norway signed the treaty establishing a customs union with the European Union.`, "sign", true},
		{`Sweden condemned the vote and asked: "What comes next?"`, "condemned", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				if strings.HasPrefix(ev.Trigger, tt.trigger) {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("event on %q: %v, want %v; events %v", tt.trigger, got, tt.want, eventKeys(doc))
			}
		})
	}
}
