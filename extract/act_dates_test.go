package extract

import "testing"

// TestActDates checks which date of a sentence dates its act: a paper's
// name, a bound ("until", "since", "by"), a possessive date, a date in what
// is vowed or warned of, and a date still to come for an act told in the
// past date nothing, and the act falls back to another date of its clause
// or the publication day. Sentences written for the test; published
// Wednesday 2009-06-17.
func TestActDates(t *testing.T) {
	x := newTestExtractor(t)
	checkDates(t, x, []dateCase{
		// a weekday in a newspaper's name
		{"The Sunday Times accused Chile of lying.", "accused Chile of lying", "2009-06-17", PrecisionDay},
		{"Peru denied a report in the Sunday Herald that it spied on Chile.", "denied a report", "2009-06-17", PrecisionDay},
		{"On Sunday Peru accused Chile of lying.", "accused Chile of lying", "2009-06-14", PrecisionDay},
		// bounds of a span
		{"Peru asked Chile to hold the talks until Friday.", "asked Chile to", "2009-06-17", PrecisionDay},
		{"Peru agreed to freeze the loans until the end of 2010.", "agreed to", "2009-06-17", PrecisionDay},
		{"An ally of Chile since 1990, Peru praised Chile on Monday.", "praised", "2009-06-15", PrecisionDay},
		// a possessive date dates its noun
		{"Peru accused Chile of rigging Sunday's vote.", "accused", "2009-06-17", PrecisionDay},
		{"During Monday's debate, Peru accused Chile of lying.", "accused Chile of lying", "2009-06-15", PrecisionDay},
		// what is vowed or warned of is still to come
		{"Peru vowed to withdraw its troops from Chile in 2009.", "vowed to", "2009-06-17", PrecisionDay},
		{"Peru warned that its exports to Chile in 2010 would fall.", "warned", "2009-06-17", PrecisionDay},
		{"Peru backed that plan on Monday.", "backed", "2009-06-15", PrecisionDay},
		// a date to come cannot date a done act
		{"Peru has promised Chile more aid next year.", "promised Chile more aid", "2009-06-17", PrecisionDay},
		{"Peru promised Chile more aid last year.", "promised Chile more aid", "2008", PrecisionYear},
		// a past participle modifying a noun has its own date
		{"Peru criticised the treaty signed by Chile in 2001.", "criticised", "2009-06-17", PrecisionDay},
		{"Peru condemned the pact, drafted in 1998 by Chile, on Monday.", "condemned", "2009-06-15", PrecisionDay},
		{"Peru condemned the banks involved in the loans on Monday.", "condemned", "2009-06-15", PrecisionDay},
		// a modal puts its verb's date to come, unless "have" + a past form follows
		{"Peru said it may expel the Chilean ambassador in March.", "expel the Chilean ambassador", "2010-03", PrecisionMonth},
		{"Peru said it might have expelled the Chilean ambassador in March.", "expelled the Chilean ambassador", "2009-03", PrecisionMonth},
		{"Peru warned that Chile would have to withdraw its troops in March.", "warned", "2009-06-17", PrecisionDay},
		{"A private meeting on Monday saw Peru warn that Chile could attack its ports.", "warn", "2009-06-15", PrecisionDay},
		// weeks ago name a week: its month
		{"Peru criticised Chile three weeks ago.", "criticised", "2009-05", PrecisionMonth},
	})
}

// dateCase names the date (want) and precision (prec) the last event on
// trigger must have in text published on Wednesday 2009-06-17; "none" when
// there is no such event.
type dateCase struct {
	text, trigger, want, prec string
}

// checkDates extracts each case's text as one article published on
// 2009-06-17 and checks the date of its last event on the trigger.
func checkDates(t *testing.T, x *Extractor, cases []dateCase) {
	t.Helper()
	for _, tt := range cases {
		doc := x.extract(Article{ID: "t", Published: "2009-06-17"}, tt.text)
		got, prec := "none", ""
		if e := lastOnTrigger(doc, tt.trigger); e != nil {
			got, prec = e.Date, e.DatePrecision
		}
		if got != tt.want || prec != tt.prec {
			t.Errorf("%q: %q dated %s (%s), want %s (%s)\n%s", tt.text, tt.trigger, got, prec, tt.want, tt.prec, dumpDoc(doc))
		}
	}
}
