package extract

import "testing"

// codeSourceCase is a text and the source its event of code gets ("" for no
// event of that code).
type codeSourceCase struct{ text, code, source string }

// checkCodeSources extracts each case and compares the source of its last event
// of the case's code.
func checkCodeSources(t *testing.T, x *Extractor, cases []codeSourceCase) {
	t.Helper()
	for _, tt := range cases {
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

// TestItAfterThing: "it" whose nearest subject before it is a thing (a
// draft law, a report) stands for that thing, not for the actor named in
// an earlier sentence; after a body noun ("the company") the usual rules
// still give the actor. Texts written for the test.
func TestItAfterThing(t *testing.T) {
	checkCodeSources(t, newTestExtractor(t), []codeSourceCase{
		{"The Danish parliament met on Monday. Mr Lund said the draft law was a gentle nudge to ministers and suggested it would demand a reply.", "100", ""},
		{"The Norwegian government spoke first. The company said it would demand a reply.", "100", "org:nor-government"},
	})
}
