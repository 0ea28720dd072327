package extract

import (
	"testing"
)

// TestAskedHowClause: an act inside a "how" clause that a word of testing,
// asking or examining governs ("a test of how firmly X will back Y", "look
// at how X could support Y", "wondered how X would ...") is asked about, not
// reported. The asking verb's own event keeps its target ("questioned how
// X would enforce ..."); a "how" clause after a word of telling reports what
// happened and keeps its act, and an act before the question stays.
func TestAskedHowClause(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text, trigger string
		want          bool   // an event on trigger
		target        string // its target, when wanted and not empty
	}{
		{"The summit will be a real test of how strongly the Dutch cabinet is willing to stand up for the Netherlands.", "stand up for", false, ""},
		{"Lawmakers want the ombudsman to look at how the Dutch government could support the new asylum rules.", "support", false, ""},
		{"Analysts wondered how the Irish government would support Portugal in the talks.", "support", false, ""},
		{"Canberra questioned how Jakarta would enforce the fishing ban.", "questioned how", true, "country:IDN"},
		{"Chilean officials explained how Peru had supported the plan in 2001.", "supported", true, ""},
		{"Norway backed the deal and asked how Denmark would fund it.", "backed", true, "country:DNK"},
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, c.text)
		evs := eventsOnTrigger(doc, c.trigger)
		if found := len(evs) > 0; found != c.want {
			t.Errorf("%q: event on %q %v, want %v (%v)", c.text, c.trigger, found, c.want, eventKeys(doc))
			continue
		}
		for _, ev := range evs {
			if c.target != "" && ev.Target != c.target {
				t.Errorf("%q: %s target %q, want %q", c.text, c.trigger, ev.Target, c.target)
			}
		}
	}
}
