package extract

import "testing"

// TestLooseDates checks dates that the clause split or a word's tense
// leaves loose from their act: a date cut off by the commas around a place
// ("..., in Lima, Peru, next month.") dates the clause before it; a present
// verb right after who/which with a named day is an act to come; an act
// with "since" as an adverb before it ("has since filed") is later than the
// dates before it; a date after a modal ("would fall in 2009") is not a
// past act's before it; and a clause with a date of its own is left as it
// was. Sentences written for the test; published Wednesday
// 2009-06-17.
func TestLooseDates(t *testing.T) {
	x := newTestExtractor(t)
	checkDates(t, x, []dateCase{
		// a date fragment after a place set off by commas
		{"Trade will top the agenda of the Andean Community, which meets in Lima, Peru, next month.", "meets in", "2009-07", PrecisionMonth},
		{"Peru expelled two Chilean diplomats from Lima, Peru, last year.", "expelled two Chilean diplomats", "2008", PrecisionYear},
		// a present verb after who/which on a named day is due
		{"Peru, which attends the summit of industrialised nations on Friday, expects little.", "attends the summit", "2009-06-19", PrecisionDay},
		{"Peru, which attended the summit on Friday, expects little.", "attended the summit", "2009-06-12", PrecisionDay},
		{"Peru attended the summit on Friday.", "attended the summit", "2009-06-12", PrecisionDay},
		// "since" as an adverb: the act came after the dates before it
		{"The envoy was recalled on 2 May and Peru has since accused Chile of spying.", "accused Chile of spying", "2009-06-17", PrecisionDay},
		{"Two officers were detained in March and have since been charged by Chilean prosecutors.", "charged", "2009-06-17", PrecisionDay},
		{"Peru accused Chile of spying on 2 May.", "accused Chile of spying", "2009-05-02", PrecisionDay},
		// a date after a modal is the modal verb's, not a past act's before it
		{"Peru warned its exports to Chile would fall by half in 2009.", "warned", "2009-06-17", PrecisionDay},
		{"Peru warned in 2009 its exports to Chile would fall by half.", "warned", "2009", PrecisionYear},
	})
}
