package extract

import "testing"

// TestReportedNamedSubject checks the doer of a verb in a reported clause
// whose own subject is a name of another actor than the speaker: after a
// colon and an opening phrase, after "claims that", after "with": that
// actor acts, not the speaker. A name after "to" stays no subject of its
// own. Sentences written for the test.
func TestReportedNamedSubject(t *testing.T) {
	checkSources(t, []sourceCase{
		// a quote whose subject is named after an opening phrase
		{"Before the vote, a Green Party spokesman said: \"Much like the Conservatives, the Scottish National Party would restrict access to student loans.\"", "restrict", "org:snp"},
		// "with X accusing": the name after "with" is the accuser
		{"Chelsea came under fire this week, with the Professional Footballers' Association accusing the club of ignoring its players.", "accusing", "org:professional-footballers-association"},
		// a name after "to" is the addressee; the writer demands
		{"Labour leader Ed Miliband has written to David Cameron demanding an account of the new surveillance rules.", "demanding", "person:ed-miliband"},
	})
}
