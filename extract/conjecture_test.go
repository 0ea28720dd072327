package extract

import "testing"

// TestConjecturedAct: an act a modal puts in the future inside someone's
// guess ("analysts suggest the two banks may sign", "rumours the coach
// would resign") is no act or intent of the clause's subject; a speaker's
// belief about his own act, a statement of intent and an act after
// "said" stay. Texts written for the test.
func TestConjecturedAct(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		trigger string
		want    bool // an event on the trigger expected
	}{
		{"Analysts suggest that Chile and Peru may sign a fishing accord next month.", "sign", false},
		{"There were rumours the Danish foreign minister would resign before the summer.", "resign", false},
		{"Officials in Oslo fear the deal could offer Russia a foothold in the Arctic.", "offer", false},
		{"The Chilean president said Chile would sign a fishing accord with Peru.", "sign", true},
		{"Chilean officials believe they will sign a fishing accord with Peru soon.", "sign", true},
		{"The Danish foreign minister will resign next week.", "resign", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := len(eventsOnTrigger(doc, tt.trigger)) > 0
			if got != tt.want {
				t.Errorf("%q: got event %v, want %v; events %v", tt.trigger, got, tt.want, eventKeys(doc))
			}
		})
	}
}
