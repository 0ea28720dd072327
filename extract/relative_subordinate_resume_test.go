package extract

import "testing"

// TestRelativeWithSubordinateResumes: a subordinate clause inside a
// relative clause that interrupts the main one ("X, who took the post
// after Y quit, has rejected ...") ends at the relative clause's comma;
// the verb after it is the main subject's, not the subordinate clause's
// (BBC: the rejection was given to the minister who had quit). Texts
// written for the test.
func TestRelativeWithSubordinateResumes(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // source of the REJECT event
	}{
		{"Erik Lund, who became minister in May after Nils Berg resigned, has rejected the Danish offer.", "person:erik-lund"},
		{"Erik Lund, who became minister when Nils Berg resigned, rejected the Danish offer on Monday.", "person:erik-lund"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := ""
			for _, e := range doc.Events {
				if e.Plover == "REJECT" {
					got = e.Source
				}
			}
			if got != tt.want {
				t.Errorf("events %v, want REJECT by %q", eventKeys(doc), tt.want)
			}
		})
	}
}
