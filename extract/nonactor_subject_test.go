package extract

import "testing"

// TestNonActorSubject checks verbs whose own subject is a common noun no
// actor stands in: the word rules would lend them the subject of the
// first conjunct or the actor named after the verb, who did not do the
// act, so there is no event. A noun an actor stands in (by its possessor)
// keeps its event. Sentences written for the test.
func TestNonActorSubject(t *testing.T) {
	x := newTestExtractor(t)
	tests := []triggerCase{
		// a conjunct with a subject of its own that is no actor
		{"Angela Merkel would lead the talks in Berlin and some economists remain opposed to the merger of the two banks.", "opposed",
			nil},
		// a plural the tagger reads as a name, naming a kind of people
		{"Angela Merkel would lead the talks in Berlin and several Lutherans remain opposed to the merger of the two banks.", "opposed",
			nil},
		// a noun an actor stands in still acts
		{"Britain's envoy criticised Ukraine on Monday.", "criticised",
			[]string{"110 org:gbr-government>country:UKR"}},
	}
	checkTriggerEvents(t, x, tests)
}
