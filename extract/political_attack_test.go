package extract

import (
	"strings"
	"testing"
)

// TestPoliticalAttack: "attack" by a politician or a party on a party or a
// government as a body is criticism (111), announced or done; by a force
// (rebels, police) it stays force. Texts written for the test.
func TestPoliticalAttack(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text, want string
	}{
		{"Mr Brown will attack the Liberal Democrats for wanting to raise income tax.", "11"},
		{"Conservative candidate Amanda Reyes attacked the government in a speech in Leeds on Monday.", "11"},
		{"Taliban fighters attacked the Afghan government in Kabul.", "18"},
		{"British police attacked the Labour Party on Monday.", "18"},
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, c.text)
		found := false
		for _, ev := range doc.Events {
			if strings.HasPrefix(ev.Trigger, "attack") {
				found = true
				if !strings.HasPrefix(ev.Cameo, c.want) {
					t.Errorf("%q: coded %s, want %s... (%v)", c.text, ev.Cameo, c.want, eventKeys(doc))
				}
			}
		}
		if !found {
			t.Errorf("%q: no attack event (%v)", c.text, eventKeys(doc))
		}
	}
}
