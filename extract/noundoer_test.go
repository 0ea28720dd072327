package extract

import (
	"strings"
	"testing"
)

// TestNounDoer checks who does an act named by a noun with a target: the
// subject of the verb the noun is the object of, not the subject of the
// sentence when the noun hangs elsewhere. Sentences written for the test.
func TestNounDoer(t *testing.T) {
	checkSources(t, []sourceCase{
		// the subject of "repeated", not of "doubted" (a threat only posed is
		// a danger, no act: threatMade)
		{"Ms Lowe doubted that Spain repeated a threat to Portugal.", "threat", "country:ESP"},
		// nobody named does the embargo of a plan
		{"Senator Ann Lowe was among those uneasy about a proposal to end the arms embargo imposed on Cuba.", "embargo", ""},
		// the subject of a copula does what its predicate noun names
		{"Japan is the largest donor to Nepal, giving aid to Nepal every year.", "donor", "country:JPN"},
	})
}

// sourceCase is a sentence, a word of its act's trigger and the source the
// act must have; "" when there must be no act of that trigger.
type sourceCase struct{ text, trigger, source string }

// triggerSources lists the sources of doc's events whose trigger holds
// word, in order.
func triggerSources(doc Document, word string) []string {
	var got []string
	for _, e := range doc.Events {
		if strings.Contains(e.Trigger, word) {
			got = append(got, e.Source)
		}
	}
	return got
}

// checkSources extracts each case's sentence and checks the source of the
// first event whose trigger holds the case's word.
func checkSources(t *testing.T, cases []sourceCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, tt := range cases {
		doc := x.extract(Article{ID: "t"}, tt.text)
		got := triggerSources(doc, tt.trigger)
		switch {
		case tt.source == "" && len(got) > 0:
			t.Errorf("%q: want no %q event, got sources %q\n%s", tt.text, tt.trigger, got, dumpDoc(doc))
		case tt.source != "" && (len(got) == 0 || got[0] != tt.source):
			t.Errorf("%q: want %q done by %s, got %q\n%s", tt.text, tt.trigger, tt.source, got, dumpDoc(doc))
		}
	}
}
