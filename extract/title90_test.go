package extract

import "testing"

// TestTitleOwnerAcrossSentences checks that a title whose owner the
// previous sentence names takes that owner as its body: "Its <title>, X"
// opening a sentence (the body the previous main clause was about) and
// "The <noun>'s [new] <title>[,] X" (the body definiteBodies finds for the
// noun). Two bodies, or a person, before "Its" give nothing: the title is
// never given to the nearest body by guess. Sentences written for the test.
func TestTitleOwnerAcrossSentences(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, person, tail string }{
		{"Amnesty International warned that the camps were overcrowded. Its director, Lena Marsh, said the ministry had ignored the warnings.", "person:lena-marsh", "org:amnesty"},
		{"Amnesty International warned that the camps were overcrowded. Its director Lena Marsh said the ministry had ignored the warnings.", "person:lena-marsh", "org:amnesty"},
		{"Amnesty International and Oxfam both warned that the camps were overcrowded. Its director, Lena Marsh, said the ministry had ignored the warnings.", "person:lena-marsh", ""},
		{"Tom Reedley told reporters that the camps were overcrowded. Its director, Lena Marsh, said the ministry had ignored the warnings.", "person:lena-marsh", ""},
		{"Gazprom cut its gas output in the winter. The company's new chief executive Oleg Varnakov said prices would rise.", "person:oleg-varnakov", "org:gazprom"},
		{"Barclays made a record profit last year. The bank's chairman, Hugh Denton, said bonuses would be cut.", "person:hugh-denton", "org:barclays"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		if tail, _ := lastRole(doc, tt.person); entityOf(&doc, tt.person) == nil || tail != tt.tail {
			t.Errorf("%q: %s role of %q, want of %q\n%s", tt.text, tt.person, tail, tt.tail, dumpDoc(doc))
		}
	}
}
