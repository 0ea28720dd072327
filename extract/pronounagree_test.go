package extract

import "testing"

// TestPronounAgreement checks that "he" and "she" pass over a person an
// honorific gives the other sex, and that a speaker set off by commas
// inside a clause ("..., he said, and they had ...") is not the subject of
// what follows. Sentences written for the test.
func TestPronounAgreement(t *testing.T) {
	checkSources(t, []sourceCase{
		// the last person subject is a man: "she" is the woman before him
		{"Mrs Dalton met Jacques Chirac in Paris. Mr Lemaire spoke to reporters. She also condemned Italy.", "condemned", "person:dalton"},
		// a woman last: "he" is the man before her
		{"Mr Lemaire met Angela Merkel. Ms Dalton spoke to reporters. He later criticised Italy.", "criticised", "person:lemaire"},
		// agreement: the last person subject as before
		{"Mr Lemaire met Angela Merkel. Mr Dalton spoke to reporters. He later criticised Italy.", "criticised", "person:dalton"},
		// no honorific: the last person subject as before
		{"Angela Merkel spoke to reporters. She also condemned Italy.", "condemned", "person:angela-merkel"},
		// a speaker set off by commas is not the clause's subject
		{"Jacques Chirac spoke in Paris. Only the European Union opposed the war, he said, and it had also criticised Israel.", "criticised", "org:eu"},
	})
}

// TestTheyPluralNoun checks that "they" after a plural common noun that is
// a verb's subject or object, no actor, stands for that noun's people and
// not for an actor of an earlier sentence. Sentences written for the test.
func TestTheyPluralNoun(t *testing.T) {
	checkSources(t, []sourceCase{
		{"The French government spoke on Monday. The minister urged landlords to stay calm but they condemned the new tax.", "condemned", ""},
		// the speakers of "said they": the usual rules, as before
		{"The French government spoke on Monday. Later the ministers said they would condemn the new tax.", "condemn", "org:fra-government"},
		// "there are landlords who": no one acting yet
		{"The French government spoke on Monday. The minister said there are landlords who may protest, but they will condemn the new tax.", "condemn", "org:fra-government"},
	})
}
