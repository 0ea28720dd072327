package extract

import "testing"

// TestOnAdjunct: the "on" of a verb+preposition pattern that opens a date or
// a broadcast ("insisted on Monday that", "insisted on Sky News") is no
// object of the verb; the demand pattern holds when a thing follows "on".
// Texts written for the test.
func TestOnAdjunct(t *testing.T) {
	checkCodePresence(t, newTestExtractor(t), []codePresence{
		{"The Greek finance minister insisted on Monday that the budget would balance.", "10", false},
		{"The Greek finance minister insisted on Monday that the budget would balance.", "010", true},
		{"Mr Varoufakis insisted on Sky television that Athens would pay.", "10", false},
		{"The Greek government insisted on the withdrawal of Turkish troops.", "10", true},
	})
}

// TestSelfHarm: a verb of force whose object is a reflexive pronoun ("shot
// himself") is harm done to oneself, no force on an actor; the same verb
// with an actor for object keeps its event. Texts written for the test.
func TestSelfHarm(t *testing.T) {
	checkCodePresence(t, newTestExtractor(t), []codePresence{
		{"The Kenyan gunman, who had fled into the forest, later killed himself.", "18", false},
		{"A Nigerian soldier accidentally wounded himself while cleaning his rifle.", "18", false},
		{"A Nigerian soldier wounded two Cameroonian border guards on Monday.", "18", true},
		{"The Kenyan gunman killed three police officers before fleeing.", "18", true},
	})
}

// TestRaisedNoForce: the bare verbs of raising forces ("mobilise",
// "reinforce") name a mobilisation only when what they raise is armed or
// nothing follows; opinion, lobby groups or a firm's presence are no forces.
// Texts written for the test.
func TestRaisedNoForce(t *testing.T) {
	checkCodePresence(t, newTestExtractor(t), []codePresence{
		{"The Greek opposition hopes to mobilise voters against the pension reform.", "15", false},
		{"Qatar has mobilized lobbying firms in Washington to plead its case.", "15", false},
		{"The Danish brewer wants to reinforce its Asian presence.", "15", false},
		{"Armenia mobilised its reservists on the border with Azerbaijan.", "15", true},
		{"Mali reinforced its army units in the north.", "15", true},
		{"The Ethiopian army mobilized after the border clash.", "15", true},
	})
}

// TestRefusedDenial: refusing to rule out or to deny leaves a thing open;
// it is no rejection, and the ruling out is no act either. Refusing to act
// stays a rejection. Texts written for the test.
func TestRefusedDenial(t *testing.T) {
	checkCodePresence(t, newTestExtractor(t), []codePresence{
		{"The Dutch finance minister refused to rule out higher fuel duties.", "12", false},
		{"The Dutch finance minister declined to deny the newspaper report.", "1", false},
		{"The Dutch finance minister refused to sign the Belgian proposal.", "12", true},
	})
}

// TestPrivateWarning: a warning issued by a firm or a private person to no
// one cautions the public (010), it threatens no one; a state's warning
// stays a threat. Texts written for the test.
func TestPrivateWarning(t *testing.T) {
	checkCodePresence(t, newTestExtractor(t), []codePresence{
		{"Security software maker Sophos Ltd issued a warning about a new mobile phone worm.", "13", false},
		{"Security software maker Sophos Ltd issued a warning about a new mobile phone worm.", "010", true},
		{"The theatre's artistic director, Tom Hardwick, issued a warning that the play contains strong language.", "13", false},
		{"Iran issued a warning over the planned military exercises.", "13", true},
	})
}

// TestReturnedPapers: "return" with votes, seats, a verdict or a hired copy
// for object releases nothing; returning seized goods stays 084. Texts
// written for the test.
func TestReturnedPapers(t *testing.T) {
	checkCodePresence(t, newTestExtractor(t), []codePresence{
		{"About 40,000 Irish voters returned their postal ballots before Friday.", "084", false},
		{"Brazilian voters returned their ballot papers by Friday.", "084", false},
		{"Peru returned two stolen paintings to the Spanish government.", "084", true},
	})
}

// TestBackParticles: "back out of", "back away from" and "backed up with"
// a thing withdraw or add something; no one is supported. Plain "backed"
// an actor stays support. Texts written for the test.
func TestBackParticles(t *testing.T) {
	checkCodePresence(t, newTestExtractor(t), []codePresence{
		{"The Polish president upset his party by backing out of a pledge on taxes.", "05", false},
		{"Mr Duda backed out of the pledge last year.", "05", false},
		{"New Polish housing plans need to be backed up with more funding by the government.", "03", false},
		{"The Polish president backed the Lithuanian proposal.", "05", true},
	})
}
