package extract

import "testing"

// TestToldNoSubject: whom someone tells ("told Danish radio", "told the
// Times") is not the subject the reported "it" or "we" stands for.
// Texts written for the test.
func TestToldNoSubject(t *testing.T) {
	checkSources(t, []sourceCase{
		{"Maersk told the Financial Times that it had rejected the Chinese offer.", "rejected", "org:maersk"},
		{"Nokia told Reuters it was investigating the Finnish complaint.", "investigating", "org:nokia"},
	})
}
