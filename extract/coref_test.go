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
