package extract

import "testing"

// TestAsClauseSubjectAfterAppositive: "as <Name>, <appositive>, <verb-ed>"
// opens a clause whose own subject does its verb, even after an honorific
// and a title set off by commas; the pronoun subject of the clause before
// is not the doer. Text written for the test.
func TestAsClauseSubjectAfterAppositive(t *testing.T) {
	x := newTestExtractor(t)
	text := "Tom Pryce said the budget was safe. He was talking as Dame Alice Wren, the union leader, warned Mr Pryce not to raise taxes before the vote."
	doc := x.extract(Article{ID: "t"}, text)
	got := false
	for _, e := range doc.Events {
		if e.Trigger == "warned" {
			got = true
			if e.Source != "person:alice-wren" {
				t.Errorf("warned: source %s, want person:alice-wren\n%s", e.Source, dumpDoc(doc))
			}
		}
	}
	if !got {
		t.Errorf("no warned event\n%s", dumpDoc(doc))
	}
}
