package extract

import (
	"slices"
	"testing"
)

// TestSaidAndVerb: in "X said <report> and <verb>ed ...", the verb after
// "and" is X's when the report's verb is under a modal or a negated "do" or its subject is
// no actor; a report with an actor subject and a plain past verb keeps the
// second verb ("said Labour met the unions and criticised ..."). Texts
// written for the test.
func TestSaidAndVerb(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source, target string
	}{
		{"Jack Straw said Labour would publish its manifesto soon and criticised the Conservative Party.", "110", "Jack Straw", "Conservative Party"},
		{"Jack Straw said the report was fair and praised the European Commission.", "051", "Jack Straw", "European Commission"},
		{"Jack Straw said it was too early to judge and urged the European Commission to wait.", "020", "Jack Straw", "European Commission"},
		{"Jack Straw said Labour met the unions and criticised the Conservative Party.", "110", "Labour Party", "Conservative Party"},
		// A negated "do" leaves the report's verb bare, as a modal does.
		{"Jack Straw said Labour did not want an early vote and criticised the Conservative Party.", "110", "Jack Straw", "Conservative Party"},
		{"Jack Straw said Labour does not plan a walkout and urged the European Commission to wait.", "020", "Jack Straw", "European Commission"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if !slices.Contains(namedEvents(doc), namedEvent{tt.code, tt.source, tt.target}) {
				t.Errorf("no %s %s -> %s; events %v", tt.code, tt.source, tt.target, eventKeys(doc))
			}
		})
	}
}
