package extract

import (
	"strings"
	"testing"
)

// TestNorNeverNegate: "neither X nor Y" negates both verbs, "nor" with an
// inverted auxiliary and its subject negates the verb after them, and a
// "never" stretched by commas or quotation marks ("never, ever") negates its
// verb. A "nor" clause with no verb of its own changes nothing before it,
// and an act told plainly stays asserted. Texts written for the test.
func TestNorNeverNegate(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, trigger, want string
	}{
		{`The Kenyan government has neither confirmed nor denied the accusations made by Uganda.`, "denied", ModalityNegated},
		{`Mali's rebels did not sign the truce, nor did they attack the Ghanaian convoy.`, "attack", ModalityNegated},
		{`President Mbeki promised to "never, ever" criticise Zimbabwe over the vote.`, "criticise", ModalityNegated},
		// The refusal stays a refusal (120, asserted).
		{`Kenya could not agree with Uganda on the dam, nor could the regional council.`, "agree", ModalityAsserted},
		{`President Mbeki criticised Zimbabwe over the vote.`, "criticised", ModalityAsserted},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := ""
			for _, ev := range doc.Events {
				if strings.HasPrefix(ev.Trigger, tt.trigger) {
					got = ev.Modality
				}
			}
			if got != tt.want {
				t.Errorf("modality of %q: %q, want %q; events %v", tt.trigger, got, tt.want, eventKeys(doc))
			}
		})
	}
}
