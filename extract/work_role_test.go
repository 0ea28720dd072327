package extract

import "testing"

// TestWorkBeforeRole: an unknown name right before a role noun and a
// person's name is the film, show or band the person works in, not a
// person; and a person with only a nationality who works with another is a
// private collaboration. Texts written for the test.
func TestWorkBeforeRole(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source string // source "" : no event of that code
	}{
		{"Lucy Grey director Tom Hale has criticised the Labour Party.", "110", "person:tom-hale"},
		{"Peter Pan star Ann Veld has criticised the Labour Party.", "110", "person:ann-veld"},
		{"US rapper Jon Blake topped the charts last year. On the new album Blake collaborated with singer Mae Ross.", "060", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := ""
			for _, ev := range doc.Events {
				if ev.Cameo == tt.code {
					got = ev.Source
				}
			}
			if got != tt.source {
				t.Errorf("source of %s %q, want %q; events %v", tt.code, got, tt.source, eventKeys(doc))
			}
		})
	}
}
