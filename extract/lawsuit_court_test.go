package extract

import (
	"strings"
	"testing"
)

// TestLawsuitCourtNoTarget checks that the court a lawsuit is brought in
// or taken to is not its target: it hears the case. Texts written for the
// test.
func TestLawsuitCourtNoTarget(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"Greenpeace filed the suit in the US District Court in Boston on Monday.",
		"The commission then took Italy to the European Court of Justice over the waste rules.",
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
		for _, e := range doc.Events {
			for _, en := range doc.Entities {
				if e.Cameo == "115" && en.ID == e.Target && en.Kind != KindPerson && strings.Contains(en.Name, "Court") {
					t.Errorf("%q: lawsuit aimed at the court %s\n%s", text, en.Name, dumpDoc(doc))
				}
			}
		}
	}
}
