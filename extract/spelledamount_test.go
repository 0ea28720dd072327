package extract

import "testing"

// TestSpelledAmountGap checks that a measure phrase with a number spelled out
// may stand between a frame's verb and its object, as one written in digits
// may ("eased by 3 hours the curfew"): "by two hours" measures how far the
// restriction was eased, it does not take the object's place. Sentences
// written for the test.
func TestSpelledAmountGap(t *testing.T) {
	checkCodes(t, []codeCase{
		{"Peru's president shortened by two hours the curfew in Lima.", "shortened", "081", "CONCEDE"},
		{"Peru's president on Monday shortened by four hours the night curfew imposed on Lima.", "shortened", "081", "CONCEDE"},
		{"Kenya's government eased by 3 hours the curfew imposed on Mombasa.", "eased", "081", "CONCEDE"},
		// a preposition opening a phrase that is no amount still keeps the
		// frame's noun from being the object
		{"Peru's president shortened by decree the curfew in Lima.", "shortened", "", ""},
	})
}
