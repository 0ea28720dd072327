package extract

import "testing"

// TestProvidedNoAid: "provide" with no aid, help, money or support given is
// no aid, even when someone is named who receives it (figures, a voice,
// leadership, opposition); support or aid provided to someone is. Texts
// written for the test.
func TestProvidedNoAid(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		aid  bool // whether aid given (07) or promised (033) is expected
	}{
		{"The Danish statistics office provided the Swedish government with the latest trade figures.", false},
		{"The Danish party had also provided strong opposition to the Swedish government's plans.", false},
		{"Denmark is willing to provide support to Swedish farmers hit by the floods.", true},
		{"Denmark provided food and tents to Swedish farmers hit by the floods.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				got = got || ev.Cameo[:2] == "07" || ev.Cameo == "033" // aid given or promised
			}
			if got != tt.aid {
				t.Errorf("aid %v, want %v; events %v", got, tt.aid, eventKeys(doc))
			}
		})
	}
}
