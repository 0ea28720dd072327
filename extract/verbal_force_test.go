package extract

import (
	"slices"
	"testing"
)

// TestVerbalForce: force verbs between political actors are words, a
// union's strikes are labour strikes, and shooting game named before a
// pronoun is no force. "Clash" and "bombard" go the way of "attack" in
// politicalAttack: lawmakers who bombard a minister with questions
// criticise him (111), two party leaders who clash quarrel; soldiers who
// bombard a town and riot police who clash with students still use force.
// A trade union that stages strikes strikes for pay (143), an air force's
// strikes stay force. Texts written for the test.
func TestVerbalForce(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // a code among the events of root 11, 14, 18 or 19 ("" for none of them)
		not  string // a code that must not be among them
	}{
		{"Irish MPs bombarded Justice Minister Aoife Byrne with a stream of questions about the prison report.", "111", "194"},
		{"The two party leaders in Canada clashed only days after the campaign began.", "", "190"},
		{"Spanish troops bombarded the rebel town of Vela on Sunday.", "194", "111"},
		{"Riot police clashed with students outside the Chilean parliament.", "190", "111"},
		{"Rail unions carried out strikes that shut down the network across Portugal.", "143", "190"},
		{"The Israeli air force carried out strikes against Hamas positions in Gaza.", "190", "143"},
		{"Local farmers trap rabbits and then shoot them, a Kenyan police spokesman said.", "", "190"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			var got []string
			for _, ev := range doc.Events {
				if r := ev.Cameo[:2]; r == "11" || r == "14" || r == "18" || r == "19" {
					got = append(got, ev.Cameo)
				}
			}
			if tt.want != "" && !slices.Contains(got, tt.want) || slices.Contains(got, tt.not) {
				t.Errorf("got %v, want %q not %q; events %v", got, tt.want, tt.not, eventKeys(doc))
			}
		})
	}
}
