package extract

import "testing"

// TestShouldForecast87: "X said Y should <act>" is X asking Y to act
// (reportedDemands), while "X said the economy should grow" forecasts and
// asks no one. A rule for forecasts whose subject phrase ends in an actor
// ("the economies of the region except Laos should emerge unscathed") was
// measured and dropped (one shared sentence, docs/extraction.md,
// forecast87), so only the cases the code already gets right are pinned
// here. Texts written for the test.
func TestShouldForecast87(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		request bool // whether a REQUEST event triggered by a modal is expected
	}{
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
