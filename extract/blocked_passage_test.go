package extract

import (
	"strings"
	"testing"
)

// TestBlockedPassage: the bare verb "block" obstructs passage (144, a
// protest) only when what is blocked is a way: a road, a bridge, traffic. A
// website blocking visits, a record blocked by a singer, numbers a program
// will block, an auction a court blocks are no obstruction; a blocked measure
// stays a rejection (120).
// Texts written for the test.
func TestBlockedPassage(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // code prefix of the "block" event, "" for none
	}{
		{"Angry Danish farmers blocked the Oresund Bridge for two hours.", "144"},
		{"Angry French farmers blocked traffic in central Lyon on Monday.", "144"},
		{"The Chilean court blocked the auction of the copper mine.", ""},
		// A state blocking sites censors (TestVerbSenses) and keeps its event.
		{"The Danish government has blocked sites critical of the king.", "144"},
		{"The record was blocked by the Irish singer.", ""},
		{"Russia blocked the resolution at the Security Council.", "120"},
		// The way named before a pronoun object or a passive's long subject.
		{"Chilean truckers parked on the two main roads out of Santiago and blocked them for a day.", "144"},
		{"The main roads into the Danish capital were blocked on Friday by farmers.", "144"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := ""
			for _, ev := range doc.Events {
				if strings.HasPrefix(strings.ToLower(ev.Trigger), "block") {
					got = ev.Cameo
				}
			}
			if !strings.HasPrefix(got, tt.want) || tt.want == "" && got != "" {
				t.Errorf("block coded %q, want %q (%v)", got, tt.want, eventKeys(doc))
			}
		})
	}
}
