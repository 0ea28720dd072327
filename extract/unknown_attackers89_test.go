package extract

import (
	"strings"
	"testing"
)

// TestUnknownAttackers89 checks when the unidentified-attackers fallback
// (an agentless act of force gets "<country> unidentified attackers" as its
// doer) stays silent: a passive killing in a sentence naming a disaster and
// no attack, a quarrel "between" two named persons, an army's "military
// operations", and a place that is a gathering's ("before talks in Paris"),
// not the act's. Each has a control where the fallback still fires.
// Sentences written for the test.
func TestUnknownAttackers89(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		want       string // the unidentified attackers the sentence must give; "" for none
	}{
		{"disaster named after the passive killing",
			"Some 4,000 villagers are feared to have been killed in Peru, near the landslide that buried the valley.",
			""},
		{"an attack in the sentence keeps the act",
			"Despite last year's floods, twelve guards were killed in an ambush in Peru.",
			"org:per-unidentified-attackers"},
		{"fighting between two named persons is a quarrel",
			"Fighting between Mr Ortega and Mr Lindqvist has made the front pages in Spain and investors fear that this fighting could weaken the shipping group.",
			""},
		{"fighting with no one named is still coded",
			"Heavy fighting broke out overnight in Chad.",
			"org:tcd-unidentified-attackers"},
		{"military operations are an army's",
			"Economists have linked the deficit to weak trade after the 2001 attacks and continuing military operations in Somalia and Yemen.",
			""},
		{"the place of a meeting is not where the attacks were",
			"Speaking ahead of a summit in Paris on aid, Mr Barzani said such attacks were against Kurdish interests.",
			""},
		{"the place of the blast gives the country",
			"A car bomb near a hotel in Paris exploded on Sunday.",
			"org:fra-unidentified-attackers"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			var got []string
			for _, e := range doc.Events {
				if strings.Contains(e.Source, "unidentified-attackers") {
					got = append(got, e.Source)
				}
			}
			if tt.want == "" && len(got) > 0 || tt.want != "" && !strings.Contains(strings.Join(got, " "), tt.want) {
				t.Errorf("%q: unidentified sources %q, want %q\n%s", tt.text, got, tt.want, dumpDoc(doc))
			}
		})
	}
}
