package extract

import "testing"

// TestWebVisit: visits to web sites or shops meet no one; a minister's visit
// to a country does. Texts written for the test.
func TestWebVisit(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		events bool // whether any event is expected
	}{
		{"Danish ministers keep logs of the sites people visit.", false},
		{"The Danish party expects 5,000 shoppers to have visited by Sunday.", false},
		{"The Danish prime minister visited Sweden on Monday.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := len(doc.Events) > 0; got != tt.events {
				t.Errorf("events %v, want any: %v", eventKeys(doc), tt.events)
			}
		})
	}
}
