package extract

import "testing"

// TestProgressiveFuture: a present progressive with a time still to come in
// its clause is an arranged act (planned); with no time, or with the time
// of something else told by a participle, it is an act going on now.
// Texts written for the test.
func TestProgressiveFuture(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text     string
		trigger  string // first word of the event's trigger
		modality string // "" when no event should be made
	}{
		{"The Danish foreign minister is visiting Chile next week to discuss copper exports.", "visiting", ModalityPlanned},
		{"Premier Ana Ortiz is meeting Mr Kowalski on Wednesday in the second round of the merger talks.", "meeting", ModalityPlanned},
		{"The Danish foreign minister is visiting Chile with a trade delegation.", "visiting", ModalityAsserted},
		{"The Finnish government is insisting its only aim is to win the next election.", "insisting", ModalityAsserted},
	} {
		checkTriggerModality(t, x, tt.text, tt.trigger, tt.modality)
	}
}
