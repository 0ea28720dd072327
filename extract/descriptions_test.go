package extract

import "testing"

// TestDescribedPersons checks whom "the tycoon", "the singer" (a noun of
// occupations after "the") stands for: the one person the article tied the
// noun to before, right before the name or in an apposition after it, and
// no one when the article tied it to nobody, to two people, or with another
// modifier. Articles written for the test.
func TestDescribedPersons(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text, trigger string
		source              string // "" for no event with the trigger
		not                 string // a source the event must not have
	}{
		{
			name: "noun before the name, then with its modifier",
			text: "Bid for Leeds\n\nCanadian tycoon Harold Fenwick has made a new offer for Leeds United.\n\n" +
				"The Canadian tycoon criticised the Football Association on Monday.",
			trigger: "criticised", source: "person:harold-fenwick",
		},
		{
			name: "noun in an apposition, then bare",
			text: "Bid for Leeds\n\nHarold Fenwick, a Canadian tycoon, has made a new offer for Leeds United.\n\n" +
				"The tycoon criticised the Football Association on Monday.",
			trigger: "criticised", source: "person:harold-fenwick",
		},
		{
			name: "a noun the article never tied to anyone: no one",
			text: "Bid for Leeds\n\nHarold Fenwick has made a new offer for Leeds United.\n\n" +
				"The tycoon criticised the Football Association on Monday.",
			trigger: "criticised", not: "person:harold-fenwick",
		},
		{
			name: "another modifier is another person",
			text: "Cup row\n\nWales coach Owen Pryce has praised his side's defence.\n\n" +
				"The Ireland coach criticised the Football Association on Monday.",
			trigger: "criticised", not: "person:owen-pryce",
		},
		{
			name: "two persons tied to the noun: neither",
			text: "Bids for Leeds\n\nTycoon Harold Fenwick and tycoon Martin Oduya have both bid for Leeds United.\n\n" +
				"The tycoon criticised the Football Association on Monday.",
			trigger: "criticised", not: "person:martin-oduya",
		},
		{
			name: "a list after a name is no apposition",
			text: "Club row\n\nNobody matters more than the club, Simon Ashdown, the chairman or a player.\n\n" +
				"The player criticised the Football Association on Monday.",
			trigger: "criticised", not: "person:simon-ashdown",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			checkTriggerSource(t, doc, tt.trigger, tt.source, tt.not)
		})
	}
}
