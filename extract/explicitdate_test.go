package extract

import (
	"testing"
	"time"
)

func TestExplicitDate(t *testing.T) {
	pub := time.Date(2017, 6, 28, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		span string
		pub  time.Time
		want string // "" for no date
	}{
		{"22.12.2017", pub, "2017-12-22"},
		{"22.12.2017", time.Time{}, "2017-12-22"},
		{"3.5.17", pub, "2017-05-03"},
		{"3.5.17", time.Time{}, "1917-05-03"}, // two digits: not after 2000 without a publication date
		{"31.12.99", pub, "1999-12-31"},
		{"31.02.2017", pub, ""},
		{"5.13.2017", pub, ""},
		{"2.0.1", pub, ""},
		{"the 22nd of December", pub, "2016-12-22"}, // no year: the last one before publication
		{"the 22nd of June", pub, "2017-06-22"},
		{"the 28th of June", pub, "2017-06-28"},
		{"the 22nd of December", time.Time{}, ""},
		{"December the 22nd , 2017", time.Time{}, "2017-12-22"},
		{"22nd Dec. 1999", pub, "1999-12-22"},
		{"2016 December 22nd", pub, "2016-12-22"},
		{"the 29th of February", pub, "2016-02-29"},
		{"29th February 2017", pub, ""},
		{"the 31st of June", pub, ""},
		{"December 22nd 3pm", pub, "2016-12-22"},
		{"the 22nd of June 10am", pub, "2017-06-22"},
		// Two days, two months or two years are no date.
		{"December 22nd 29th", pub, ""},
		{"December 22nd May", pub, ""},
		{"22nd December 2017 10", pub, ""},
		{"the 22nd of December 300", pub, ""},
		{"the 22nd", pub, ""},
	}
	for _, c := range cases {
		toks := tokenize(c.span, nil)
		got, ok := explicitDate(toks, 0, len(toks), c.pub)
		switch {
		case c.want == "" && ok:
			t.Errorf("%q (published %s): got %s, want no date", c.span, c.pub.Format("2006-01-02"), fmtDay(got))
		case c.want != "" && (!ok || fmtDay(got) != c.want):
			t.Errorf("%q (published %s): got %s %v, want %s", c.span, c.pub.Format("2006-01-02"), fmtDay(got), ok, c.want)
		}
	}
}
