package extract

import "testing"

// TestAbleAct: what someone can do is no act; what they did is. Texts
// written for the test.
func TestAbleAct(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		events bool // whether any event is expected
	}{
		{"Sweden, which can veto any change to the treaty, said it was looking at other options.", false},
		{"Danish citizens can only send money to their relatives in Cuba.", false},
		{"Sweden vetoed the change to the treaty.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := len(doc.Events) > 0; got != tt.events {
				t.Errorf("events %v, want any: %v", eventKeys(doc), tt.events)
			}
		})
	}
}
