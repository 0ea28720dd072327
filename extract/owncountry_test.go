package extract

import "testing"

// TestOwnCountry checks whom "his country" or "her government" opening a
// reported clause stands for: the country of the person named before it,
// never the country the sentence names last, and no one when that person
// has no known country. Sentences written for the test.
func TestOwnCountry(t *testing.T) {
	checkSources(t, []sourceCase{
		// his country is the speaker's
		{"Chancellor Angela Merkel said on Monday that her country would impose sanctions on Belarus.", "sanctions", "country:DEU"},
		// his government is the speaker's, not the one acted on
		{"President Recep Tayyip Erdogan said his government would impose sanctions on Syria.", "sanctions", "org:tur-government"},
		// a person of no known country gives no actor
		{"Jon Smallwood said his country would impose sanctions on Syria.", "sanctions", ""},
		// two persons of different countries: no one
		{"Angela Merkel and Vladimir Putin met, and a spokesman said his country would impose sanctions on Syria.", "sanctions", ""},
	})
}
