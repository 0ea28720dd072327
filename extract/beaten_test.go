package extract

import "testing"

// TestBeatenSomeone: a firm or a person beaten in a contest is struck by no
// one; protesters or journalists beaten by police are. "offensive" as an
// adjective is no assault, a military offensive is. Fighting crime, a court
// case or a rival firm uses no force; fighting rebels does. Texts written
// for the test.
func TestBeatenSomeone(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		assault bool // whether an ASSAULT event is expected
	}{
		{"The Danish bank Danske Bank beat Nordea to buy the Swedish lender.", false},
		{"Actor Lars Holm has beaten Anna Berg to become Denmark's best-paid actor.", false},
		{"The Danish police beat protesters in Copenhagen on Sunday.", true},
		{"Danish police beat the Swedish journalists outside the embassy.", true},
		{"The Danish minister branded the Swedish advert tasteless and offensive.", false},
		{"The Danish army launched an offensive against the rebels in Mali.", true},
		{"The Danish government also fought all forms of corruption.", false},
		{"Danish ministers will fight on against the ruling in the Swedish courts.", false},
		{"The Danish army fought rebels in the north of Mali last year.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				got = got || ev.Plover == "ASSAULT"
			}
			if got != tt.assault {
				t.Errorf("assault %v, want %v; events %v", got, tt.assault, eventKeys(doc))
			}
		})
	}
}
