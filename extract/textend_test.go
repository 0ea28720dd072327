package extract

import "testing"

// TestRulesAtTheEndOfTheText: a text may stop right after a word whose
// rule reads on (a headline, a line cut short, no full stop): "resigned
// as" with no office after it panicked in officeAt, and Extract's recover
// then gave the whole article an empty document. Sentences written for
// the test.
func TestRulesAtTheEndOfTheText(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"Mr Berg resigned as",
		"Ole Berg met Lars Holm a week after Holm resigned as",
	} {
		doc := x.extract(Article{ID: "t"}, text)
		if len(doc.Entities) == 0 {
			t.Errorf("%q: no entities\n%s", text, dumpDoc(doc))
		}
	}
}
