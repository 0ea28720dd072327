package extract

import "testing"

// TestPronounPolicyOwner checks that a speaker calling "his pledges" or
// "their proposals" worthless or reckless criticises (111) the actor the
// pronoun stands for, and not the speaker itself. Sentences written for
// the test.
func TestPronounPolicyOwner(t *testing.T) {
	x := newTestExtractor(t)
	tests := []cameoCase{ // "cameo source target"
		{"Chancellor Gordon Brown repeated his promise to cut taxes. The Conservatives say his pledges are \"worthless\".", []string{"111 org:uk-conservative-party person:gordon-brown"}},
		// The speaker's own pledges: no criticism.
		{"Gordon Brown said his pledges were reckless.", nil},
		// Praise is no criticism.
		{"Chancellor Gordon Brown repeated his promise to cut taxes. The Conservatives say his pledges are sensible.", nil},
	}
	checkCameoEvents(t, x, tests)
}
