package extract

import "testing"

// TestPurposeConjunct checks that a verb joined by "and" or "or" to a
// purpose infinitive is a purpose too, not an act of the sentence's
// subject, while a governed infinitive's conjunct and a verb with a
// subject of its own are still read. Sentences written for the test.
func TestPurposeConjunct(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, trigger string
		kept          bool // whether an event with this trigger is kept
	}{
		// a purpose infinitive after a noun: what the plan would do is not done
		{"The governor of Lagos praised the plan of the city council to repair the clinics and provide medicine to the refugees.", "provide medicine", false},
		{"The rebels signed a pact with the Chadian government to lay down their arms and return to Chad.", "return", false},
		// a purpose after a verb: what the tool is for
		{"Ecuador used a fake distress call to ground a cargo plane in Quito and arrest its Peruvian pilot.", "arrest", false},
		// the first verb of the list, a plain purpose, stays out as before
		{"The rebels signed a pact with the Chadian government to return to Chad.", "return", false},
		// a verb with its own subject is another clause, an act of its own
		{"Mali set up a fund to pay the nurses, and the army arrested three smugglers.", "arrested", true},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			found = found || e.Trigger == tt.trigger
		}
		if found != tt.kept {
			t.Errorf("%q: event on %q kept=%v, want %v\n%s", tt.text, tt.trigger, found, tt.kept, dumpDoc(doc))
		}
	}
}
