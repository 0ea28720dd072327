package extract

import "testing"

// TestPassiveObligation: "X said Y should be judged" asks nothing of Y, who
// is done to; "X said Y should quit" asks Y to act; "X said the economy
// should grow" forecasts and asks no one. Texts written for the test.
func TestPassiveObligation(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		request bool // whether a REQUEST event triggered by a modal is expected
	}{
		{"The Danish foreign minister said Sweden should be judged by its deeds.", false},
		{"The Danish foreign minister said Sweden should not be allowed to host the summit.", false},
		{"The Danish foreign minister said Sweden should withdraw its ambassador.", true},
		{"Sweden's prime minister should only be judged on results, the Danish foreign minister said.", false},
		// A forecast asks no one (forecast87: one shared forecast with an actor
		// at the end of its subject phrase, so no rule for it).
		{"Opposition leader Peter Mwangi said Kenya's finance minister should resign over the scandal.", true},
		{"The IMF said Kenya should cut its fuel subsidies before the next loan review.", true},
		{"The central bank governor said the economy should grow by three percent next year.", false},
		{"Analysts at the Nairobi lender said food prices should fall in the spring.", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				got = got || ev.Plover == "REQUEST" && (ev.Trigger == "should" || ev.Trigger == "must")
			}
			if got != tt.request {
				t.Errorf("request %v, want %v; events %v", got, tt.request, eventKeys(doc))
			}
		})
	}
}
