package extract

import "testing"

// TestFundedCommitment checks that a commitment to someone that the
// sentence pays for (funding, a contribution, a sum) is aid to them (070),
// and that a commitment with no money named, or to a course of action,
// gives no aid. Sentences written for the test.
func TestFundedCommitment(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, source string
		aid          bool
	}{
		{"The new grant shows the British commitment to the people of Malawi, the minister said.", "country:GBR", true},
		{"Norway has deepened its commitment to Somali refugees with a donation of $20 million.", "country:NOR", true},
		{"Japan has shown its commitment to Thailand, the Japanese ambassador told reporters.", "", false},
		{"The Irish government made a commitment to spending 2% of its income on foreign aid.", "", false},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if e.Cameo == "070" {
				found = true
				if !tt.aid {
					t.Errorf("%q: aid event %s>%s [%s]", tt.text, e.Source, e.Target, e.Trigger)
				} else if e.Source != tt.source || e.Target == "" {
					t.Errorf("%q: aid %s>%s, want %s> someone", tt.text, e.Source, e.Target, tt.source)
				}
			}
		}
		if tt.aid && !found {
			t.Errorf("%q: no 070 event\n%s", tt.text, dumpDoc(doc))
		}
	}
}
