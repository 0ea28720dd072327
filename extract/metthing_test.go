package extract

import "testing"

// TestMetThing: a passive "met" whose subject is a thing (a ball, a plan, a
// demand) is no meeting (040); a person met by an envoy is. Texts written
// for the test.
func TestMetThing(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		meet bool // whether a 040 event is expected
	}{
		{"Per Holm's pass was met by Lars Berg, who scored from close range.", false},
		{"The Danish plan was met with protests by the Swedish Fishermen's Association.", false},
		{"Danish Prime Minister Per Holm was met by Swedish Foreign Minister Anna Berg in Stockholm.", true},
		{"Danish Prime Minister Per Holm met Swedish Foreign Minister Anna Berg in Stockholm.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				got = got || ev.Cameo == "040"
			}
			if got != tt.meet {
				t.Errorf("040 %v, want %v; events %v", got, tt.meet, eventKeys(doc))
			}
		})
	}
}
