package extract

import "testing"

// TestRoyalCountry checks that a person named with a royal title takes a
// country only from what the text says of them (a possessive, an
// apposition, "of X" after the name) or from people.tsv, never from the
// other countries of the sentence or the article. Texts written for the
// test.
func TestRoyalCountry(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, alias, want string
	}{
		// The article is about two other states: the prince is neither's.
		{"Hungary and Austria opened a new rail link on Tuesday. Prince Ottokar cut the ribbon at the new station.", "Ottokar", ""},
		{"Chile's trade minister visited Peru last week. Queen Mathilde praised the new port.", "Mathilde", ""},
		// What the text says of the royal counts.
		{"Hungary and Austria opened a new rail link on Tuesday. Morocco's King Idris cut the ribbon.", "Idris", "MAR"},
		{"Talks on the water dispute began in Cairo. Oman's sultan, Sultan Faisal bin Said, chaired them.", "Faisal bin Said", "OMN"},
		{"Talks on the water dispute began in Cairo, chaired by Emir Tamim of Kuwait.", "Tamim", "KWT"},
		// A British royal the dictionary knows, in an article about Russia.
		{"Russia and Ukraine signed a gas deal in Moscow on Friday. Prince Harry visited a school in Kiev.", "Prince Harry", "GBR"},
		// An office before the royal word is the person's: a head of
		// government in a one-state article keeps its country.
		{"Voters in Bangladesh go to the polls on Sunday. Prime Minister Sheikh Rahima spoke at a rally.", "Rahima", "BGD"},
		// A minister's office still takes the article's one country.
		{"Kenya's parliament passed the budget on Monday. Finance Minister Joseph Mbugua praised the vote.", "Joseph Mbugua", "KEN"},
	} {
		t.Run(tt.text[:40], func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2005-01-10"}, tt.text)
			if got := aliasCountry(&doc, tt.alias); got != tt.want {
				t.Errorf("%q: country %q, want %q", tt.alias, got, tt.want)
			}
		})
	}
}
