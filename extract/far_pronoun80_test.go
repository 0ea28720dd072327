package extract

import (
	"slices"
	"testing"
)

// TestFarPronoun80 checks two ways "he" lost the person it stands for to
// someone else named nearby: the one told in "X told Y he would ..." (the
// report opened before Y, so Y became its subject), and a name in what a
// copula says of a description ("One of his classmates was Y"), which became the person a later "he" went back to.
// Texts written for the test.
func TestFarPronoun80(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text           string
		code, source, target string
		other                string // who must be no source
	}{
		{"title told a named person",
			`Danish premier Karl Berger faces a revolt. At a dinner last year the premier told Mr Otto Lind he would step down before the election.`,
			"0356", "Karl Berger", "", "Otto Lind"},
		{"told a named person that",
			`Karl Berger told Mr Otto Lind that he had accused the Danish government of lying.`,
			"112", "Karl Berger", "Danish government", "Otto Lind"},
		{"copula name after a description with his",
			`Otto Lind joined the Danish navy in 1981. One of his classmates at the naval school was Karl Berger. Years later he accused the Danish government of neglect.`,
			"112", "Otto Lind", "Danish government", "Karl Berger"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			evs := namedEvents(doc)
			if !slices.Contains(evs, namedEvent{tt.code, tt.source, tt.target}) {
				t.Errorf("no %s %s -> %q; events %v", tt.code, tt.source, tt.target, evs)
			}
			if slices.ContainsFunc(evs, func(e namedEvent) bool { return e.source == tt.other }) {
				t.Errorf("an event by %s; events %v", tt.other, evs)
			}
		})
	}
}
