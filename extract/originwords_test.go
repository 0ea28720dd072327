package extract

import "testing"

// TestOriginWords checks a country that only says where people, a club or
// a firm come from ("the Irish duo", "the US-based group", "US tycoon X"):
// the country is no actor of the act. A sector word after the country
// still makes its sector ("a US-based firm"). Sentences written for the
// test.
func TestOriginWords(t *testing.T) {
	x := newTestExtractor(t)
	tests := []triggerCase{
		{"The Irish duo have cut off talks with Glazer.", "cut off", nil},
		{"The British pair signed a deal with Renault.", "signed", nil},
		{"The US-based group criticised Germany.", "criticised", nil},
		{"A US-based firm signed a deal with Renault.", "signed",
			[]string{"057 org:usa-business>org:renault"}},
		// a body named the ordinary way keeps its country
		{"The Irish government cut off talks with Britain.", "cut off",
			[]string{"164 org:irl-government>country:GBR"}},
	}
	checkTriggerEvents(t, x, tests)
}

// TestDuoNamedBefore checks "the duo" for two persons joined by "and" in an
// earlier sentence, whatever their role there: they are its actors, and a
// country word before "duo" is no actor. Sentences written for the test.
func TestDuoNamedBefore(t *testing.T) {
	x := newTestExtractor(t)
	tests := []triggerCase{
		{"The offer needs the backing of Lars Holm and Erik Lind. The Swedish duo have cut off talks with Norway.", "cut off",
			[]string{"164 person:erik-lind>country:NOR", "164 person:lars-holm>country:NOR"}},
	}
	checkTriggerEvents(t, x, tests)
}
