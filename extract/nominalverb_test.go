package extract

import "testing"

// TestNominalVerbDoer checks the doer of a verb word used as a noun after a
// preposition and an actor adjective: the adjective's actor, not the subject
// of the clause. Sentences written for the test.
func TestNominalVerbDoer(t *testing.T) {
	checkSources(t, []sourceCase{
		// the noun "pressure" is Italy's, not the minister's
		{"Senator Ann Lowe said the cabinet had yielded to Italian pressure over the fishing quota.", "pressure", "country:ITA"},
		// a list of adjectives: the first of them leads the sources
		{"Ann Lowe said the council gave way under Spanish and Italian pressure last week.", "pressure", "country:ESP"},
		// a verb form after the name keeps the clause's subject
		{"Senator Ann Lowe will pressure Italy to drop the quota.", "pressure", "person:ann-lowe"},
	})
}

// TestReactionToOthersAct checks that a verb answering another's act
// ("welcomed the apology") does not make its subject the doer of the act
// its object names. Sentences written for the test.
func TestReactionToOthersAct(t *testing.T) {
	checkSources(t, []sourceCase{
		{"Senator Ann Lowe welcomed the apology on Monday.", "apology", ""},
		{"Senator Ann Lowe offered an apology on Monday.", "apology", "person:ann-lowe"},
	})
}
