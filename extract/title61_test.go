package extract

import "testing"

// TestTitleWithoutStateOffice checks that a title any body may have gives a
// government code only when the text ties it to the state: a nationality
// adjective or a bare country name before "director" or "chairman" gives
// the country alone, a city before "president" is a club's president, and a
// body named before "president" is the body's, and so is a country's sport
// body before a title ("Kenya Athletics chief"); a possessive country, a
// state body, a word of a state office ("Norway's Asia director") or a
// president named alone stays the state's. Sentences written for the test.
func TestTitleWithoutStateOffice(t *testing.T) {
	checkPersonCodes(t, newTestExtractor(t), []personCodeCase{
		// a film's or a board's head, not the state's officer
		{"The new drama by Norwegian director Lars Eikeland opened the festival in Cannes.",
			"person:lars-eikeland", "NOR", ""},
		{"Swedish chairman Nils Holmqvist will step down from the board of the brewer next year.",
			"person:nils-holmqvist", "SWE", ""},
		{"The jury also praised the comedy by Hong Kong director Chan Kwok at the awards.",
			"person:chan-kwok", "HKG", ""},
		// a city before "president": a club's president
		{"Fans booed when the Lisbon president Rui Tavares arrived at the ground on Saturday.",
			"person:rui-tavares", "PRT", ""},
		// a body named before "president"
		{"Exports grew by 4% in Bavaria, and Drexler president Klaus Wendt said orders were strong.",
			"person:klaus-wendt", "", ""},
		// a field's body between the country and a title any body may
		// have (title62): the country, not its government
		{"On Monday, Kenya Athletics chief Joseph Kiprono named twelve runners for the relay.",
			"person:joseph-kiprono", "KEN", ""},
		// an acronym no dictionary knows may be the state's agency
		{"Later, US FDA spokesman Kwame Boateng denied that the drug had been recalled.",
			"person:kwame-boateng", "USAGOV", "GOV"},
		{"Meanwhile, Norway Football director Lars Eikeland praised the young squad.",
			"person:lars-eikeland", "NOR", ""},
		// "president of" a body that is no state
		{"Ticket sales in Kenya fell last year. Peter Otieno, president of the KRF, blamed the weather.",
			"person:peter-otieno", "", ""},
		// the state's officers
		{"OSLO -- President Ingrid Solberg of Norway has pardoned two fishermen.",
			"person:ingrid-solberg", "NORGOV", "GOV"},
		{"Troops loyal to Socialist President Ingrid Solberg of Norway left the port.",
			"person:ingrid-solberg", "NORGOV", "GOV"},
		{"Norway's Asia director Lars Eikeland will lead the delegation to Hanoi.",
			"person:lars-eikeland", "NORGOV", "GOV"},
		{"Palestinian leader Samir Haddad met envoys in Ramallah on Sunday.",
			"person:samir-haddad", "PSEGOV", "GOV"},
		{"Portuguese President Rui Tavares signed the law in Lisbon on Friday.",
			"person:rui-tavares", "PRTGOV", "GOV"},
	})
}
