package extract

import "testing"

// TestClauseOnlyVerbTargets: "insist" takes what is said, never whom it is
// said to, so an actor right after it is the subject of its content
// ("insist farmers face ...") and is no target; "warned X" still names
// whom. Texts written for the test.
func TestClauseOnlyVerbTargets(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, target string // target "" wants no target
	}{
		{"The Dutch Greens insist farmers will pay more under the coalition.", "010", ""},
		{"The Danish prime minister insists the Swedish government misread the treaty.", "010", ""},
		{"The Danish foreign minister warned the Swedish government that the talks would fail.", "130", "org:swe-government"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			found := false
			for _, ev := range doc.Events {
				if ev.Cameo != tt.code {
					continue
				}
				found = true
				if ev.Target != tt.target {
					t.Errorf("target %q, want %q; events %v", ev.Target, tt.target, eventKeys(doc))
				}
			}
			if !found {
				t.Errorf("no %s event; events %v", tt.code, eventKeys(doc))
			}
		})
	}
}
