package extract

import (
	"strings"
	"testing"
)

// TestMetAcquainted: "met" for getting to know someone ("met as students",
// "met his future wife") is no meeting; a meeting of officials stays one.
// Texts written for the test.
func TestMetAcquainted(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The duo started the label in 1999 after Anna Berg and Tom Lind met as students in Oslo.", false},
		{"At Oslo University Norwegian minister Tom Lind met his future wife Anna, now a Labour MP.", false},
		{"Norwegian Prime Minister Tom Lind met Swedish Prime Minister Anna Berg in Oslo on Monday.", true},
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, c.text)
		got := false
		for _, ev := range doc.Events {
			if strings.HasPrefix(ev.Cameo, "04") && ev.Trigger == "met" {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: meeting %v, want %v (%v)", c.text, got, c.want, eventKeys(doc))
		}
	}
}
