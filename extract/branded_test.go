package extract

import "testing"

// TestBrandedAs: "branded X (as) "Y"" calls X names (111); the noun brand
// and "-branded" goods are no act. Sentences written for the test.
func TestBrandedAs(t *testing.T) {
	checkCodePresence(t, newTestExtractor(t), []codePresence{
		{"The Norwegian foreign minister branded the Danish plan \"reckless\".", "111", true},
		{"Swedish opposition leader Eva Lund branded the budget as a gamble with jobs.", "111", true},
		{"Toyota said its Lexus brand sold well in Germany.", "11", false},
		{"Danish shops sell Philips-branded lamps made in Poland.", "11", false},
	})
}
