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
