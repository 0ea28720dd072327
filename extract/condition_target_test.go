package extract

import "testing"

// TestConditionTarget: an act announced or refused on an "if" or "unless"
// condition is aimed at the condition's subject when it names no target of
// its own (heldOverCondition); without the condition it stays untargeted.
// Texts written for the test.
func TestConditionTarget(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		target string // target of the first event, "" for none
	}{
		{"The Dutch foreign minister said he would not apologise even if Chancellor Merkel demanded it.", "person:angela-merkel"},
		{"The Kenyan opposition said it would pull out of the talks unless President Kibaki sacks the electoral board.", "person:kibaki"},
		{"The Kenyan opposition said it would pull out of the talks.", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if len(doc.Events) == 0 {
				t.Fatalf("no event")
			}
			if got := doc.Events[0].Target; got != tt.target {
				t.Errorf("events %v, want first target %q", eventKeys(doc), tt.target)
			}
		})
	}
}
