package extract

import (
	"strings"
	"testing"
)

// TestActorAfterPrep checks that a verb pattern's word after a preposition
// and a nationality adjective or acronym is read as a noun, so the clause's
// subject is not made to do it, while a verb after a place that ends the
// subject stays a verb. Sentences written for the test.
func TestActorAfterPrep(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, root, source string
		want               bool // an event of root with that source is made
	}{
		{"The German chancellor gave in to American pressure, officials said.", "02", "org:deu-government", false},
		{"Jacques Chirac was speaking about the conviction of four men for ETA bomb attacks on hotels in 1987.", "19", "person:jacques-chirac", false},
		{"Jacques Chirac was speaking about the conviction of four men for ETA bomb attacks on hotels in 1987.", "18", "org:eta", true},
		// a verb after a place that ends the subject
		{"Farmers in the Spanish town of Lorca protest against the water plan every week.", "14", "org:esp-civilians", true},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		got := false
		for _, e := range doc.Events {
			if strings.HasPrefix(e.Cameo, tt.root) && e.Source == tt.source {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q: %s event by %s %v, want %v\n%s", tt.text, tt.root, tt.source, got, tt.want, dumpDoc(doc))
		}
	}
}
