package extract

import "testing"

// TestPlainActs79: act phrases the recall75 audit found missing. Only "go on
// the offensive" (a verbal attack, 110 as "hit out at") became a line; a
// "speak to" line was not added because its object is mostly a reporter,
// a broadcaster or a committee heard, so "spoke to" stays no trigger.
// Sentences written for the test.
func TestPlainActs79(t *testing.T) {
	x := newTestExtractor(t)
	checkTriggerEvents(t, x, []triggerCase{
		{"Opposition leader Nicola Sturgeon went on the offensive over claims made by Scottish Secretary Alister Jack.", "went on the offensive",
			[]string{"110 person:nicola-sturgeon>person:alister-jack"}},
		{"Labour leader Keir Starmer has gone on the offensive in reply to voters doubting his plans.", "gone on the offensive",
			[]string{"110 person:keir-starmer>"}},
		{"The Kenyan president spoke to journalists in Mombasa on Friday.", "spoke", nil},
	})
}
