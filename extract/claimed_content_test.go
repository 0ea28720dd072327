package extract

import "testing"

// TestClaimedContent: an act told only as what a claim, report or
// allegation says is background, kept with its modality; the same act told
// outright or on confirmed reports, one's own act told as one's claim and
// an act that answers the claim stay main. Texts written for the test.
func TestClaimedContent(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		trigger string // first word of the event's trigger
		clause  string
	}{
		{"The minister would not comment on reports that Kenya had held secret talks with Somalia.", "held", ClauseBackground},
		{"The memoir claims Mr Haldane hosted a secret dinner for the finance minister.", "hosted", ClauseBackground},
		{"Ms Varga refused to deny claims the president had reneged on a pact with the Greens.", "reneged", ClauseBackground},
		{"Kenya held secret talks with Somalia last week.", "held", ClauseMain},
		{"The Somali government confirmed reports that Kenya had held secret talks with Ethiopia.", "held", ClauseMain},
		{"Mr Haldane hosted a secret dinner for the finance minister.", "hosted", ClauseMain},
		{"Kenya claimed it sought help from Ethiopia because its own army was stretched.", "sought", ClauseMain},
		{"Opposition MPs accused the Kenyan president of lying, a charge he has denied.", "denied", ClauseMain},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := ""
			for _, e := range doc.Events {
				if len(e.Trigger) >= len(tt.trigger) && e.Trigger[:len(tt.trigger)] == tt.trigger {
					got = e.Clause
					break
				}
			}
			if got != tt.clause {
				t.Errorf("events %v (clause %q), want the %q event %s", eventKeys(doc), got, tt.trigger, tt.clause)
			}
		})
	}
}
