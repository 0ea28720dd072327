package extract

import (
	"testing"
)

// TestWhetherClause: an act inside an indirect question with its own
// subject ("unclear whether X would back Y") is not reported; "whether to"
// stays an open decision (negated), and an act before the question stays.
func TestWhetherClause(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text, trigger string
		want          bool   // an event on trigger
		modality      string // its modality, when wanted
	}{
		{"It is still unclear whether Finland would back Estonia's bid.", "back", false, ""},
		{"Finland's spokesman refused to say whether the president supported Estonia's plan.", "supported", false, ""},
		{"Sweden will decide next week whether to recognise Kosovo.", "recognise", true, ModalityNegated},
		{"Finland backed Estonia's bid, and Latvia said whether it agreed was not important.", "backed", true, ModalityAsserted},
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, c.text)
		evs := eventsOnTrigger(doc, c.trigger)
		for _, ev := range evs {
			if c.want && ev.Modality != c.modality {
				t.Errorf("%q: %s modality %s, want %s", c.text, c.trigger, ev.Modality, c.modality)
			}
		}
		if found := len(evs) > 0; found != c.want {
			t.Errorf("%q: event on %q %v, want %v (%v)", c.text, c.trigger, found, c.want, eventKeys(doc))
		}
	}
}
