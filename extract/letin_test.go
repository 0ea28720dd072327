package extract

import (
	"strings"
	"testing"
)

// codeCase is a sentence, a word of its act's trigger and the CAMEO code
// (a prefix) and PLOVER type the act must have; code "" when there must be
// no act of that trigger.
type codeCase struct{ text, trigger, code, plover string }

// checkCodes extracts each case's sentence and checks the code and type of
// the first event whose trigger holds the case's word.
func checkCodes(t *testing.T, cases []codeCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, tt := range cases {
		doc := x.extract(Article{ID: "t"}, tt.text)
		var got *Event
		for i, e := range doc.Events {
			if strings.Contains(e.Trigger, tt.trigger) {
				got = &doc.Events[i]
				break
			}
		}
		switch {
		case tt.code == "" && got != nil:
			t.Errorf("%q: want no %q event, got %s %s\n%s", tt.text, tt.trigger, got.Cameo, got.Plover, dumpDoc(doc))
		case tt.code != "" && got == nil:
			t.Errorf("%q: want a %q event %s %s, got none\n%s", tt.text, tt.trigger, tt.code, tt.plover, dumpDoc(doc))
		case tt.code != "" && (!strings.HasPrefix(got.Cameo, tt.code) || got.Plover != tt.plover):
			t.Errorf("%q: %q coded %s %s, want %s %s\n%s", tt.text, tt.trigger, got.Cameo, got.Plover, tt.code, tt.plover, dumpDoc(doc))
		}
	}
}

// TestYieldFrames checks the frames of easing and letting in (frames.tsv,
// verbs20): emergency rule and emergency measures eased or lifted are
// restrictions eased (081); inspectors, peacekeepers and aid let in are
// international involvement allowed (086), an intent to cooperate when
// announced; people taken in by any verb of receiving are given asylum
// (075); troops contributed to a force are peacekeeping provided (074).
// Sentences written for the test.
func TestYieldFrames(t *testing.T) {
	checkCodes(t, []codeCase{
		{"Kenya eased its emergency measures in the north on Friday.", "eased", "081", "CONCEDE"},
		{"Peru lifted the state of emergency in two provinces.", "lifted", "081", "CONCEDE"},
		{"Chad allowed relief convoys into the camps on Sunday.", "allowed", "086", "RETREAT"},
		{"Iran said it would allow nuclear inspectors into the plant.", "allow", "03", "AGREE"},
		{"Canada took in 2,000 refugees from Syria last year.", "took in", "075", "AID"},
		{"Chile received hundreds of asylum seekers from Peru.", "received", "075", "AID"},
		{"Ghana contributed 500 soldiers to the UN force in Mali.", "contributed", "074", "AID"},
		{"Ghana is ready to contribute troops to the UN force in Mali.", "contribute", "03", "AGREE"},
		// not a frame's object: letting a firm's customers in
		{"Kenya allowed customers access to the new network.", "allowed", "", ""},
	})
}

// TestPurposeAfterNoun checks that a two-word pattern ending in "to" whose
// "to" took a noun ("agreed to a truce") does not govern a later "to": what
// follows is the purpose of the truce, not a second act. A "to" taking a
// verb still governs. Sentences written for the test.
func TestPurposeAfterNoun(t *testing.T) {
	checkCodes(t, []codeCase{
		{"Ghana and Togo agreed to a truce to end hostilities along the border.", "end", "", ""},
		{"Ghana and Togo agreed to a truce to end hostilities along the border.", "agreed", "030", "AGREE"},
		{"Ghana urged Togo to end hostilities along the border.", "urged", "02", "REQUEST"},
	})
}

// TestCallPurpose checks a phone call made to do an act a pattern codes:
// the act is the event and the call is how it was done, no consultation
// of its own; a call to talk stays a consultation. "new" before the title
// of the one called does not hide the call. Sentences written for the test.
func TestCallPurpose(t *testing.T) {
	checkCodes(t, []codeCase{
		{"Tony Blair called Jacques Chirac on Monday to congratulate him.", "called", "", ""},
		{"Tony Blair called Jacques Chirac on Monday to congratulate him.", "congratulate", "051", "SUPPORT"},
		{"Tony Blair called Jacques Chirac on Monday to discuss Iraq.", "called", "041", "CONSULT"},
		{"Tony Blair called new French President Jacques Chirac to congratulate him.", "congratulate", "051", "SUPPORT"},
	})
}

// TestOrderedRestriction checks the frame of stopping a publication (1721)
// and an order to stop one: the restriction imposed on the one ordered
// (COERCE), while an order to do anything else, or to restrict someone
// named, stays a demand. Sentences written for the test.
func TestOrderedRestriction(t *testing.T) {
	checkCodes(t, []codeCase{
		{"Kenyan authorities suspended publication of the country's oldest daily.", "suspended", "1721", "COERCE"},
		{"The Kenyan government ordered the weekly paper to suspend publication for a month.", "ordered", "1721", "COERCE"},
		{"The Kenyan government ordered the Kenyan police to ban the opposition party.", "ordered", "10", "REQUEST"},
		{"The Kenyan government ordered the weekly paper to apologise for the cartoon.", "ordered", "10", "REQUEST"},
	})
}
