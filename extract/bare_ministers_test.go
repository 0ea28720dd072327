package extract

import "testing"

// TestBareMinisters checks that "ministers" standing alone (or with only
// "the", or with a clause of what they did) in a report about one state
// are that state's government, while ministers a phrase qualifies name
// no body ("-"), and bare ministers in a report of several states stay a
// group of no country (""). Texts written
// for the test.
func TestBareMinisters(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, alias, want string
	}{
		// A bare subject in a report about Canada.
		{"Canada will raise the fuel duty next year. Ministers insist the change is fair to drivers.", "Ministers", "CAN"},
		// A bare object with a clause of what they did.
		{"Canada will raise the fuel duty next year. The opposition accused ministers of misleading voters.", "ministers", "CAN"},
		// Qualified ministers are no one state's government.
		{"Canada will raise the fuel duty next year. Some ministers insist the change is fair to drivers.", "ministers", "-"},
		// Two states named: no sole one to give.
		{"Canada and Mexico will raise the fuel duty next year. Ministers insist the change is fair to drivers.", "Ministers", ""},
		// A capital named only as where a meeting is held is no state
		// the report is about.
		{"Farm ministers of many lands gather on Monday in Ottawa to talk over quotas. Ministers insist the talks are fair to growers.", "Ministers", ""},
		// An international body in the report: its ministers are many
		// states', not the one state named.
		{"Canada has asked the United Nations for more time to pay its dues. Ministers insist the delay is short and fair.", "Ministers", ""},
	} {
		t.Run(tt.text[40:70], func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2005-01-10"}, tt.text)
			if got := aliasCountry(&doc, tt.alias); got != tt.want {
				t.Errorf("%q: country %q, want %q", tt.alias, got, tt.want)
			}
		})
	}
}
