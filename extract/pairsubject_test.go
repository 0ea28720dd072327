package extract

import "testing"

// TestPairWithPartner checks "the two countries" whose pair the sentence
// names before it, acting with a third party: each of the pair acts with
// the third, not one of the pair alone. Sentences written for the test.
func TestPairWithPartner(t *testing.T) {
	checkKeySuffixes(t, []keyCase{
		{"After years of rivalry between Chile and Peru, the two countries have signed a fishing accord with Japan.", "country:CHL>country:JPN", ""},
		{"After years of rivalry between Chile and Peru, the two countries have signed a fishing accord with Japan.", "country:PER>country:JPN", ""},
		// a topic after the act is no partner: the pair acts together
		{"Chile and Peru agreed to share information on Bolivia.", "country:CHL>country:PER", "country:CHL>country:BOL"},
	})
}

// TestGovernmentByAnalyst checks that "the government" after a subject that
// is no state (a firm, an analyst) is not the state of that subject when
// the report names another state last. Sentences written for the test.
func TestGovernmentByAnalyst(t *testing.T) {
	checkSources(t, []sourceCase{
		{"Fitch and Moody's have long since raised their rating of Brazil's debt. S&P had held back through fear that the government would expel foreign lenders.", "expel", ""},
		// a firm of the state the report is about still gives it
		{"Petrobras asked Brazil for a higher fuel price. The government rejected the request.", "rejected", "org:bra-government"},
	})
}

// TestTitleKeptByHolder checks that a bare office the article has already
// given to one person stays with that person when the dictionary calls two
// persons by it, and is not handed to the head of government as another
// office. Sentences written for the test.
func TestTitleKeptByHolder(t *testing.T) {
	checkSources(t, []sourceCase{
		{"Tony Blair opened his first prime minister's questions of the year amid talk of a feud with Gordon Brown. Meanwhile, the chancellor is touring Africa. Later the prime minister criticised the Tories.", "criticised", "person:tony-blair"},
	})
}
