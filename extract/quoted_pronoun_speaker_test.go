package extract

import "testing"

// TestQuotedPronounNotSpeaker checks that a "he" or "she" inside a
// quotation is never the person who speaks it (a speaker says "I"): it is
// someone else or no one (the act then has no doer). Sentences written for the test.
func TestQuotedPronounNotSpeaker(t *testing.T) {
	checkSources(t, []sourceCase{
		// the person spoken of is not the speaker, even when the speaker
		// is the last person named: the act is left with no doer
		{"The singer Tom Bell made the remarks on the radio last week. His manager Ann Cole said: \"He has apologised and the matter should rest there.\"", "apologised", ""},
		// the verb of saying opens the quote's clause after an apposition
		{"Ann Cole, a Labour MP, said: \"He never criticised the Kenyan government.\"", "criticised", ""},
		// the speaker named after the quote
		{"\"He has criticised the Kenyan government,\" Ann Cole said.", "criticised", ""},
		// outside a quotation the pronoun is still the speaker
		{"Ann Cole said she had criticised the Kenyan government.", "criticised", "person:ann-cole"},
		// and a quoted "I" is the speaker
		{"Ann Cole said: \"I criticised the Kenyan government.\"", "criticised", "person:ann-cole"},
	})
}
