package extract

import "testing"

// TestApposedSpeakerReports checks a speaker named in an apposition before
// the verb of saying ("The bank's lawyer, Hugo Weiss, said ..."): what
// follows the verb is the report, with its own subject, not an act of the
// speaker; a report before the commas ("..., Jan Nowak, Poland's ambassador,
// said on Monday") still has the speaker after it. Sentences written for the
// test.
func TestApposedSpeakerReports(t *testing.T) {
	x := newTestExtractor(t)
	tests := []triggerCase{
		// the reported clause's subject acts, not the speaker
		{"The bank's lawyer, Hugo Weiss, said France had threatened to sue the firm.", "threatened",
			[]string{"130 country:FRA>"}},
		{"The ambassador, Jan Nowak, said in a statement that Russia had agreed to withdraw.", "agreed",
			[]string{"030 country:RUS>"}},
		// a reported subject that is no actor: no event of the speaker's
		{"The firm's chairman, Pieter Janssen, said his rivals were likely to sue Shell.", "sue", nil},
		// a report before the apposition keeps its speaker after it
		{"Russia has agreed to withdraw, Jan Nowak, Poland's ambassador, said on Monday.", "agreed",
			[]string{"030 country:RUS>"}},
	}
	checkTriggerEvents(t, x, tests)
}

// TestThinkVerbsOpenClause checks verbs that report a claim or a view
// ("claimed that", "noted that", "suggested that"): the clause after them
// has its own subject, who does the act there. Sentences written for the
// test.
func TestThinkVerbsOpenClause(t *testing.T) {
	x := newTestExtractor(t)
	tests := []triggerCase{
		{"Mr Lind claimed that Russia had attacked Georgia.", "attacked",
			[]string{"180 country:RUS>country:GEO"}},
		{"Ms Vega noted that Germany had signed a deal with Brazil.", "signed",
			[]string{"057 country:DEU>country:BRA"}},
		{"Mr Cheng noted that a foreign firm trying to take control of a Chinese bank may face hurdles.", "take control", nil},
	}
	checkTriggerEvents(t, x, tests)
}

// TestPronounAfterReport checks "it" in the sentence after a report: it
// stands for the one who reported, not for the subject of what was
// reported. Sentences written for the test.
func TestPronounAfterReport(t *testing.T) {
	x := newTestExtractor(t)
	tests := []triggerCase{
		{"Amnesty International said that the Ugandan army had tortured prisoners. It called for an inquiry.", "called for",
			[]string{"111 org:amnesty>"}},
		{"Greenpeace has claimed that Shell could drill near the coast. It urged Norway to ban the drilling.", "urged",
			[]string{"020 org:greenpeace>country:NOR"}},
	}
	checkTriggerEvents(t, x, tests)
}
