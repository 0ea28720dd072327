package extract

import (
	"strings"
	"testing"
)

// A short time adjunct between a verb and the "to" it governs ("vowed last
// week to", "agreed on 12 March to", "offered once more to") is read as if
// it were not there: the "X to" line still matches, "agree on" does not take
// the date for what was agreed on, and an infinitive the tree hangs off the
// verb as an adverbial clause stays in the verb's clause.
func TestTimeAdjunctBeforeTo(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text, want string // want: "cameo/modality/clause/trigger" of each event
	}{
		{"Poland vowed last week to send more soldiers to Lithuania.", "030/asserted/main/vowed last week to"},
		{"Brazil offered once more to mediate between Peru and Bolivia.", "039/asserted/main/offered once more to mediate 039/asserted/main/offered once more to mediate"},
		{"Ghana agreed on 3 April to give more food aid to Togo.", "030/asserted/main/agreed on 3 April to"},
		{"Ghana agreed on Tuesday to give more food aid to Togo.", "030/asserted/main/agreed on Tuesday to"},
		{"The Chilean government planned this month to expel the Bolivian consul.", "136/planned/main/expel"},
		// No adjunct: unchanged.
		{"Poland vowed to send more soldiers to Lithuania.", "030/asserted/main/vowed to"},
		{"The Chilean government planned to expel the Bolivian consul.", "136/planned/main/expel"},
	}
	for _, tt := range cases {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			var got []string
			for _, e := range doc.Events {
				got = append(got, e.Cameo+"/"+e.Modality+"/"+e.Clause+"/"+e.Trigger)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("events %q, want %q", g, tt.want)
			}
		})
	}
}
