package extract

import "testing"

// TestBodyHeadAfterSectorWord checks that a body's head word after a
// capitalized sector word is named with it ("the Army Board"), not as a
// body called "Board". Sentences written for the test.
func TestBodyHeadAfterSectorWord(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text, want, notWant string
	}{
		{"sector word and head", "The Army Board will meet generals in York next week.", "org:army-board", "org:board"},
		{"nationality, sector word and head", "The Kenyan Media Council said the play would not be staged.", "org:media-council", "org:council"},
		{"lower-case sector word is no part of the name", "A media Council of elders met on Friday.", "", "org:media-council"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			if tt.want != "" && entityOf(&doc, tt.want) == nil {
				t.Errorf("no %s\n%s", tt.want, dumpDoc(doc))
			}
			if entityOf(&doc, tt.notWant) != nil {
				t.Errorf("unwanted %s\n%s", tt.notWant, dumpDoc(doc))
			}
		})
	}
}
