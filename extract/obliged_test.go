package extract

import "testing"

// TestObligedActs: what an actor has to or needs to do is no act and no
// intent; the same verb done stays an event. Texts written for the test.
func TestObligedActs(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		events bool // whether any event is expected
	}{
		{"Under the plan, Chile would have to accept more refugees from Peru.", false},
		{"The Norwegian government needs to consult the Sami parliament first.", false},
		{"Both chambers of the Italian parliament have to approve the treaty with Austria.", false},
		{"The treaty must still be ratified by the Chilean president.", false},
		{"Under the old deal, the Chilean navy should return the seized boats to Peru.", false},
		{"Chile accepted more refugees from Peru.", true},
		{"The Norwegian government will consult the Sami parliament first.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := len(doc.Events) > 0; got != tt.events {
				t.Errorf("events %v, want any: %v", eventKeys(doc), tt.events)
			}
		})
	}
}
