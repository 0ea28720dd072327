package extract

import "testing"

// TestDistrustNoun checks that a speaker saying people have "a lack of
// trust in" an actor criticises that actor (111), in a said-clause or a
// quote, and that a negated lack or a thing no actor is stays uncoded.
// Sentences written for the test.
func TestDistrustNoun(t *testing.T) {
	x := newTestExtractor(t)
	tests := []cameoCase{ // "cameo source target"
		{"Green Party leader Jane Doe has said voters now have a \"fundamental lack of trust\" of Chancellor Gerhard Schroeder as leader.", []string{"111 person:jane-doe person:gerhard-schroeder"}},
		{"\"There is a deep lack of confidence in the German government,\" Jacques Chirac said.", []string{"111 person:jacques-chirac org:deu-government"}},
		// "no lack of" denies the fault.
		{"\"There is no lack of confidence in Germany,\" Jacques Chirac said.", nil},
		// Trust lacking in a thing judges no actor.
		{"Jacques Chirac said there was a lack of trust in the markets.", nil},
	}
	checkCameoEvents(t, x, tests)
}
