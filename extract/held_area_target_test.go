package extract

import (
	"strings"
	"testing"
)

// TestRebelHeldTarget checks that a place held by rebels, struck or hit,
// is a military target (190), while a plain town is not one by itself.
// Sentences written for the test.
func TestRebelHeldTarget(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Government missiles struck a rebel-held town in northern Chad.", true},
		{"Chadian army rockets hit rebel-held areas east of the capital.", true},
		{"Government missiles struck a town in northern Chad.", false},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			found = found || strings.HasPrefix(e.Cameo, "190")
		}
		if found != tt.want {
			t.Errorf("%q: 190 event %v, want %v\n%s", tt.text, found, tt.want, dumpDoc(doc))
		}
	}
}
