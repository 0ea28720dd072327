package extract

import "testing"

// TestPassiveObligation: "X said Y should be judged" asks nothing of Y, who
// is done to; "X said Y should quit" asks Y to act. Texts written for the
// test.
func TestPassiveObligation(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		request bool // whether a REQUEST event from the speaker is expected
	}{
		{"The Danish foreign minister said Sweden should be judged by its deeds.", false},
		{"The Danish foreign minister said Sweden should not be allowed to host the summit.", false},
		{"The Danish foreign minister said Sweden should withdraw its ambassador.", true},
		{"Sweden's prime minister should only be judged on results, the Danish foreign minister said.", false},
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
