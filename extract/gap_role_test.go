package extract

import (
	"slices"
	"testing"
)

// TestGapRoleIsTarget checks that an office named bare in the gap of an
// appeal pattern ("called on ministers to", "urged the chancellor to") is
// the one appealed to: the gap lies inside the pattern, where the rules that
// look for a target after it do not reach. A gap that holds no office ("urged
// drivers to") gives no such target. Texts written for the test.
func TestGapRoleIsTarget(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text, code, source, target string
		want                             bool
	}{
		{"bare ministers",
			"Canada will raise the fuel duty next year. The Green Party called on ministers to drop the plan.",
			"020", "Green Party", "Canadian government", true},
		{"the ministers",
			"Canada will raise the fuel duty next year. The Green Party urged the ministers to drop the plan.",
			"020", "Green Party", "Canadian government", true},
		{"no office in the gap",
			"Canada will raise the fuel duty next year. The Green Party urged drivers to protest against the plan.",
			"020", "Green Party", "Canadian government", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2005-01-10"}, tt.text)
			got := slices.Contains(namedEvents(doc), namedEvent{tt.code, tt.source, tt.target})
			if got != tt.want {
				t.Errorf("%s %s -> %s found %v, want %v; events %v", tt.code, tt.source, tt.target, got, tt.want, eventKeys(doc))
			}
		})
	}
}
