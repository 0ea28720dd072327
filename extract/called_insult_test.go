package extract

import "testing"

// TestCalledAnInsult checks the frame "call|brand|label|dub X a <insult>"
// as criticism (111) of X, and that other namings stay uncoded. Sentences
// written for the test.
func TestCalledAnInsult(t *testing.T) {
	x := newTestExtractor(t)
	tests := []cameoCase{ // "cameo source target"
		{"President Nicolas Maduro called Ivan Duque a liar on Sunday.", []string{"111 person:nicolas-maduro person:ivan-duque"}},
		{"Chancellor Merkel branded Recep Tayyip Erdogan a dictator.", []string{"111 person:angela-merkel person:recep-tayyip-erdogan"}},
		// A naming that is no insult is no criticism.
		{"Chancellor Merkel called Recep Tayyip Erdogan a partner.", nil},
	}
	checkCameoEvents(t, x, tests)
}
