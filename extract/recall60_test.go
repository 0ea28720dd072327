package extract

import "testing"

// TestOfferCongratulations checks that congratulations offered are praise
// (051) by whoever offers them, as "congratulate" is, and that the noun alone
// (a headline cheer, congratulations merely hoped for by nobody named) makes
// no praise. Sentences written for the test.
func TestOfferCongratulations(t *testing.T) {
	checkCodeSources(t, newTestExtractor(t), []codeSourceCase{
		{"Canada's Prime Minister Paul Meyer offered his warm congratulations to the new Chilean president.", "051", "person:paul-meyer"},
		{"The Danish foreign minister Lars Holm offered congratulations on Tuesday, calling the vote a fair one.", "051", "person:lars-holm"},
		{"Congratulations to the winning team from Leeds!", "051", ""},
	})
}
