package extract

import "testing"

// TestPhoneCallSides: a call between two named sides is also the other
// side talking back (two 041 events), but calls to the public are made one
// way only. Texts written for the test.
func TestPhoneCallSides(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // source>target of every 041 event
	}{
		{"The Danish prime minister telephoned the Swedish prime minister on Monday.",
			[]string{"org:dnk-government>org:swe-government", "org:swe-government>org:dnk-government"}},
		{"A Danish trade union is telephoning Danish voters every evening to ask for their support.",
			[]string{"org:dnk-unions>org:dnk-civilians"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			var got []string
			for _, ev := range doc.Events {
				if ev.Cameo == "041" {
					got = append(got, ev.Source+">"+ev.Target)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("041 events %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("041 events %v, want %v", got, tt.want)
				}
			}
		})
	}
}
