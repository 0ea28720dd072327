package extract

import "testing"

// TestAttackFirmOrBody: a party or a government that attacks a firm or an
// international body (sector BUS or IGO) attacks it in words, suits and tax
// bills (111), verb or noun: the BBC's "the EPP attacking the EC for backing
// down" and "their continuing attacks against Yukos". Rebels or a crowd
// that attack a firm still use force (180). Texts written for the test.
func TestAttackFirmOrBody(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // code of the event whose trigger starts with "attack"
	}{
		{"The Portuguese Socialist Party attacked the European Commission for softening its rules on farm subsidies.", "111"},
		{"Investors have long complained about the Kremlin's attacks on Gazprom and its managers.", "111"},
		{"Armed rebels attacked Gazprom near the border on Sunday.", "180"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := ""
			for _, ev := range doc.Events {
				if len(ev.Trigger) >= 6 && ev.Trigger[:6] == "attack" {
					got = ev.Cameo
				}
			}
			if got != tt.want {
				t.Errorf("got %q, want %q; events %v", got, tt.want, eventKeys(doc))
			}
		})
	}
}
