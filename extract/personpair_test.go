package extract

import (
	"slices"
	"testing"
)

// TestTwoPresidentsLastPersonPair: "the two presidents" stands for the last
// two persons who acted together, though other clauses came between, while
// no third person has been named since. Texts written for the test.
func TestTwoPresidentsLastPersonPair(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want bool // whether Okafor and Lindqvist agree with each other
	}{
		{"Nigerian President Amara Okafor and Swedish President Erik Lindqvist signed the accord in Lagos. Sweden will buy Nigerian crude. President Lindqvist added that Norway could join. The two presidents also agreed to set up a joint radio station.", true},
		{"Nigerian President Amara Okafor and Swedish President Erik Lindqvist signed the accord in Lagos. French President Paul Girard said Norway could join. The two presidents also agreed to set up a joint radio station.", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := slices.ContainsFunc(doc.Events, func(e Event) bool {
				return e.Root == "03" && e.Source == "person:amara-okafor" && e.Target == "person:erik-lindqvist"
			})
			if got != tt.want {
				t.Errorf("events %v, want Okafor agreeing with Lindqvist: %v", eventKeys(doc), tt.want)
			}
		})
	}
}
