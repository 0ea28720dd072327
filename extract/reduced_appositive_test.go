package extract

import "testing"

// TestReducedAppositiveBackground checks that a past participle set off by
// a comma or dash after a noun, with an adjunct or agent after it, is told
// as background and still kept: the sentence's act is the main clause's.
// Sentences written for the test.
func TestReducedAppositiveBackground(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, trigger, want string
	}{
		{"Chilean police released the reporter Ana Vidal, detained last week during a march in Santiago.", "detained", ClauseBackground},
		{"Chilean police released Jorge Soto, arrested by the army in May.", "arrested", ClauseBackground},
		{"Chilean police released Jorge Soto.", "released", ClauseMain},
		// No adjunct after it: a verb of its own clause.
		{"Jorge Soto, the reporter, arrested two thieves.", "arrested", ClauseMain},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		e := lastOnTrigger(doc, tt.trigger)
		if e == nil {
			t.Errorf("%q: no event on %q\n%s", tt.text, tt.trigger, dumpDoc(doc))
			continue
		}
		if e.Clause != tt.want {
			t.Errorf("%q: %q told as %s, want %s", tt.text, tt.trigger, e.Clause, tt.want)
		}
	}
}
