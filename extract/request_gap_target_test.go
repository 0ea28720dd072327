package extract

import (
	"testing"
)

// TestRequestTargetInGap: a request "urge/ask/call on X to ..." is made of
// the one in its gap. When that one is no actor, the actors of what is asked
// for are not the request's target.
func TestRequestTargetInGap(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text, trigger, target string // target "" wants none
	}{
		{"Finland urged students not to vote for Estonia in the song contest.", "urged students", ""},
		{"Sweden called on farmers to boycott Norway's fish auction.", "called on farmers", ""},
		// The judges, an office of no country named in the gap, are the
		// ones asked (gapRole); Estonia still is not.
		{"Finland asked the judges to order Estonia to pay the debt.", "asked the judges", "group:judges"},
		{"Finland urged Estonia to reopen the border with Latvia.", "urged Estonia", "country:EST"},
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, c.text)
		evs := eventsOnTrigger(doc, c.trigger)
		for _, ev := range evs {
			if ev.Target != c.target {
				t.Errorf("%q: %s target %q, want %q", c.text, c.trigger, ev.Target, c.target)
			}
		}
		if len(evs) == 0 {
			t.Errorf("%q: no event on %q (%v)", c.text, c.trigger, eventKeys(doc))
		}
	}
}
