package extract

import "testing"

// TestSignedPerson: a club or a label signing a player or a singer, or an
// artist signing to someone's label, signs no agreement (057); states or
// leaders signing a treaty or a deal do. Texts written for the test.
func TestSignedPerson(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		sign bool // whether a 057 event is expected
	}{
		{"Danish club Brondby have signed Swedish striker Lars Holm.", false},
		{"Producer Per Holm signed Anna Berg up to his record label last year.", false},
		{"Singer Anna Berg signed to Per Holm's label in March.", false},
		{"Denmark and Sweden signed a border treaty on Monday.", true},
		{"Danish Prime Minister Per Holm signed a trade deal with Sweden.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				got = got || ev.Cameo == "057"
			}
			if got != tt.sign {
				t.Errorf("057 %v, want %v; events %v", got, tt.sign, eventKeys(doc))
			}
		})
	}
}
