package extract

import "testing"

// TestNotRuledOutLeftOpen: "did not rule out X" leaves X open; nothing is
// refused and nothing done, so no event (BBC: a union not ruling out a
// strike, a central bank not ruling out a rate rise). Ruling something out
// stays a rejection. Texts written for the test.
func TestNotRuledOutLeftOpen(t *testing.T) {
	checkFirstPlover(t, newTestExtractor(t), []firstPloverCase{
		{"The Swedish dockers' union has not ruled out a walkout next month.", ""},
		{"Sweden's finance minister did not rule out raising fuel duty again.", ""},
		{"Sweden ruled out talks with Finland over the fishing dispute.", "REJECT"},
	})
}
