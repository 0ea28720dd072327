package extract

import "testing"

// TestProgressiveDates checks that a present progressive reads its weekday
// forward: news tells with "is holding", "are meeting" what is arranged, so
// the weekday is the coming one, or the publication day itself when it
// falls on it; a past progressive or a simple past keeps the weekday
// before. Sentences written for the test; published Wednesday 2009-06-17.
func TestProgressiveDates(t *testing.T) {
	x := newTestExtractor(t)
	checkDates(t, x, []dateCase{
		{"Kenya is hosting talks with Somalia in Nairobi on Friday.", "talks", "2009-06-19", PrecisionDay},
		{"Kenyan ministers are holding talks with Somalia on Monday about the border.", "holding talks", "2009-06-22", PrecisionDay},
		// the publication day's own weekday is today, not a week on
		{"Kenya is hosting talks with Somalia in Nairobi on Wednesday.", "talks", "2009-06-17", PrecisionDay},
		// past forms keep the weekday before
		{"Kenya was hosting talks with Somalia in Nairobi on Friday.", "talks", "2009-06-12", PrecisionDay},
		{"Kenya hosted talks with Somalia in Nairobi on Friday.", "talks", "2009-06-12", PrecisionDay},
	})
}
