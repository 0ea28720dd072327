package extract

import "testing"

// TestClauseDates checks dates that belong to a clause or a noun other than
// the act's own verb: a when-clause shares its time with its main clause
// (both ways, fronted or not, and a present when-clause after a main
// clause to come is to come); a since-clause's date bounds the span and
// dates nothing; a year or a month that determines a noun ("the 2004
// invasion", "March's vote") dates that noun only; a date to come after a
// lone modal of asking is the asked act's, and the date of a comparison
// ("lower than in 2007") dates nothing, nor does a date to come date a
// report told in the past. Sentences written for the test;
// published Wednesday 2009-06-17.
func TestClauseDates(t *testing.T) {
	x := newTestExtractor(t)
	checkDates(t, x, []dateCase{
		// when-clauses
		{"Peru will expel the Chilean ambassador when the treaty lapses in March.", "expel the Chilean ambassador", "2010-03", PrecisionMonth},
		{"Peru expelled the Chilean ambassador last year when Chile seized two fishing boats.", "seized", "2008", PrecisionYear},
		{"When Chile seized two fishing boats in May, Peru expelled the Chilean ambassador.", "expelled the Chilean ambassador", "2009-05", PrecisionMonth},
		{"Peru expelled the Chilean ambassador in May, when Chile seized two fishing boats.", "seized", "2009-05", PrecisionMonth},
		{"Peru expelled the Chilean ambassador when Chile seized two fishing boats.", "seized", "2009-06-17", PrecisionDay},
		// since-clauses
		{"Peru accuses Chile of spying on its navy since taking office in 2006.", "accuses Chile of spying", "2009-06-17", PrecisionDay},
		{"Peru has praised Chile since its elections in May.", "praised", "2009-06-17", PrecisionDay},
		// a year or a month determining a noun
		{"Peru recalled the 2004 Chilean invasion of its border towns.", "invasion", "2004", PrecisionYear},
		{"Chile's 2004 invasion of Peru was condemned by the UN.", "condemned", "2009-06-17", PrecisionDay},
		{"Peru welcomed the deal, calling it as important as March's vote in Chile.", "welcomed the deal", "2009-06-17", PrecisionDay},
		// a comparison's date
		{"Peru warned that its exports to Chile would be lower than in 2007.", "warned", "2009-06-17", PrecisionDay},
		{"Peru warned in 2007 that its exports to Chile would fall.", "warned", "2007", PrecisionYear},
		// a report told in the past is not dated after the publication day
		{"Peru's president, who criticises the treaty, said he expected the vote to come next year.", "criticises", "2009-06-17", PrecisionDay},
		{"Peru said it would lend Chile $1bn next year.", "lend", "2010", PrecisionYear},
		// a lone modal of asking
		{"Peru said Chile should withdraw its troops next month.", "should", "2009-06-17", PrecisionDay},
		{"Peru said Chile should withdraw its troops on Monday.", "should", "2009-06-17", PrecisionDay},
	})
}
