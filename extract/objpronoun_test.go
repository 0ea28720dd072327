package extract

import (
	"strings"
	"testing"
)

// TestObjectPronoun checks that "him" or "her" as a verb's object is the
// one the sentence's last act was aimed at, else the person named before
// the verb; "her" before a noun is a possessive. Sentences written for the
// test.
func TestObjectPronoun(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, root, target string // root of the act; target "" for none
	}{
		{"A Norwegian court convicted Peter Holm of fraud and sentenced him to two years in prison.", "17", "person:peter-holm"},
		{"Peter Holm was freed on Monday after President Maria Lind pardoned him.", "08", "person:peter-holm"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if strings.HasPrefix(e.Cameo, tt.root) && e.Target == tt.target {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s event aimed at %q\n%s", tt.text, tt.root, tt.target, dumpDoc(doc))
		}
	}
}
