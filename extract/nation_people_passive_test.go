package extract

import "testing"

// TestNationPeopleReducedPassive: people named by their nation right before
// a participle of release or of refusal and a preposition are the ones the
// act is done to ("Danes released from a prison"), never its doers. Texts
// written for the test.
func TestNationPeopleReducedPassive(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code string
	}{
		{"The three Danes released from a Peruvian prison last month will give evidence to the committee.", "0841"},
		{"The lawyer took up the case of several Swedes refused entry to Norway and of a charity in Oslo.", "166"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			for _, ev := range doc.Events {
				if ev.Cameo == tt.code && (ev.Source == "org:dnk-civilians" || ev.Source == "org:swe-civilians") {
					t.Errorf("%s event with the people acted on as doer: %s>%s", tt.code, ev.Source, ev.Target)
				}
			}
		})
	}
}
