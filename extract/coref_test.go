package extract

import "testing"

// TestUnnamedSpeaker checks whom "he" or "she" opening reported speech
// stands for when the one who speaks is named only by a description no
// actor covers. Sentences written for the test.
func TestUnnamedSpeaker(t *testing.T) {
	checkSources(t, []sourceCase{
		// a description of someone new: not the person named before
		{"Nicolas Sarkozy visited Berlin. The veteran folk singer said he would meet Angela Merkel in Paris.", "meet", ""},
		{"Angela Merkel spoke in Rome. But the young novelist said she had met Nicolas Sarkozy twice.", "met", ""},
		// a name before the verb of saying is the speaker, as before
		{"Nicolas Sarkozy visited Berlin. Jacques Chirac said he would meet Angela Merkel in Paris.", "meet", "person:jacques-chirac"},
		// an office the dictionaries know goes to the one who holds it
		{"Jacques Chirac visited Berlin. The president said he would meet Angela Merkel in Paris.", "meet", "person:jacques-chirac"},
		// a bare age names no one new
		{"Jacques Chirac visited Berlin. The 70-year-old said he would meet Angela Merkel in Paris.", "meet", "person:jacques-chirac"},
		// no description: the pronoun still reaches back
		{"Jacques Chirac visited Berlin. He said he would meet Angela Merkel in Paris.", "meet", "person:jacques-chirac"},
	})
}

// TestThoughtClause checks that what someone knows, believes or argues is a
// clause with its own subject: the act in it is its subject's, not the
// thinker's. Sentences written for the test.
func TestThoughtClause(t *testing.T) {
	checkSources(t, []sourceCase{
		{"Jacques Chirac met Angela Merkel. But he already knew Gerhard Schroeder would not sign a treaty with Italy.", "sign a treaty", "person:gerhard-schroeder"},
		{"Jacques Chirac spoke in Paris. He argued that the EU was moving closer to Spain and would eventually recognise Kosovo.", "recognise", "org:eu"},
		{"Peru believes Chile had violated the treaty.", "violated", "country:CHL"},
		// an object or an infinitive is no clause: the thinker acts
		{"Chile hoped to meet Peru in Lima.", "meet", "country:CHL"},
	})
}

// TestJoinedSubject checks that a verb after "and the X" in a clause whose
// subject has already acted is X's act. Sentences written for the test.
func TestJoinedSubject(t *testing.T) {
	checkSources(t, []sourceCase{
		// a subject no actor stands for: no source
		{"Jacques Chirac was released on bail and the court agreed to free Lionel Jospin.", "free", ""},
		// a subject that is an actor: that actor
		{"Jacques Chirac said he was leaving and the EU invited Lionel Jospin to visit Brussels.", "invited", "org:eu"},
		// a subject joined to the clause's own is the clause's
		{"Jacques Chirac and the French ministers condemned Italy.", "condemned", "person:jacques-chirac"},
		{"Jacques Chirac condemned Italy and then met Lionel Jospin.", "met", "person:jacques-chirac"},
	})
}
