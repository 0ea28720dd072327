package extract

import (
	"slices"
	"testing"
)

// TestPossessivePassiveTarget checks that a passive clause whose subject
// is a thing of a possessive pronoun ("Her proposals were rejected by X")
// aims the act at the actor the pronoun stands for; and that a "White
// Paper" is no person a later "his" could stand for. Texts written for the
// test.
func TestPossessivePassiveTarget(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source, target string
	}{
		{"The Tories want a tax on aviation fuel. Their plan was backed by Labour MP Jon Cruddas.", "050", "Jon Cruddas", "Conservative Party"},
		{"Tory MP David Davis called the latest White Paper a gimmick on Tuesday. His claim was denied by Home Secretary Charles Clarke.", "016", "Charles Clarke", "David Davis"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if !slices.Contains(namedEvents(doc), namedEvent{tt.code, tt.source, tt.target}) {
				t.Errorf("no %s %s -> %s; events %v", tt.code, tt.source, tt.target, eventKeys(doc))
			}
		})
	}
}
