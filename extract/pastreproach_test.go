package extract

import (
	"strings"
	"testing"
)

// TestPastReproach: "X said Y should have done Z" is X faulting Y (111),
// not a demand; "must have" and a passive after "should have been" fault no
// one; a quotation that opens at the modal leaves its subject in place, for
// the reproach and for a demand alike. Texts written for the test.
func TestPastReproach(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // an event key that must be there ("" for no event)
		not  string // an event key prefix that must not be there
	}{
		{"Peru said Chile should have withdrawn its troops last year.", "111 country:PER>country:CHL", "020"},
		{"Mr Halvorsen argued the minister Ole Brekke should have resigned in March.", "111 person:", "020"},
		{"Mr Brekke \"should have apologised at once\" when he saw the tape, said Mr Halvorsen.", "111 person:", ""},
		{"Mr Halvorsen said Mr Brekke \"must resign\" over the affair.", "100 person:", ""},
		// A guess about the past, or a passive: no one is faulted.
		{"Peru said Chile must have known about the raid.", "", ""},
		{"Peru said the report should have been published.", "", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			checkKeyPrefix(t, eventKeys(doc), tt.want, tt.not)
		})
	}
}

// checkKeyPrefix checks that some event key starts with want and none with
// not ("" for no such check); an empty want asks for no event at all.
func checkKeyPrefix(t *testing.T, keys []string, want, not string) {
	t.Helper()
	if want == "" {
		if len(keys) > 0 {
			t.Errorf("events %v, want none", keys)
		}
		return
	}
	found := false
	for _, k := range keys {
		found = found || strings.HasPrefix(k, want)
		if not != "" && strings.HasPrefix(k, not) {
			t.Errorf("event %s, want no %s", k, not)
		}
	}
	if !found {
		t.Errorf("events %v, want %s", keys, want)
	}
}
