package extract

import "testing"

// TestMarketNounSupport: "support" (and "demand") followed by how it moves
// or by an auxiliary is a subject noun, a party's share of voters or aid
// counted, no one backing anyone; the verb with an object stays. Texts
// written for the test.
func TestMarketNounSupport(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want bool // an event on "support"
	}{
		{"Several surveys have suggested Conservative support has been falling steadily among older voters.", false},
		{"Officials in Colombo said the World Bank support could come from a freeze on loan repayments.", false},
		{"The Green Party said it will support the Danish government on the budget.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, e := range doc.Events {
				if e.Trigger == "support" {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("event on \"support\": got %v, want %v: %v", got, tt.want, eventKeys(doc))
			}
		})
	}
}

// TestDemandMoving: "demand" before a verb of how a market moves is the
// market's demand, read at the word level.
func TestDemandMoving(t *testing.T) {
	for _, tt := range []struct {
		text string
		k    int // the token of "demand"
		want bool
	}{
		{"with rivals slashing fares and demand dipping after the floods", 5, true},
		{"said demand could weaken in the spring", 1, true},
		{"unions demand higher wages", 1, false},
	} {
		toks := tokenize(tt.text, nil)
		if toks[tt.k].lower != "demand" {
			t.Fatalf("%q: token %d is %q", tt.text, tt.k, toks[tt.k].text)
		}
		if got := verbNotAct(toks, tt.k); got != tt.want {
			t.Errorf("%q: verbNotAct = %v, want %v", tt.text, got, tt.want)
		}
	}
}
