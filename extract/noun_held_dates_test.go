package extract

import "testing"

// TestNounHeldDates checks (on a tree some rule has asked for: the
// sentences carry a participle or quotes that make one ask) that a date the tree puts in a noun's phrase
// (a participle clause describing the noun, or a subject noun's own
// modifier) dates that noun's matter, not another act of the clause, while
// a date on the act itself, or an actor's "on Monday" before its verb,
// still does. Sentences written for the test; published Wednesday
// 2009-06-17.
func TestNounHeldDates(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, trigger, want, prec string
	}{
		{"Bolivia said it \"flatly rejected\" any ban on coca exports under a treaty taking effect on 1 March.", "rejected", "2009-06-17", PrecisionDay},
		{"Quito \"sharply criticised\" a tax on fuel imports under customs rules taking effect on 1 March.", "criticised", "2009-06-17", PrecisionDay},
		{"Peru's recall of its envoy in 2007 took weeks and talks with Chile brokered by Spain have gone on for years.", "talks", "2009-06-17", PrecisionDay},
		{"Chile's entry in 2001 took ten years and talks with Peru have gone on since.", "talks", "2009-06-17", PrecisionDay},
		// a date two nouns down dates the inner noun ("an election in January")
		{"Bolivia \"warmly welcomed\" US support for a fair election in January.", "support", "2009-06-17", PrecisionDay},
		{"Bolivia \"warmly welcomed\" the plan in January.", "welcomed \" the plan", "2009-01", PrecisionMonth},
		// the act's own date; an actor's date before its verb
		{"The African Union on Monday offered to send observers to the vote.", "offered to", "2009-06-15", PrecisionDay},
		{"Peru condemned on 1 March the arrest of fishermen held by Chile under border rules.", "condemned", "2009-03-01", PrecisionDay},
	} {
		doc := x.extract(Article{ID: "t", Published: "2009-06-17"}, tt.text)
		got, prec := "none", ""
		if e := lastOnTrigger(doc, tt.trigger); e != nil {
			got, prec = e.Date, e.DatePrecision
		}
		if got != tt.want || prec != tt.prec {
			t.Errorf("%q: %q dated %s (%s), want %s (%s)", tt.text, tt.trigger, got, prec, tt.want, tt.prec)
		}
	}
}
