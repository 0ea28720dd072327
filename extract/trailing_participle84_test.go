package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTrailingReportBeforeParticiple: a charge, complaint or protest told
// after its report and followed by a comma and a participle (", X
// charged, adding ...", ", X protested, saying ...") still ends the
// report: the report keeps its own subject, the verb is an accusation by
// the speaker against it, and what the participle adds is the speaker's.
// Texts written for the test.
func TestTrailingReportBeforeParticiple(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text     string
		want     []string // event key prefixes that must be there
		dontWant []string // event key prefixes that must not
	}{
		{"Troops from Sudan have been burning villages near the border, Chad charged on Monday, adding that it would recall its ambassador.",
			[]string{"112 country:TCD>org:sdn-military", "161 country:TCD>"},
			[]string{"1121 ", "161 org:sdn-military>"}},
		{"The Austrian government has broken its promise on transit fees, Italy complained, urging Vienna to reverse the decision.",
			[]string{"020 country:ITA>country:AUT"},
			[]string{"020 org:aut-government>"}},
		{"Ecuadorean police detained two Colombian farmers, Colombia protested, saying the men were on their own land.",
			[]string{"111 country:COL>org:ecu-police"},
			[]string{"140 "}},
		// Joined by "and" the verb is an act of its own, participle or not.
		{"Bolivian students marched through the capital and Peru complained, saying the protest was staged.",
			nil,
			[]string{"114 country:PER>org:bol-civilians"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			has := func(w string) bool {
				return slices.ContainsFunc(keys, func(k string) bool { return strings.HasPrefix(k, w) })
			}
			for _, w := range tt.want {
				if !has(w) {
					t.Errorf("events %v, want %q", keys, w)
				}
			}
			for _, w := range tt.dontWant {
				if has(w) {
					t.Errorf("events %v, do not want %q", keys, w)
				}
			}
		})
	}
}
