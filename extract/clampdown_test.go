package extract

import "testing"

// TestClampdownIsCrackdown checks that "clampdown on", the synonym of
// "crackdown on" in nouns.tsv's 173 line, makes the same event. Sentence
// written for the test.
func TestClampdownIsCrackdown(t *testing.T) {
	x := newTestExtractor(t)
	checkTriggerEvents(t, x, []triggerCase{
		{"Kenya's clampdown on Uganda's traders began in May.", "clampdown on",
			[]string{"173 country:KEN>org:uga-civilians"}},
	})
}
