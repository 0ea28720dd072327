package extract

import "testing"

// TestPossessedSubject checks who acts when a clause opens with a person's
// possessive or resumes after a relative clause: the possessed acts ("X's
// lawyer"), not X, unless it speaks for X ("X's spokesman", "X's
// statement"); a resumed main clause keeps the subject it had before the
// relative clause. Sentences written for the test.
func TestPossessedSubject(t *testing.T) {
	checkSources(t, []sourceCase{
		// someone of the person's acts: no actor, not the person
		{"Ivan Petrenko's lawyer condemned Moldova over the verdict.", "condemned", ""},
		{"Ivan Petrenko's two brothers have asked to meet the Moldovan president.", "asked to", ""},
		// what speaks for the person
		{"Ivan Petrenko's spokesman condemned Moldova over the verdict.", "condemned", "person:ivan-petrenko"},
		{"Ivan Petrenko's written statement condemned Moldova over the verdict.", "condemned", "person:ivan-petrenko"},
		// the main clause resumes after a relative clause: a possessive
		// after its verb is no subject
		{"A spokeswoman for Amnesty International, which monitors prisons worldwide, called Ivan Petrenko's arrest unjust and urged Moldova to free him.", "urged", "org:amnesty"},
	})
}
