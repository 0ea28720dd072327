package extract

import (
	"slices"
	"testing"
)

// TestRegulatorsAreGovernment checks that a state's regulators and
// watchdogs ("Danish regulators", "financial regulators" in a report about
// one state, "the Canadian telecoms regulator", "Sweden's competition
// watchdog") are its government: a regulator is a state
// agency, which CAMEO codes GOV, where before the words named no actor and
// the act was lost or fell to the bare state. Texts written for the test.
func TestRegulatorsAreGovernment(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source, target string
	}{
		{"Danish regulators fined the airline SAS last month.", "172", "Danish government", "SAS"},
		{"The Spanish bank Santander was criticised by financial regulators in Madrid.", "110", "Spanish government", "Santander"},
		{"The Canadian telecoms regulator told Rogers to cut its prices.", "100", "Canadian government", "Rogers"},
		{"Sweden's competition watchdog is looking into the pricing of the airline SAS.", "090", "Swedish government", "SAS"},
	} {
		t.Run(tt.text[:20], func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2005-01-10"}, tt.text)
			if !slices.Contains(namedEvents(doc), namedEvent{tt.code, tt.source, tt.target}) {
				t.Errorf("%q: no %s %s -> %s; events %v", tt.text, tt.code, tt.source, tt.target, eventKeys(doc))
			}
		})
	}
}
