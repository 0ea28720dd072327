package extract

import "testing"

// TestLaterDictionaryHolderTakesOtherOffice: when the person a report leads
// with and another person named with them hold the same office only in the
// dictionary, a bare title of another office of their country is the later
// holder's (people.tsv lists an office's holders in the order they held it),
// not the lead person's; a lead person who is the later holder keeps it.
// Texts written for the test.
func TestLaterDictionaryHolderTakesOtherOffice(t *testing.T) {
	checkCodeSources(t, newTestExtractor(t), []codeSourceCase{
		// Blair leads, Brown (prime minister after him) is named: the
		// chancellor is Brown, and so is the "he" after it.
		{"Tony Blair told party members that nothing would split the cabinet. Mr Blair spoke after reports of a quarrel with Gordon Brown. The chancellor is touring Asia this week. Before leaving, he criticised the opposition over its budget plans.", "110", "person:gordon-brown"},
		// Brown leads: the lead-person rule gives him the chancellor as before.
		{"Gordon Brown has promised more money for schools. Mr Brown spoke after talks with Tony Blair. The chancellor then criticised the opposition over its budget plans.", "110", "person:gordon-brown"},
	})
}
