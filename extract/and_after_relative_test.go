package extract

import "testing"

// TestAndAfterRelative: a verb joined by "and" after a relative clause on
// the main clause's object ("named the case of X, who died ..., and urged")
// is the main subject's act, not the relative's antecedent's. Texts written
// for the test.
func TestAndAfterRelative(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, source string }{
		{"The Danish parliament named the case of Per Holm, who died in prison in 2001, and urged the Danish government to open an inquiry.", "org:dnk-parliament"},
		{"The study named the case of Per Holm, who died in prison in 2001, and urged the Danish government to open an inquiry.", ""},
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
		got := ""
		for _, ev := range doc.Events {
			if ev.Cameo == "020" {
				got = ev.Source
			}
		}
		if got != tt.source {
			t.Errorf("%q: source %q, want %q; events %v", tt.text, got, tt.source, eventKeys(doc))
		}
	}
}
