package extract

import "testing"

// TestShownThing: "demonstrate" with an object or a clause shows something;
// intransitive it is a protest. Texts written for the test.
func TestShownThing(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		protest bool // whether a PROTEST event is expected
	}{
		{"Danish students demonstrated that the new test was unfair.", false},
		{"Ericsson demonstrated a new handset at the fair in Copenhagen.", false},
		{"Danish students demonstrated outside the parliament in Copenhagen.", true},
	} {
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
