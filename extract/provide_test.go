package extract

import "testing"

// TestProvideWhat: providing a voice, a platform or a focus is no aid, nor
// is supporting consumer spending;
// providing money, aid or troops is, even with no one named to receive it,
// and so is providing anything to a named recipient. Texts written for the
// test.
func TestProvideWhat(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		events bool // whether any event is expected
	}{
		{"The Danish actor Lars Holm will provide the voice of the narrator.", false},
		{"Chile's membership of the pact would provide a useful bridge between the two blocs.", false},
		{"Norway will provide $20m in emergency aid.", true},
		{"Economists said the Chilean tax cuts would support consumer spending.", false},
		{"Chile will support Peru's bid to join the trade pact.", true},
		// leaving a firm or an auction cuts no relations; leaving a
		// court or a body does
		{"Jan Novak left the Czech carmaker Skoda in 2019.", false},
		{"The Hungarian oil firm MOL withdrew from the auction.", false},
		{"Hungary withdrew from the International Criminal Court.", true},
		{"Japan provided food and medicines to flood victims in Bangladesh.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := len(doc.Events) > 0; got != tt.events {
				t.Errorf("events %v, want any: %v", eventKeys(doc), tt.events)
			}
		})
	}
}
