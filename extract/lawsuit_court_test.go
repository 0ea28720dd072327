package extract

import (
	"strings"
	"testing"
)

// TestLawsuitCourtNoTarget checks that the court a lawsuit is brought in
// or taken to is not its target: it hears the case. The lawsuit itself
// must be found, or the test would pass on a sentence the rule never saw.
// Texts written for the test.
func TestLawsuitCourtNoTarget(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"Greenpeace filed its lawsuit at the US District Court in Boston on Monday.",
		"On Friday Oxfam took the Treasury to the High Court in London.",
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
		found := false
		for _, e := range doc.Events {
			if e.Cameo != "115" {
				continue
			}
			found = true
			for _, en := range doc.Entities {
				if en.ID == e.Target && en.Kind != KindPerson && strings.Contains(en.Name, "Court") {
					t.Errorf("%q: lawsuit aimed at the court %s\n%s", text, en.Name, dumpDoc(doc))
				}
			}
		}
		if !found {
			t.Errorf("%q: no lawsuit (115) found\n%s", text, dumpDoc(doc))
		}
	}
}
