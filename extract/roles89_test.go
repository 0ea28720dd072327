package extract

import "testing"

// TestStyledJudgeTitle checks that the English judicial style before a
// surname ("Mr Justice X", "Lord Justice X") makes a judge of the United
// Kingdom, as "Judge X" makes a judge: the style is the title, not an
// honorific before one. Sentences written for the test.
func TestStyledJudgeTitle(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, person, tail, label string }{
		{"Mr Justice Pembury told the court the fine had been far too low.", "person:pembury", "country:GBR", "Judge"},
		{"The appeal was heard by Lord Justice Whitcombe in the spring.", "person:whitcombe", "country:GBR", "Judge"},
		{"Mrs Justice Harrowgate refused to lift the order on Tuesday.", "person:harrowgate", "country:GBR", "Judge"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		tail, label := lastRole(doc, tt.person)
		if tail != tt.tail || label != tt.label {
			t.Errorf("%q: %s has role %q of %q, want %q of %q\n%s", tt.text, tt.person, label, tail, tt.label, tt.tail, dumpDoc(doc))
		}
	}
}
