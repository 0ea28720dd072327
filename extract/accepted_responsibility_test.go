package extract

import (
	"strings"
	"testing"
)

// TestAcceptedResponsibility: accepting responsibility or blame for an act
// is owning up to it (CAMEO 015, as "admit responsibility"), not agreeing to
// someone's proposal (030). Texts written for the test.
func TestAcceptedResponsibility(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"Siemens has accepted complete responsibility for the bribes its managers paid.",
		"Siemens accepted responsibility for the failures at the plant.",
	} {
		t.Run(text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
			keys := eventKeys(doc)
			ok := false
			for _, k := range keys {
				if strings.HasPrefix(k, "030 ") {
					t.Errorf("events %v: an agreement %q", keys, k)
				}
				if strings.HasPrefix(k, "015 org:siemens") {
					ok = true
				}
			}
			if !ok {
				t.Errorf("events %v, want an admission (015) by Siemens", keys)
			}
		})
	}
}
