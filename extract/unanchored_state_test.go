package extract

import "testing"

// TestUnanchoredState checks that a bare "the government" or "the
// authorities" in a story that names no state for it becomes a state of no
// country (group:government, group:authorities, sector GOV) when it is an
// act's doer or the one acted on, while a story with one state keeps that
// state's body and a sentence naming a country the rules did not give the
// body gets no countryless state. Sentences written for the test.
func TestUnanchoredState(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		target bool   // look at the events' targets, else their sources
		want   string // the entity ID some event must have on that side; "" for none of unwant
		unwant string
	}{
		{"The opposition accused the government of rigging the count.", true, "group:government", ""},
		{"Fishermen accused the authorities of ignoring the oil spill.", true, "group:authorities", ""},
		{"The government arrested three reporters on Monday.", false, "group:government", ""},
		{"The Kenyan parliament passed the budget on Tuesday. Teachers accused the government of ignoring their pay claim.", true, "", "group:government"},
		{"According to reports from Peru, the authorities have arrested two reporters.", false, "", "group:authorities"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, ev := range doc.Events {
			id := ev.Source
			if tt.target {
				id = ev.Target
			}
			if tt.want != "" && id == tt.want {
				found = true
			}
			if tt.unwant != "" && id == tt.unwant {
				t.Errorf("%q: an event has %s, the story's own state or none was wanted\n%s", tt.text, id, dumpDoc(doc))
			}
		}
		if tt.want != "" {
			if !found {
				t.Errorf("%q: no event with %s (target %v)\n%s", tt.text, tt.want, tt.target, dumpDoc(doc))
				continue
			}
			if e := entityOf(&doc, tt.want); e == nil || e.Country != "" || e.Sector != "GOV" {
				t.Errorf("%q: %s is %+v, want a GOV body of no country", tt.text, tt.want, e)
			}
		}
	}
}
