package extract

import "testing"

// TestItAfterThing: "it" whose nearest subject before it is a thing (a
// draft law, a report) stands for that thing, not for the actor named in
// an earlier sentence; after a body noun ("the company") the usual rules
// still give the actor. Texts written for the test.
func TestItAfterThing(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source string // source "": no event of that code
	}{
		{"The Danish parliament met on Monday. Mr Lund said the draft law was a gentle nudge to ministers and suggested it would demand a reply.", "100", ""},
		{"The Norwegian government spoke first. The company said it would demand a reply.", "100", "org:nor-government"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := ""
			for _, ev := range doc.Events {
				if ev.Cameo == tt.code {
					got = ev.Source
				}
			}
			if got != tt.source {
				t.Errorf("source of %s %q, want %q; events %v", tt.code, got, tt.source, eventKeys(doc))
			}
		})
	}
}
