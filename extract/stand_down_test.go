package extract

import (
	"strings"
	"testing"
)

// TestStandDown: "stand down" is the British wording of "step down", a
// leader giving up office (0874, YIELD; 0356 when only announced). Texts
// written for the test.
func TestStandDown(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range []struct{ text, want string }{
		{"Spanish minister Pedro Alvarez stood down on Monday after the scandal.", "0874 person:pedro-alvarez"},
		{"Spanish minister Pedro Alvarez will stand down at the end of the year.", "0356 person:pedro-alvarez"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tc.text)
			keys := eventKeys(doc)
			for _, k := range keys {
				if strings.HasPrefix(k, tc.want) {
					return
				}
			}
			t.Errorf("events %v, want %q", keys, tc.want)
		})
	}
}
