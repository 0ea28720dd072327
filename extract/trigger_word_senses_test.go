package extract

import "testing"

// TestOnAdjunct: the "on" of a verb+preposition pattern that opens a date or
// a broadcast ("insisted on Monday that", "insisted on Sky News") is no
// object of the verb; the demand pattern holds when a thing follows "on".
// Texts written for the test.
func TestOnAdjunct(t *testing.T) {
	checkCodePresence(t, newTestExtractor(t), []codePresence{
		{"The Greek finance minister insisted on Monday that the budget would balance.", "10", false},
		{"The Greek finance minister insisted on Monday that the budget would balance.", "010", true},
		{"Mr Varoufakis insisted on Sky television that Athens would pay.", "10", false},
		{"The Greek government insisted on the withdrawal of Turkish troops.", "10", true},
	})
}
