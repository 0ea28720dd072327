package extract

import "testing"

// TestDescribedWithCensure pins the two shapes of criticism said as a
// description that describe81 found already coded (docs/extraction.md,
// describe81): a censure-class adjective inside the noun phrase after
// "described X as a ..." (not only a bare adjective), and "X's <attitude
// noun> was <censure>" with X the owner of the attitude. A description
// that is no fault, and a judgement only supposed ("would be"), stay
// uncoded. Sentences written for the test.
func TestDescribedWithCensure(t *testing.T) {
	x := newTestExtractor(t)
	tests := []cameoCase{ // "cameo source target"
		{"Chancellor Merkel described Poland as an irresponsible neighbour.", []string{"111 person:angela-merkel country:POL"}},
		{"Chancellor Merkel described Poland's budget as a reckless gamble.", []string{"111 person:angela-merkel country:POL"}},
		{"Chancellor Merkel said Poland's approach to the talks had been irresponsible.", []string{"111 person:angela-merkel country:POL"}},
		{"Chancellor Merkel said Poland's immediate instinct was shameful.", []string{"111 person:angela-merkel country:POL"}},
		// A description that finds no fault is no criticism.
		{"Chancellor Merkel described Poland as a reliable neighbour.", nil},
		{"Chancellor Merkel said Poland's attitude was firm.", nil},
		// Conjecture judges nothing done.
		{"Chancellor Merkel said Poland's attitude would be irresponsible.", nil},
	}
	checkCameoEvents(t, x, tests)
}
