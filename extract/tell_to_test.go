package extract

import "testing"

// TestTellToAct checks "tell X to <verb>" as a demand (100) on X, and that
// "told" keeps reporting speech when its "to" governs no verb of its own.
// Sentences written for the test.
func TestTellToAct(t *testing.T) {
	x := newTestExtractor(t)
	tests := []cameoCase{ // "cameo source target"
		// A bidding: the addressee is told to act.
		{"President Putin told Ukraine to withdraw its troops from the border.", []string{"100 person:vladimir-putin country:UKR"}},
		// An apposition between the subject and "told" keeps one clause.
		{"Mr Lula, the Brazilian leader, told Venezuela to hold fresh elections.", []string{"100 person:lula country:VEN"}},
		// Reports: what follows "told" is what was said, not a bidding; the
		// "to" belongs to the report's own verb.
		{"President Putin told reporters that Ukraine had agreed to withdraw.", []string{"030 country:UKR "}},
		{"President Putin told the newspaper he hoped to meet Ukraine soon.", []string{"036 person:vladimir-putin country:UKR"}},
		// "to" before a name is a preposition: no act is governed.
		{"The envoy told Chile about the loans made to Peru.", nil},
	}
	checkCameoEvents(t, x, tests)
}
