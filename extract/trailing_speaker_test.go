package extract

import "testing"

// TestTrailingSpeakerIsNoTarget: the one named after a comma or a closing
// quotation mark with a verb of speech that ends the sentence ("..., Ms Y
// promised.") is who said the rest, not whom the act in it is aimed at; a
// name that opens the object of the act is still its target. Texts written
// for the test.
func TestTrailingSpeakerIsNoTarget(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, trigger string
		target        string // "" for none
	}{
		{`The Conservatives would stand up for "the ordinary worker", Theresa May promised as she opened the campaign.`, "stand up for", ""},
		{`Labour would stand up for pensioners, Gordon Brown stressed on Tuesday.`, "stand up for", ""},
		{`The Liberal Democrats will back Gordon Brown, the party insists.`, "back", "person:gordon-brown"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2005-03-01"}, tt.text)
			found := false
			for _, ev := range doc.Events {
				if ev.Trigger != tt.trigger {
					continue
				}
				found = true
				if ev.Target != tt.target {
					t.Errorf("%s: target %q, want %q", ev.Trigger, ev.Target, tt.target)
				}
			}
			if !found {
				t.Errorf("no event on %q: %+v", tt.trigger, doc.Events)
			}
		})
	}
}
