package extract

import "testing"

// TestPersonNamedBefore checks that "he" or "she" after the one person its
// sentence names, with no subject before it, stands for that person rather
// than the last person subject of the sentences before. Sentences written
// for the test.
func TestPersonNamedBefore(t *testing.T) {
	checkSources(t, []sourceCase{
		// the person named earlier in the sentence, as a possessor
		{"Gerhard Schroeder has called the visit a failure. But it was remembered as a lively day, mainly because it came with Lionel Jospin's own clash - when he assaulted a heckler.", "assaulted", "person:lionel-jospin"},
		// the same after a question the splitter keeps in the sentence
		{"Gerhard Schroeder has called the visit a failure. The hardest part is for Lionel Jospin - can he win? He insists he will not attack Italy.", "attack", "person:lionel-jospin"},
		// "he" and "him" are two people: the one named may be "him"
		{"Gerhard Schroeder has called the visit a failure. The tour was hard for Lionel Jospin, but he also attacked him on television.", "attacked", "person:gerhard-schroeder"},
	})
}

// TestOpeningAside checks that a name inside a phrase that opens the
// sentence and ends at its comma ("Stressing that ..., X convicted") is no
// doer of the main clause's act, and that an opening -ing phrase with no
// comma of its own leaves the clause as it was. Sentences written for the
// test.
func TestOpeningAside(t *testing.T) {
	checkSources(t, []sourceCase{
		// an office named in the participle's "that" clause is not the court
		{"Stressing that evidence found in the absence of a senior inspector or a District Magistrate has no bearing on the trial, a Mumbai court on Tuesday convicted a Kenyan man for smuggling heroin.", "convicted", "org:mumbai-court"},
		// no comma closes the participle: the pronoun after it acts
		{"Gerhard Schroeder spoke in Munich. Speaking to reporters in Rome he urged Italy to cut its deficit, its biggest problem.", "urged", "person:gerhard-schroeder"},
	})
}
