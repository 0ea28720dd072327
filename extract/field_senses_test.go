package extract

import "testing"

// TestFieldSenses: verbs of force, backing and meeting in a match report, a
// film or a concert, and trigger nouns that only modify the noun after them
// ("order book", "protest vote"), are no events; the same verbs among states
// keep theirs. Texts written for the test.
func TestFieldSenses(t *testing.T) {
	checkCodePresence(t, newTestExtractor(t), []codePresence{
		{"He faces Roger Federer, who beat him in the Australian Open and at Wimbledon last year.", "18", false},
		{"After a poor free-kick, the Celtic keeper Craig Gordon blocked from close range.", "14", false},
		{"Pakistani troops beat protesters in Quetta on Monday.", "1", true},
		{"The Kenyan war film was shot in Uganda, and its last part in Tanzania.", "19", false},
		// words that news of force uses too set no field
		{"Kenyan police shot a Somali man at the scene of the blast.", "1", true},
		{"Footage showed Syrian troops shooting protesters in Homs.", "1", true},
		{"Gunmen shot a Nigerian police officer in Kano.", "19", true},
		{"The Irish singer Clann will support Coldplay at their concerts next year.", "03", false},
		{"On a tour of Asia, the German chancellor backed Japan's bid for a Security Council seat.", "05", true},
		{"The German government backed the French proposal.", "05", true},
		{"The deal brings the Airbus order book up to 300 aircraft.", "10", false},
		{"Mr Straw said the Tory leader was acting like an \"attack mongrel\" against the Labour Party.", "11", false},
		{"Students protest against the Iranian government in Tehran.", "14", true},
	})
}
