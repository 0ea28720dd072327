package extract

import "testing"

// TestHeldVetoIsNoVeto: the noun "veto" kept, retained or given up is a
// power held, not a veto cast (the noun is no trigger); the verb used on a
// bid is still a veto. Texts written for the test.
func TestHeldVetoIsNoVeto(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want int // 129 events
	}{
		{"The Danish prime minister said Denmark would retain the veto over fishing quotas.", 0},
		{"Sweden will never think of giving up its veto on tax matters, the minister said.", 0},
		{"The Danish prime minister said Denmark was ready to veto any plan to cut farm spending.", 1},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			n := 0
			for _, ev := range doc.Events {
				if ev.Cameo == "129" {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("129 events: %d, want %d", n, tt.want)
			}
		})
	}
}
