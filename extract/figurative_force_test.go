package extract

import (
	"slices"
	"testing"
)

// TestFigurativeForce: verbs and nouns of force used of words, not arms.
// An attack noun after a party's name ("the Green attack") or after one
// quoted word (the "cowardly" attack: what the attack called someone) is
// criticism (111); so is an attack on a cost. A verb of force whose object
// is a thing said or decided ("carry out" sense of "execute", "clash with"
// a speech) makes no event of force, and "fighting the coming election" as
// a noun is a contest, no fight. A real attack stays. Texts written for the
// test.
func TestFigurativeForce(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // a code among the events of root 13, 18, 19 or 111 ("" for none of them); no 111 unless wanted
	}{
		{"Mr Rudd brushed aside the latest SNP attack on Tuesday.", "111"},
		{"The Jacques Chirac \"arrogant\" attack, the senator says, showed the party had lost its way.", "111"},
		{"Ms Ardern has launched an attack on the cost of New Zealand's housing scheme.", "111"},
		{"The question is how well shop owners execute their business plans, the analyst said.", ""},
		{"The premier timed his rally to clash with a keynote speech by the treasurer.", ""},
		{"Party members think they will be fighting the coming election with the two men still feuding.", ""},
		{"Islamist rebels carried out a \"martyrdom\" attack that killed ten Malian soldiers near Menaka.", "190"},
		{"Riot police clashed with students opposing the new tuition law outside the Chilean parliament.", "190"},
		{"Rebels launched an attack on an army base in northern Mali on Sunday.", "190"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			var got []string
			for _, ev := range doc.Events {
				if r := ev.Cameo[:2]; r == "18" || r == "19" || r == "13" || ev.Cameo == "111" {
					got = append(got, ev.Cameo)
				}
			}
			if tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Contains(got, tt.want) || tt.want != "111" && slices.Contains(got, "111") {
				t.Errorf("got %v, want %q; events %v", got, tt.want, eventKeys(doc))
			}
		})
	}
}
