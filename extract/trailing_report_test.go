package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTrailingReportVerbs: a warning, complaint, protest or charge told
// after what it reports (", X protested on Friday.") ends the report as
// "said" does: the report keeps its own subject, the verb takes the actor
// before it, and a complaint, protest or charge is an accusation against
// the report's subject, also when a comma and a participle follow (", X
// charged, adding ...": what the participle adds is the speaker's). Texts
// written for the test.
func TestTrailingReportVerbs(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text     string
		want     []string // event key prefixes that must be there
		dontWant []string // event key prefixes that must not
	}{
		{"The Kenyan police are ignoring the complaints of farmers, a Norwegian aid group protested here Friday.",
			[]string{"111 "}, []string{"140 "}},
		{"The Peruvian government had detained three journalists, Spain complained on Tuesday.",
			[]string{"114 country:ESP>org:per-government", "173 org:per-government>"}, []string{"173 org:per-government>country:ESP"}},
		{"The Chilean army has been shelling villages, Argentina charged.",
			[]string{"112 country:ARG>"}, []string{"1121 "}},
		// Told before a clause, or joined by "and", the verb is no report.
		{"Spain protested outside the Peruvian embassy and Peru complained.",
			[]string{"140 country:ESP>"}, nil},
		// Followed by a comma and a participle (", X charged, adding ..."), the
		// report still ends there and what the participle adds is the speaker's.
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
