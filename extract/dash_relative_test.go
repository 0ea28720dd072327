package extract

import "testing"

// TestDashRelativeClause checks that a relative clause set off by dashes
// ends at its closing dash, as one set off by commas ends at its comma: the
// main clause after it keeps its own date and subject, and the date inside
// the dashes stays with the relative clause. Sentences written for the
// test; published 2009-06-17.
func TestDashRelativeClause(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, trigger, want, source string
	}{
		{"Peru's president Alan Garcia - who took office in July 2006 - will visit Chile in March next year.", "visit", "2010-03", "person:alan-garcia"},
		{"Peru's president Alan Garcia, who took office in July 2006, will visit Chile in March next year.", "visit", "2010-03", "person:alan-garcia"},
	} {
		doc := x.extract(Article{ID: "t", Published: "2009-06-17"}, tt.text)
		got, src := "none", ""
		if e := lastOnTrigger(doc, tt.trigger); e != nil {
			got, src = e.Date, e.Source
		}
		if got != tt.want || src != tt.source {
			t.Errorf("%q: %q dated %s by %s, want %s by %s\n%s", tt.text, tt.trigger, got, src, tt.want, tt.source, dumpDoc(doc))
		}
	}
}
