package extract

import "testing"

// TestAssaultVerb: "assault" is a member of the 180 "attack" class of
// verbs.tsv (WordNet's synset "assail, assault, set on, attack"), so its
// inflections make the event with the attacker as source. After "the" and a
// region adjective ("the Nordic assault on the market") the word is a noun
// of rivalry, as after a lower-case adjective, and makes no event. Texts
// written for the test.
func TestAssaultVerb(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // "code source" of the expected event, "" for none with code 180
	}{
		{"Danish police assaulted two Swedish reporters outside the stadium gates in Aarhus.", "180 org:dnk-police"},
		{"Masked gunmen assault a Danish police patrol near the border every week.", "180 "},
		{"Danish soldiers are assaulting villagers in the north of Mali, the report said.", "180 org:dnk-military"},
		{"The Danish brewer joined the Nordic assault on the German beer market last year.", ""},
		{"The Danish brewer joined the fierce assault on the German beer market last year.", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := ""
			for _, ev := range doc.Events {
				if ev.Cameo == "180" {
					got = ev.Cameo + " " + ev.Source
				}
			}
			if tt.want == "180 " && len(got) >= 4 || got == tt.want {
				return
			}
			t.Errorf("got %q, want %q; events %v", got, tt.want, eventKeys(doc))
		})
	}
}
