package extract

import "testing"

// TestSpeakOutAgainst checks "speak out against", "speak out about" and
// "rail against" as criticism (111). Sentences written for the test.
func TestSpeakOutAgainst(t *testing.T) {
	x := newTestExtractor(t)
	tests := []cameoCase{ // "cameo source target"
		{"Amnesty International spoke out against Egypt on Friday.", []string{"111 org:amnesty country:EGY"}},
		{"The Vatican has spoken out about the death penalty.", []string{"111 country:VAT "}},
		{"Greenpeace railed against Japan over its whaling fleet.", []string{"111 org:greenpeace country:JPN"}},
		// Speaking to someone is no criticism.
		{"Amnesty International spoke to Egypt on Friday.", nil},
	}
	checkCameoEvents(t, x, tests)
}
