package extract

import (
	"slices"
	"testing"
)

// TestPairObject: an object "both parties" or "the two men" right after the
// verb stands for the two parties, or the two persons, named before it, not
// for the verb's own source; "both the big parties" names no pair the text
// gives. Texts written for the test.
func TestPairObject(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text     string
		source         string
		targets, never []string
	}{
		{
			name:    "both parties after two parties named",
			text:    "The Kuomintang has promised cheaper electricity for farmers. The Democratic Progressive Party unveiled a plan of its own on Monday. The Chinese Communist Party warned both parties against reckless spending.",
			source:  "org:ccp",
			targets: []string{"org:kmt", "org:dpp-taiwan"},
		},
		{
			name:   "both the big parties: which two is not said",
			text:   "The Kuomintang has promised cheaper electricity for farmers. The Democratic Progressive Party unveiled a plan of its own on Monday. The Chinese Communist Party accused both the big parties of reckless spending.",
			source: "org:ccp",
			never:  []string{"org:kmt", "org:dpp-taiwan"},
		},
		{
			name:    "the two men after a joint subject",
			text:    "Marek Dolny and Pavel Strnad are trying to end their long feud over the budget. Senator Jana Kralova urged the two men to settle their quarrel before the summer.",
			source:  "person:jana-kralova",
			targets: []string{"person:marek-dolny", "person:pavel-strnad"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			for _, want := range tt.targets {
				if !slices.ContainsFunc(doc.Events, func(e Event) bool { return e.Source == tt.source && e.Target == want }) {
					t.Errorf("no event %s -> %s in %v", tt.source, want, eventKeys(doc))
				}
			}
			for _, bad := range tt.never {
				if slices.ContainsFunc(doc.Events, func(e Event) bool { return e.Source == tt.source && e.Target == bad }) {
					t.Errorf("event %s -> %s in %v", tt.source, bad, eventKeys(doc))
				}
			}
		})
	}
}
