package extract

import "testing"

// TestAgreedView: agreeing with a view ("agreed, but", "agreed he was
// right", "agreed with the senator's view") settles nothing; agreeing to
// act, on something, or a deal does. Texts written for the test.
func TestAgreedView(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		events bool // whether any event is expected
	}{
		{"The Danish finance minister agreed, but said the figures were too early to judge.", false},
		{"The Danish finance minister agreed the plan was too costly.", false},
		{"The Danish finance minister agreed with the Swedish minister's view.", false},
		{"Denmark agreed a draft trade deal with Norway.", true},
		{"Denmark agreed today to lift the ban on Norwegian fish.", true},
		{"Denmark also agreed at the meeting to lift the ban on Norwegian fish.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := len(doc.Events) > 0; got != tt.events {
				t.Errorf("events %v, want any: %v", eventKeys(doc), tt.events)
			}
		})
	}
}
