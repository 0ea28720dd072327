package extract

import "testing"

// TestAgreedViewClause: a bare "agreed" followed by a clause with its own
// verb ("agreed the rules were unfair") shares a view and makes no AGREE
// event, even when a "to" or "on" comes later in that clause or a
// capitalised name holds a word of agreedThings ("the Treaty of Union").
// A settled thing or a later "to" with no verb before it still agrees.
// Texts written for the test.
func TestAgreedViewClause(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text  string
		agree bool
	}{
		{"The judges agreed the new rules were based on old surveys.", false},
		{"The regulator agreed the 1998 Treaty of Union, which binds both states, was outdated.", false},
		{"Two Norwegian banks agreed a merger on Monday.", true},
		{"The rebels agreed last week to release the hostages.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				got = got || ev.Cameo[:2] == "03"
			}
			if got != tt.agree {
				t.Errorf("agreement %v, want %v; events %v", got, tt.agree, eventKeys(doc))
			}
		})
	}
}
