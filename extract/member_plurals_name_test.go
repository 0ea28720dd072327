package extract

import "testing"

// TestMemberPluralAfterAdjective checks that an adjective the dictionary
// does not know before "MPs" ("Disabled MPs", "Radical MPs") makes no person of the two words. Sentences written for the test.
func TestMemberPluralAfterAdjective(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		not  string
	}{
		{"A scheme to raise the number of young and Disabled MPs was turned down by the party board.", "person:disabled-mps"},
		{"The coalition could last only while the nine Radical MPs would vote with it.", "person:radical-mps"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		for _, e := range doc.Entities {
			if e.ID == tt.not {
				t.Errorf("%q: made %s\n%s", tt.text, tt.not, dumpDoc(doc))
			}
		}
	}
}
