package extract

import "testing"

// TestOwnDefendedAndAsOpposed: defending one's own course supports no one,
// defending another country or its decision does; "as
// opposed to" is a contrast, "opposed to" a rejection. Texts written for the test.
func TestOwnDefendedAndAsOpposed(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		root string // the PLOVER type looked for
		want bool   // whether an event of that type is expected
	}{
		{"The Danish prime minister has defended his budget plans, saying Denmark must cut its debt.", "SUPPORT", false},
		{"Norway's foreign minister defended her ministry's handling of the crisis.", "SUPPORT", false},
		{"The Danish prime minister defended Sweden against criticism from Finland.", "SUPPORT", true},
		{"The Danish prime minister defended Sweden's decision to close the border.", "SUPPORT", true},
		{"Russia defended its ally Syria against criticism from the West.", "SUPPORT", true},
		{"The Finnish government said it would cut spending by 4% as opposed to 5%.", "REJECT", false},
		{"The Finnish government remains opposed to the Swedish plan.", "REJECT", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				got = got || ev.Plover == tt.root
			}
			if got != tt.want {
				t.Errorf("%s %v, want %v; events %v", tt.root, got, tt.want, eventKeys(doc))
			}
		})
	}
}
