package extract

import "testing"

// TestJudgementToldAndPartyOfficer checks reported judgements of a thing an
// actor owns said by a party's officer or told to an addressee that is no
// actor: "told <programme> that Y's plans were flawed" opens the report
// at "that", and "Tory spokesman X" is the party's officer, so the lead
// government stays the owner of the plans he judges. A preposition before
// "that" keeps the addressee search from reading a determiner "that".
// Sentences written for the test.
func TestJudgementToldAndPartyOfficer(t *testing.T) {
	x := newTestExtractor(t)
	const lead = "The French government wants to raise the pension age. "
	const ukLead = "The British government wants to widen stop-and-search powers across Britain. "
	tests := []cameoCase{
		{lead + `The French Socialist Party told a morning radio programme that the government's plans were "deeply flawed".`,
			[]string{"111 org:fr-socialist-party org:fra-government"}},
		{lead + `The French Socialist Party told Radio Lorraine's evening show that the government's plans were "deeply flawed".`,
			[]string{"111 org:fr-socialist-party org:fra-government"}},
		{ukLead + `Tory spokesman Alan Pryce said the plans were "deeply unfair".`,
			[]string{"111 person:alan-pryce org:gbr-government"}},
		{ukLead + `Tory ex-minister Alan Pryce said he opposed the plans.`,
			[]string{"120 person:alan-pryce org:gbr-government"}},
	}
	checkCameoEvents(t, x, tests)
}
