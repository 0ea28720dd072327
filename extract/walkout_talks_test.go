package extract

import "testing"

// TestWalkOutOfTalks checks that "walk out of" halts negotiations (164) only
// when talks, negotiations or a dialogue are what is left; walking out of a
// show, a hotel or a club cuts no relations. Sentences written for the test.
func TestWalkOutOfTalks(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want bool // a 164 event
	}{
		{"Serbia walked out of the peace talks in Rambouillet on Tuesday.", true},
		{"The Iraqi delegation walked out of negotiations with Kuwait.", true},
		{"The Norwegian singer Kari Moen walked out of the talent show on Sunday.", false},
		{"The French president walked out of the Ritz hotel shortly after midnight.", false},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		got := false
		for _, e := range doc.Events {
			if e.Cameo == "164" {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q: 164 event %v, want %v\n%s", tt.text, got, tt.want, dumpDoc(doc))
		}
	}
}
