package extract

import "testing"

// TestLearntOpensClause: what someone "has learnt that" or "learned that"
// is a clause with its own subject; the one who learnt it is not the actor
// of the act inside. Texts written for the test.
func TestLearntOpensClause(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, notSource string
	}{
		{"The BBC has learnt that the board is unlikely to reject the plan.", "org:bbc"},
		{"The BBC learned that the club is to reject the plan.", "org:bbc"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2005-03-01"}, tt.text)
			for _, ev := range doc.Events {
				if ev.Source == tt.notSource {
					t.Errorf("%s %q given to the one who learnt it (%s)", ev.Cameo, ev.Trigger, ev.Source)
				}
			}
		})
	}
}
