package extract

import "testing"

// TestSupportGiven: giving or lending one's support or backing to someone is
// backing (051), not a loan (071) nor nothing. Sentences written for the test.
func TestSupportGiven(t *testing.T) {
	checkCodePresence(t, newTestExtractor(t), []codePresence{
		{"The Dutch foreign minister gave his full support to the Belgian plan.", "051", true},
		{"The Kenyan government has given its backing to the new trade route.", "051", true},
		{"Several Irish senators lent their backing to the Icelandic proposal.", "051", true},
		{"Several Irish senators lent their backing to the Icelandic proposal.", "071", false},
		// money given or lent stays aid
		{"The Dutch government lent Ghana $50m last year.", "07", true},
	})
}
