package extract

import "testing"

// TestSelfReturn: someone who comes back (to a country, as a minister, after
// leave, for a show) hands nothing back, so a bare intransitive "return" is
// no return (084) event, and its future no intent to return (0353);
// returning prisoners or a body returning goods to a state is. Texts
// written for the test.
func TestSelfReturn(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		retreat bool // whether a return event (084, 0841, 0842, 0353) is expected
	}{
		{"Singer Lars Holm returned to Sweden in 1990 and became famous there.", false},
		{"Presenter Anna Berg will return for a one-off special next year.", false},
		{"Comedian Per Holm will return after a long break.", false},
		{"Interior Minister Ola Berg said she would return to Parliament next month.", false},
		{"Oscar-winning director Lena Holm returns to direct the sequel.", false},
		{"The Danish government returned the Swedish prisoners on Monday.", true},
		{"The Danish Nature Agency returned to Sweden on Friday 40 stolen birds.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				got = got || ev.Cameo == "0353" || ev.Cameo[:3] == "084"
			}
			if got != tt.retreat {
				t.Errorf("retreat %v, want %v; events %v", got, tt.retreat, eventKeys(doc))
			}
		})
	}
}
