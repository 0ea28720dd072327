package extract

import "testing"

// TestRaisedSubject: an act in the infinitive after a passive "is expected
// to" belongs to that verb's subject, not to the speaker whose report holds it
// (quoted74).
func TestRaisedSubject(t *testing.T) {
	checkSources(t, []sourceCase{
		// the speaker's afterthought names who would ask
		{"The verdict is a heavy blow for them, said Maria Lindqvist, a law lecturer at Uppsala University, adding that a fresh hearing was what the Swedish government would be expected to ask for.", "ask for", "org:swe-government"},
		// already right: the raised subject right after "said that"
		{"Maria Lindqvist, a law lecturer at Uppsala University, said on Tuesday that the Swedish government was expected to ask for a fresh hearing.", "ask for", "org:swe-government"},
		// kept: a raised subject of "is said to" does the act; it is not
		// what the act is done to
		{"Although the firm gave no details, the Federal Bureau of Investigation is said to be looking into the theft.", "looking into", "org:fbi"},
		// "according to" a paper with a relative clause after it: the
		// departing managers (no actor) deny, not the paper
		{"According to the Financial Times, which quotes unnamed bankers, the departing managers are expected to deny wrongdoing when the case closes.", "deny wrongdoing", ""},
	})
}
