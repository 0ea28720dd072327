package extract

import "testing"

// TestOwnedGroupSubject: what a firm's unnamed banks or creditors do is not
// the firm's act; what the firm itself does is. Texts written for the test.
func TestOwnedGroupSubject(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		events bool // whether any event is expected
	}{
		{"Maersk is in talks. Its banks have agreed to extend its credit until 2009.", false},
		{"Maersk's creditors, who hold most of its debt, have threatened Carlsberg with legal action.", false},
		{"Maersk has threatened Carlsberg with legal action.", true},
		{"Two Maersk shareholders have filed a lawsuit against the Danish government.", false},
		{"Two Nordic Steel Group shareholders have sued the Danish government.", false}, // a name of three words
		{"A shareholder in Danish shipping firm Maersk has filed a lawsuit against the Danish government.", false},
		{"Maersk has filed a lawsuit against the Danish government.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := len(doc.Events) > 0; got != tt.events {
				t.Errorf("events %v, want any: %v", eventKeys(doc), tt.events)
			}
		})
	}
}
