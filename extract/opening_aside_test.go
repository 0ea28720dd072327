package extract

import "testing"

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
