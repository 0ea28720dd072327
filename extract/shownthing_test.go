package extract

import "testing"

// TestShownThing: "demonstrate" with an object or a clause shows something;
// intransitive it is a protest. Texts written for the test.
func TestShownThing(t *testing.T) {
	checkProtests(t, []protestCase{
		{"Danish students demonstrated that the new test was unfair.", false},
		{"Ericsson demonstrated a new handset at the fair in Copenhagen.", false},
		{"Danish students demonstrated outside the parliament in Copenhagen.", true},
	})
}

// protestCase is a text and whether a PROTEST event is expected from it.
type protestCase struct {
	text    string
	protest bool
}

// checkProtests extracts each text and checks whether it holds a PROTEST event.
func checkProtests(t *testing.T, cases []protestCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, tt := range cases {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				got = got || ev.Plover == "PROTEST"
			}
			if got != tt.protest {
				t.Errorf("protest %v, want %v; events %v", got, tt.protest, eventKeys(doc))
			}
		})
	}
}
