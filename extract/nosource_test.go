package extract

import "testing"

// TestMissingSource checks who does an act the sentence names no doer of
// by name: the state an arrest happened in, states not named one by one, people a pronoun stands for. Sentences written for the
// test.
func TestMissingSource(t *testing.T) {
	checkSources(t, []sourceCase{
		// an arrest with no one named is the state's where it happened
		{"The blogger Jane Otieno was detained last week in Kenya over her posts.", "detained", "country:KEN"},
		{"Two Chilean diplomats were expelled from Peru after the row.", "expelled", "country:PER"},
		// the place of something else, further on, is not where the arrest was
		{"Jane Otieno was arrested with two friends caught at a bar in Kenya.", "arrested", ""},
		// an adjective names no place the act happened in
		{"Jane Otieno was detained in the Kenyan camp for a year.", "detained", ""},
		// states not named one by one are a group of their own
		{"Several African countries have condemned Mali over the coup.", "condemned", "group:african-countries"},
		{"More than 40 nations agreed to send aid to Chile.", "agreed", "group:nations"},
		// states the text has named are not
		{"The two countries condemned Mali over the coup.", "condemned", ""},
		// a pronoun of what people of no country say stands for them, not
		// for the subject of an earlier sentence (the article gives them its country)
		{"Nurses have declared that they will not end the strike.", "end the strike", "group:nurses"},
		{"Kenya rejected the offer. Nurses said they will not end the strike.", "end the strike", "org:ken-civilians"},
		// "it" stands for one actor, never a pair
		{"Kenya and Uganda held talks in Nairobi. It condemned Tanzania over the raid.", "condemned", ""},
		{"Kenya held talks in Nairobi. It condemned Tanzania over the raid.", "condemned", "country:KEN"},
		// "as" then an actor and a past verb opens a clause with that subject
		{"Two farmers died as Kenyan troops launched air strikes on the village.", "air strikes", "org:ken-military"},
		// a killing is no state act
		{"Jane Otieno was killed in Kenya on Sunday.", "killed", "org:ken-unidentified-attackers"},
	})
}
