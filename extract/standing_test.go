package extract

import (
	"strings"
	"testing"
)

// TestStandingRelative: an act in the present simple of a relative clause
// is a stance or a habit (no event) unless it is said (news present) or
// given a time to come (planned); past and modal relatives are left alone.
// Texts written for the test.
func TestStandingRelative(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text     string
		trigger  string // first word of the event's trigger
		modality string // "" when no event should be made
	}{
		{"The senator praised the Kestrel Trust, a youth charity which she supports.", "supports", ""},
		{"Green Party leader Anna Holm, who backs the treaty, said the vote would be close.", "backs", ""},
		{"Many Brazilian lawmakers who blame Argentina for the lost exports want quotas.", "blame", ""},
		{"The plan will go to the Arctic Council, which meets in Norway next month.", "meets", ModalityPlanned},
		{"Kenya, which visits Ethiopia on Thursday, has asked for a ceasefire.", "visits", ModalityPlanned},
		{"The Socialist Party, which denies taking illegal donations, has hired a lawyer.", "denies", ModalityAsserted},
		{"Anna Holm, who backed the treaty last year, said the vote would be close.", "backed", ModalityAsserted},
	} {
		checkTriggerModality(t, x, tt.text, tt.trigger, tt.modality)
	}
}

// triggerModality is the modality of the first event whose trigger starts
// with trigger, "" when no such event was made.
func triggerModality(doc Document, trigger string) string {
	for _, e := range doc.Events {
		if strings.HasPrefix(e.Trigger, trigger) {
			return e.Modality
		}
	}
	return ""
}

// checkTriggerModality checks, in a subtest named by text, that the event
// whose trigger starts with trigger has modality ("" for no such event).
func checkTriggerModality(t *testing.T, x *Extractor, text, trigger, modality string) {
	t.Run(text, func(t *testing.T) {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
		if got := triggerModality(doc, trigger); got != modality {
			t.Errorf("events %v (modality %q), want the %q event %q", eventKeys(doc), got, trigger, modality)
		}
	})
}
