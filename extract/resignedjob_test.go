package extract

import "testing"

// TestResignedJob: leaving a post in a firm, a club or a show is no
// retreat; resigning from a government post stays one. Texts written for
// the test.
func TestResignedJob(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		events bool // whether any event is expected
	}{
		{"Lars Holm resigned as the brewery's chief executive on Monday.", false},
		{"Lars Holm stepped down as Aarhus chairman after the takeover.", false},
		{"Lars Holm stood down as Aarhus chairman after the takeover.", false},
		{"Lars Holm has resigned from the shipping group's board.", false},
		{"Lars Holm resigned as Danish defence minister on Monday.", true},
		{"The singer Lars Holm quit the show after a row with the judges.", false},
		{"Lars Holm has resigned as host of the Danish quiz programme.", false},
		{"Lars Holm resigned from his post as a partner in an Aarhus law firm.", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := len(doc.Events) > 0; got != tt.events {
				t.Errorf("events %v, want any: %v", eventKeys(doc), tt.events)
			}
		})
	}
}
