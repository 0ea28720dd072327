package extract

import "testing"

// TestPromiseToNoOne: a pledge made to no one named (a party promising tax
// cuts, a leader vowing to fight crime) is a plan announced, no agreement;
// a pledge to a named partner, or of aid or money, stays. Texts written for
// the test.
func TestPromiseToNoOne(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // PLOVER type of the first event, "" for none
	}{
		{"The Danish People's Party has promised to cut income tax if it wins the vote.", ""},
		{"The Danish prime minister vowed to halve unemployment within four years.", ""},
		{"The Danish Social Democrats pledged higher pensions for older voters.", ""},
		{"Denmark pledged $20m in flood relief for the region.", "AGREE"},
		{"Denmark has promised to work with Norway on fishing quotas.", "AGREE"},
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
