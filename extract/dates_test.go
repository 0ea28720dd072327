package extract

import (
	"testing"
	"time"
)

func TestFindDates(t *testing.T) {
	pub := time.Date(2017, 12, 28, 0, 0, 0, 0, time.UTC) // a Thursday
	cases := []struct {
		text, date, prec string
		future           bool
	}{
		{"They spoke on Tuesday.", "2017-12-26", PrecisionDay, false},
		{"In Tuesday's call they agreed.", "2017-12-26", PrecisionDay, false},
		{"The talks resume on Tuesday.", "2018-01-02", PrecisionDay, true},
		{"It was announced on Thursday.", "2017-12-28", PrecisionDay, false},
		{"He left last Thursday.", "2017-12-21", PrecisionDay, false},
		{"It happened yesterday.", "2017-12-27", PrecisionDay, false},
		{"Earlier this month, they quit.", "2017-12", PrecisionMonth, false},
		{"Earlier this year there were tests.", "2017", PrecisionYear, false},
		{"Late last year they met.", "2016", PrecisionYear, false},
		{"It was set up in September 2014.", "2014-09", PrecisionMonth, false},
		{"Fighting since April 2014.", "2014-04", PrecisionMonth, false},
		{"Two weeks ago they talked.", "2017-12", PrecisionMonth, false}, // a week, not a day: its month (as "last week")
		{"Three days ago they talked.", "2017-12-25", PrecisionDay, false},
		{"They met last week.", "2017-12", PrecisionMonth, false},
		{"The envoy left earlier in the week.", "2017-12", PrecisionMonth, false},
		{"Later in the year the board will vote.", "2017", PrecisionYear, false},
		{"She spoke early in the month.", "2017-12", PrecisionMonth, false},
		{"They sat in the week before.", "", "", false},
		{"Sales rose by a tenth over the past year.", "", "", false},
		{"Prices fell in the last month.", "", "", false},
		{"They met in the last week of November.", "2017-11", PrecisionMonth, false},
		{"They met last month.", "2017-11", PrecisionMonth, false},
		{"It was signed on September 19, 2014.", "2014-09-19", PrecisionDay, false},
		{"It was signed on 19 September 2014.", "2014-09-19", PrecisionDay, false},
		{"It was signed on 2014-09-19.", "2014-09-19", PrecisionDay, false},
		{"It was signed on 9/19/2014.", "2014-09-19", PrecisionDay, false},
		{"It was signed in 2014.", "2014", PrecisionYear, false},
		{"Offers were made last November.", "2017-11", PrecisionMonth, false},
		{"Offers were made last December.", "2016-12", PrecisionMonth, false},
		{"They met in March.", "2017-03", PrecisionMonth, false},
		{"They will meet in March.", "2018-03", PrecisionMonth, true},
		// Issue 5's list, and the explicit formats of news copy.
		{"They quit earlier this week.", "2017-12", PrecisionMonth, false},
		{"Talks began last Thursday.", "2017-12-21", PrecisionDay, false},
		{"It was signed on Dec. 22, 2017.", "2017-12-22", PrecisionDay, false},
		{"It was signed on 22/12/2017.", "2017-12-22", PrecisionDay, false},
		{"It was signed on 2017-12-22.", "2017-12-22", PrecisionDay, false},
		{"It was signed on the 22nd of December.", "2017-12-22", PrecisionDay, false},
		{"It was signed on December 22nd.", "2017-12-22", PrecisionDay, false},
		{"It was signed on December the 22nd.", "2017-12-22", PrecisionDay, false},
		{"It was signed on Monday, 3 March.", "2017-03-03", PrecisionDay, false},
		{"It was signed on 22 Dec 2017.", "2017-12-22", PrecisionDay, false},
		{"It was signed on March 3rd, 2004.", "2004-03-03", PrecisionDay, false},
		{"It was signed on 2017/12/22.", "2017-12-22", PrecisionDay, false},
		{"It was signed on 22-12-2017.", "2017-12-22", PrecisionDay, false},
		{"It was signed on 22.12.2017.", "2017-12-22", PrecisionDay, false},
		{"It was signed on 12 December last year.", "2016-12-12", PrecisionDay, false},
		{"It was signed in December last year.", "2016-12", PrecisionMonth, false},
		{"It was signed last weekend.", "2017-12-23", PrecisionDay, false},
		{"It was signed this morning.", "2017-12-28", PrecisionDay, false},
		{"It was signed in mid-2015.", "2015", PrecisionYear, false},
		{"Mar Roberts spoke.", "", "", false},
		{"They may meet soon.", "", "", false},
		{"The 2016 election.", "2016", PrecisionYear, false}, // dates its noun only (poss)
		{"They counted 2016 votes.", "", "", false},
	}
	for _, c := range cases {
		ds := findDatesWith(tokenize(c.text, nil), pub, c.future, explicitDate)
		if c.date == "" {
			if len(ds) != 0 {
				t.Errorf("%q: got %+v, want no date", c.text, ds)
			}
			continue
		}
		if len(ds) == 0 || ds[0].date != c.date || ds[0].prec != c.prec {
			t.Errorf("%q: got %+v, want %s (%s)", c.text, ds, c.date, c.prec)
		}
	}
	// Without a publication date, relative expressions resolve to nothing.
	if ds := findDates(tokenize("They spoke on Tuesday and yesterday.", nil), time.Time{}, false); len(ds) != 0 {
		t.Errorf("relative dates without publication date: %+v", ds)
	}
}
