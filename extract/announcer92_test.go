package extract

import (
	"slices"
	"testing"
)

// TestAnnouncedPolicyOwner: a reaction to "the move", "the decision" or "it"
// told a few sentences after an actor announced or decided something is
// aimed at that actor (noteAnnouncer, announcedPolicyOwner), and so is a
// judgement of "the pledges" (judgedPolicyOwner); two announcers
// in one sentence, or one too far back, give no target. A decision noun
// inside a frame ("branded the decision unacceptable") points back at the
// last move (anaphoricObject). Texts written for the test.
func TestAnnouncedPolicyOwner(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text, want string
	}{
		{"is to", "The World Health Organization is to open an office in Lima. Peru's health minister Ana Ruiz welcomed the move.",
			"051 person:ana-ruiz>org:who"},
		{"it after unveiled", "French Finance Minister Jean Dupont unveiled a tax on aviation fuel on Monday. Germany branded it a disgrace.",
			"111 country:DEU>person:jean-dupont"},
		{"two announcers tie", "Chile has announced new tariffs on steel and Argentina has unveiled a subsidy for farmers. Brazil criticised the move.",
			"110 country:BRA>"},
		{"out of reach", "Chile has announced new tariffs on steel. Argentine President Carlos Soria said the tariffs were a mistake. He said Argentina would complain. He flew to Geneva. Officials met there. The talks ended. Nothing was agreed. Brazil criticised the move.",
			"110 country:BRA>"},
		{"judged thing", "Chilean President Ana Ruiz unveiled five election pledges on Friday. Argentina said the pledges were worthless.",
			"111 country:ARG>person:ana-ruiz"},
		{"decision inside a frame", "Brazil has ruled out lifting its ban on Chilean beef. Chile branded the decision unacceptable.",
			"111 country:CHL>country:BRA"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if keys := eventKeys(doc); !slices.Contains(keys, tt.want) {
				t.Errorf("events %v, want %s", keys, tt.want)
			}
		})
	}
}
