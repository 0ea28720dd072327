package extract

import "testing"

// TestWhichOpensBody checks that a name made a person because it acts is a
// body when, opening a sentence, a ", which" clause follows it, even when
// it starts with a given name; a name followed by ", which" inside a
// sentence ("a speech by X, which") or by "who" stays a person. Sentences
// written for the test.
func TestWhichOpensBody(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, want, not string
	}{
		{"Norvik Tannery thanked its workers on Friday. Norvik Tannery, which employs 900 staff, makes leather in Leeds.",
			"org:norvik-tannery", "person:norvik-tannery"},
		{"Emily Varsh thanked the suppliers on Monday. Emily Varsh, which opened its first shop in 1971, sells curtains.",
			"org:emily-varsh", "person:emily-varsh"},
		{"Emily Varsh thanked the suppliers on Monday. Emily Varsh, who opened her first shop in 1971, sells curtains.",
			"person:emily-varsh", "org:emily-varsh"},
		{"Emily Varsh thanked the suppliers on Monday. Critics attacked a speech by Emily Varsh, which was long.",
			"person:emily-varsh", "org:emily-varsh"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		if entityOf(&doc, tt.want) == nil || entityOf(&doc, tt.not) != nil {
			t.Errorf("%q: want %s, not %s\n%s", tt.text, tt.want, tt.not, dumpDoc(doc))
		}
	}
}
