package extract

import "testing"

// TestFirmOriginUnknownName checks that a country before a firm's
// description ("Canadian mining group ...") is no actor when the name after
// the description is one the extractor reads as a person or as a body of
// another sector: the description says a firm acts. A country with no such
// description still acts. Sentences written for the test.
func TestFirmOriginUnknownName(t *testing.T) {
	checkSources(t, []sourceCase{
		// a firm's name that opens with a given name is read as a person
		{"Canadian mining group Robert Vale has agreed to pay $40m to families of the flooded town.", "agreed", "person:robert-vale"},
		// a known firm after the description acts, as before
		{"Dutch firm Heineken has agreed to sell its stake in the brewery.", "agreed", "org:heineken"},
		// no description: the country acts
		{"Canada has agreed to pay $40m to families of the flooded town.", "agreed", "country:CAN"},
	})
}
