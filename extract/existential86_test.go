package extract

import "testing"

// TestExistentialNone: "there is/was/has been/will be no <act noun>" and
// "there is no suggestion <someone acts>" say what does not exist; no act
// is told, so no event is made, not even a negated one. The existential
// with an article, a verb negated by its own doer, and "no" opening a
// doer outside an existential keep their events. Texts written for the
// test.
func TestExistentialNone(t *testing.T) {
	checkCameoModalities(t, newTestExtractor(t), []modalityCase{
		{"An Austrian jurist noted there had been no treaty between Chile and Argentina over the glacier.", ""},
		{"An Austrian jurist noted there had been a treaty between Chile and Argentina over the glacier.", "057/asserted 057/asserted"},
		{"There is still no treaty between Chile and Argentina over the glacier.", ""},
		{"Finance minister Jose Varela is said to be wary of the levy, although there is no suggestion he opposes it outright.", ""},
		{"Finance minister Jose Varela is said to be wary of the levy, although there is a suggestion he opposes it outright.", "120/asserted"},
		{"In the end no Argentine envoy signed the accord with Chile.", "057/negated"},
		// "no doubt" denies a doubt: the act after it is asserted.
		{"A Chilean admiral said there is no doubt Argentina signed the accord with Chile.", "057/asserted"},
	})
}
