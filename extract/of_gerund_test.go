package extract

import "testing"

// TestAccusedBodyOfGerund: "accused the party of <-ing>" keeps "the party"
// as the party named before: the "of" phrase is the charge, not a name that
// makes it another body ("the firm of lawyers"). Texts written for the test.
func TestAccusedBodyOfGerund(t *testing.T) {
	checkTriples(t, newTestExtractor(t), []tripleCase{
		{
			name: "the party of a gerund",
			text: "The Democratic Party held its convention in Denver on Monday. Senator Tom Avery accused the party of hiding the cost of its pledges.",
			want: []string{"person:tom-avery ACCUSE org:us-democratic-party"},
		},
		{
			name: "an adverb before the gerund",
			text: "The Democratic Party held its convention in Denver on Monday. Senator Tom Avery accused the party of quietly dropping its tax pledge.",
			want: []string{"person:tom-avery ACCUSE org:us-democratic-party"},
		},
	})
}
