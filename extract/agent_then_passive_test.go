package extract

import (
	"slices"
	"testing"
)

// TestAgentThenPassive checks that in "A is run by X and backed by Y" the
// agent X of the first passive is not what Y backed: the participle after
// "and" is joined to the verb before, whether the tree hangs it there or
// (misread) on X. Texts written for the test.
func TestAgentThenPassive(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		`The three projects are overseen by the Baltic Energy Forum and backed by EU grants for clean power.`,
		`The two funds are managed by the Nordic Investment Bank and backed by the European Union.`,
	} {
		t.Run(text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
			evs := namedEvents(doc)
			if !slices.Contains(evs, namedEvent{"050", "European Union", ""}) {
				t.Errorf("no 050 European Union -> none; events %v", eventKeys(doc))
			}
		})
	}
}
