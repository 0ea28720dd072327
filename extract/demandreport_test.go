package extract

import "testing"

// TestDemandReports: a that-clause with "must" or "should" after a word of
// concluding, warning, ruling or reminding is the speaker's demand on its
// subject; what the subject must do is not an act. Texts written for the test.
func TestDemandReports(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // an event key that must be there ("" for no event)
	}{
		{"Germany concluded on Monday that Poland must raise its defence budget.", "100 country:DEU>country:POL"},
		{"Japan sent a firm reminder to Chile that it should pay its debts.", "020 country:JPN>country:CHL"},
		{"Sweden warned that Norway and other northern states must share more data.", "100 country:SWE>country:NOR"},
		// The one obliged is no actor, or the obligation is a passive.
		{"Germany concluded that the budget must be raised.", ""},
		{"Germany concluded that taxes must rise.", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			checkKeyPrefix(t, eventKeys(doc), tt.want, "")
		})
	}
}
