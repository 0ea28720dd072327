package extract

import "testing"

// TestModifiedAim: after "on", "against" or "with" an act noun's target may
// open a phrase one word past the three the window reads, when a determiner
// and lower-case modifiers stand between ("an offensive on the last big
// opposition stronghold"); a longer phrase is still not read. Sentences
// written for the test.
func TestModifiedAim(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text, trigger, want string // want: "source>target", "" = no event on the trigger
	}{
		{"actor modifying the place attacked",
			"An Ethiopian army offensive on the last big opposition stronghold in the north has forced thousands to flee.",
			"offensive", "org:eth-military>org:eth-opposition"},
		{"partner named after a determiner and a descriptor",
			"A Chinese firm said it was in final talks with the loss-making carmaker Rover about a merger.",
			"talks", "org:chn-business>org:rover"},
		{"five words on is past the window",
			"A Swedish retailer said it was in exclusive negotiations with the mobile phone maker Nokia over a joint venture.",
			"negotiations", ""},
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
		evs := eventsOnTrigger(doc, tt.trigger)
		got := ""
		if len(evs) > 0 {
			got = evs[0].Source + ">" + evs[0].Target
		}
		if got != tt.want {
			t.Errorf("%s: %q got %q, want %q (events %v)", tt.name, tt.text, got, tt.want, eventList(doc))
		}
	}
}
