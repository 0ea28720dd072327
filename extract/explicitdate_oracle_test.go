package extract

import (
	"strings"
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"
)

// goDateparser is the parser explicitDate replaced, configured as it was.
func goDateparser() dateParser {
	p := &dps.Parser{}
	return func(toks []token, i, j int, pub time.Time) (time.Time, bool) {
		cfg := &dps.Configuration{Languages: []string{"en"}, CurrentTime: pub, PreferredDateSource: dps.Past,
			DateOrder: dps.DMY, RequiredParts: []string{"day", "month"}}
		if pub.IsZero() {
			cfg.CurrentTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
			cfg.RequiredParts = []string{"day", "month", "year"}
		}
		d, err := p.Parse(cfg, spanTextPlain(toks, i, j))
		if err != nil || d.IsZero() {
			return time.Time{}, false
		}
		return d.Time, true
	}
}

// TestExplicitDateOracle compares explicitDate with go-dateparser, which it
// replaced, on every arrangement of a day, a month, perhaps a year or a time
// and the words between them that fallbackDates hands over. go-dateparser
// also reads spans with two days or two years ("December 22nd 29th" as
// 22 December 1929); explicitDate refuses those, so they are not compared.
func TestExplicitDateOracle(t *testing.T) {
	if testing.Short() {
		t.Skip("compares thousands of spans with go-dateparser")
	}
	days := strings.Fields("1st 22nd 3rd 29th 31st")
	monthWords := strings.Fields("February June December Dec. sept May")
	// A time ("3pm") is left out: go-dateparser puts "22nd December 3pm"
	// published on 22 December 2017 a year back, as 3 pm is after the
	// publication's midnight. The publication is a day; explicitDate keeps it.
	extras := []string{"", "2016", "1999", "99", "17"}
	fillers := []string{"", "the", "of", ","}
	pubs := []time.Time{{}, time.Date(2017, 6, 28, 0, 0, 0, 0, time.UTC), time.Date(2016, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2017, 12, 22, 0, 0, 0, 0, time.UTC)}
	oracle := goDateparser()
	n, bad := 0, 0
	check := func(words []string) {
		text := strings.Join(words, " ")
		toks := tokenize(text, nil)
		for _, pub := range pubs {
			n++
			want, wok := oracle(toks, 0, len(toks), pub)
			got, gok := explicitDate(toks, 0, len(toks), pub)
			if wok != gok || wok && fmtDay(want) != fmtDay(got) { // a time of day is no part of the date
				bad++
				if bad <= 40 {
					t.Errorf("%q published %s: got %s %v, go-dateparser %s %v", text, pub.Format("2006-01-02"),
						got.Format("2006-01-02"), gok, want.Format("2006-01-02"), wok)
				}
			}
		}
	}
	for _, d := range days {
		for _, m := range monthWords {
			for _, x := range extras {
				for _, f := range fillers {
					// The orders news copy writes: day month [year], month
					// day [year], with a filler word between the first two.
					for _, order := range [][]string{{d, f, m, x}, {m, f, d, x}, {f, d, m, x}, {m, d, f, x}} {
						var words []string
						for _, w := range order {
							if w != "" {
								words = append(words, w)
							}
						}
						check(words)
					}
				}
			}
		}
	}
	for _, s := range []string{"22.12.2017", "1.2.2003", "31.12.99", "3.5.17", "31.02.2017", "5.13.2017", "22.12.1999", "01.01.2000"} {
		check([]string{s})
	}
	t.Logf("%d spans compared, %d differ", n, bad)
}
