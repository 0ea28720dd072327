package extract

import "testing"

// TestSubjectApartFromVerb checks a subject the name rules cannot place
// when words stand between it and its verb: an adverb, a place it sits
// in, a time adjunct the parser took for a second subject; and a
// country's presidency as its government. Sentences written for the test.
func TestSubjectApartFromVerb(t *testing.T) {
	checkSources(t, []sourceCase{
		// an adverb between the auxiliary and the verb
		{"Okonkwo has now expelled the Ghanaian ambassador.", "expelled", "person:okonkwo"},
		{"Okonkwo had already expelled the Ghanaian ambassador.", "expelled", "person:okonkwo"},
		// an unknown acronym with the place it sits in
		{"KDFA in Mombasa seized two boats from Somalia.", "seized", "org:kdfa"},
		// a place after a name that is no acronym makes no body
		{"Karibu in Mombasa seized two boats from Somalia.", "seized", ""},
		// a time adjunct read as a subject gives way to the name after it
		{"Days later Okonkwo expelled the Ghanaian ambassador.", "expelled", "person:okonkwo"},
		{"Minutes later Okonkwo expelled the Ghanaian ambassador.", "expelled", "person:okonkwo"},
		// a presidency is its country's government
		{"Kenya's presidency has decided to expel the Ghanaian ambassador.", "expel", "org:ken-government"},
		{"The Kenyan presidency condemned Uganda over the raid.", "condemned", "org:ken-government"},
	})
}
