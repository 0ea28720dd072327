package extract

import "testing"

// TestPerfectAndIntentDates checks two readings of tense: an act told in the
// present perfect takes no past date that another verb, a clause opener or
// an earlier conjunct stands between it and (that date is the other
// verb's), though a date in its own phrase stays; and a to-infinitive under
// a present intent ("is hoping to", "plans to") reads a bare month or
// weekday forward. Sentences written for the test; published Wednesday
// 2009-06-17.
func TestPerfectAndIntentDates(t *testing.T) {
	x := newTestExtractor(t)
	checkDates(t, x, []dateCase{
		// present perfect: the date is another verb's or conjunct's
		{"Peru closed its embassy in Santiago last year and has withdrawn from the fisheries talks.", "withdrawn from the fisheries talks", "2009-06-17", PrecisionDay},
		{"Peru has accused Chile of funding rebels who were arrested in March.", "accused", "2009-06-17", PrecisionDay},
		{"Peru has accused Chile over a raid that killed two guards on Saturday.", "accused", "2009-06-17", PrecisionDay},
		// the date in the act's own phrase stays; a simple past keeps it
		{"Peru has held talks with Chile in Lima on Monday.", "held talks", "2009-06-15", PrecisionDay},
		{"Peru accused Chile of funding rebels last year.", "accused", "2008", PrecisionYear},
		{"Peru closed its embassy in Santiago last year and withdrew from the fisheries talks.", "withdrew from the fisheries talks", "2008", PrecisionYear},
		// a present intent puts its infinitive's month or weekday to come
		{"Chile is gearing up for talks, with its envoy hoping to sign a fisheries pact at a March summit.", "sign a fisheries pact", "2010-03", PrecisionMonth},
		{"Chile signed a fisheries pact at a March summit.", "signed a fisheries pact", "2009-03", PrecisionMonth},
		{"Chile plans to meet Peru on Monday.", "meet", "2009-06-22", PrecisionDay},
	})
}
