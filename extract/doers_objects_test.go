package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestDoersAndObjects: who does a nominal act after "the" or a verb of
// getting ("receive IMF support"), the named subject of a clause joined by
// "and" after a comma, and an object "it" resolved to the body named
// before it. Texts written for the test.
func TestDoersAndObjects(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		code string // CAMEO code of the event checked
		want string // "source>target" (entity ids) that must be among its events
		not  string // "source>target" that must not be
	}{
		{"Only Chad and Niger now receive IMF support for their budgets.", "050", "org:imf>", "country:TCD>"},
		{"Tory leader Michael Howard was cheered at the rally, and Mr Penrose resigned in protest.", "0874", "person:penrose>", "person:michael-howard>"},
		{"Senator Ruiz has left the Green Party and accused it of betraying its voters.", "112", "person:ruiz>org:green-party", ">org:gbr-civilians"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			var got []string
			for _, ev := range doc.Events {
				if ev.Cameo == tt.code {
					got = append(got, ev.Source+">"+ev.Target)
				}
			}
			if !slices.ContainsFunc(got, func(s string) bool {
				return strings.HasPrefix(s, tt.want) || strings.Contains(s, tt.want) && tt.want[0] == '>'
			}) {
				t.Errorf("want %s among %v (all %v)", tt.want, got, eventKeys(doc))
			}
			for _, s := range got {
				if strings.HasPrefix(s, tt.not) || tt.not[0] == '>' && strings.HasSuffix(s, tt.not) {
					t.Errorf("unwanted %s in %v", tt.not, got)
				}
			}
		})
	}
}
