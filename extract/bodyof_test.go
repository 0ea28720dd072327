package extract

import "testing"

// TestPersonOfBody checks that a person tied to a body the extractor knows
// by a phrase right after the name, with no title the dictionary knows,
// takes the body's code, country and sector: "X of the Y", "X, of the Y,",
// "X from anti-virus firm Y", "X, a currency strategist with Y"; an IGO's
// official keeps the IGO. Not tied: a phrase that goes with the verb or
// noun before the name ("an offer for X from Y"), a friend of a body's
// leader, a past tie ("formerly of Y"), and an unknown name right after
// the link ("a farmer from Kitui told the BBC"). Sentences written for
// the test.
func TestPersonOfBody(t *testing.T) {
	checkPersonCodes(t, newTestExtractor(t), []personCodeCase{
		{"Rural protests grew, and Owen Pryce of the Countryside Alliance has warned the ministers.",
			"person:owen-pryce", "GBRNGO", "NGO"},
		{"The new rules are unfair, Marta Quill, of the Refugee Council, said on Friday.",
			"person:marta-quill", "GBRNGO", "NGO"},
		{"Sterling slipped again, said Hugo Marchetti, a currency strategist with HSBC.",
			"person:hugo-marchetti", "GBRBUS", "BUS"},
		{"Seas are warming fast, said Karl Brenner from campaign group Greenpeace.",
			"person:karl-brenner", "NGOENV", "NGO"},
		{"Aid is arriving slowly, said Tomas Ruiz, a relief coordinator for the UN.",
			"person:tomas-ruiz", "IGOUNO", "IGO"},
		// not tied
		{"The club turned down an offer for Luis Vidal from HSBC last week.",
			"person:luis-vidal", "", ""},
		{"Ann Hale, a friend of the Refugee Council chief, spoke at the rally.",
			"person:ann-hale", "", ""},
		{"Joseph Mwangi, formerly of Greenpeace, said the plan was flawed.",
			"person:joseph-mwangi", "", ""},
		{"Crops failed, said Joseph Mwangi, a farmer from Kitui, who spoke to the BBC.",
			"person:joseph-mwangi", "", ""},
	})
}
