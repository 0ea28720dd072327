package extract

import (
	"strings"
	"testing"
)

// TestUSWithoutFinalStop checks that "U.S" with its last full stop left out
// (a common slip in wire copy) names the United States as "U.S." does.
// Sentences written for the test.
func TestUSWithoutFinalStop(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"U.S border officials shared intelligence with Mexico on Monday.",
		"U.S. border officials shared intelligence with Mexico on Monday.",
	} {
		doc := x.extract(Article{ID: "t"}, text)
		found := false
		for _, e := range doc.Events {
			if e.Source == "country:USA" || strings.HasPrefix(e.Source, "org:usa-") {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no event by the United States\n%s", text, dumpDoc(doc))
		}
	}
}
