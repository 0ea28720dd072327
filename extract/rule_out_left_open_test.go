package extract

import "testing"

// TestNotRuledOutLeftOpen: "did not rule out X" leaves X open; nothing is
// refused and nothing done, so no event (BBC: a union not ruling out a
// strike, a central bank not ruling out a rate rise). Ruling something out
// stays a rejection. Texts written for the test.
func TestNotRuledOutLeftOpen(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // PLOVER type of the first event, "" for none
	}{
		{"The Swedish dockers' union has not ruled out a walkout next month.", ""},
		{"Sweden's finance minister did not rule out raising fuel duty again.", ""},
		{"Sweden ruled out talks with Finland over the fishing dispute.", "REJECT"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := ""
			if len(doc.Events) > 0 {
				got = doc.Events[0].Plover
			}
			if got != tt.want {
				t.Errorf("events %v, want first %q", eventKeys(doc), tt.want)
			}
		})
	}
}
