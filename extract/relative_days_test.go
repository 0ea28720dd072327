package extract

import "testing"

// TestRelativeDays checks that "on the same day", "a day earlier", "the
// next day" and their kin date an act from the last day the text stated,
// in its sentence or an earlier one, and that a phrase naming what it
// counts from ("the same day as the vote") or with no stated day before it
// leaves the act to the publication date. Sentences written for the test;
// published Monday 2006-03-20.
func TestRelativeDays(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, trigger, want string
	}{
		{"Chile criticised Peru on 14 March. In a statement on the same day, Bolivia condemned Paraguay.", "condemned", "2006-03-14"},
		{"Chile criticised Peru last Thursday. Bolivia condemned Paraguay a day earlier.", "condemned", "2006-03-15"},
		{"Chile criticised Peru on Friday. The following day, Bolivia condemned Paraguay.", "condemned", "2006-03-18"},
		{"Chile criticised Peru on 14 March. Bolivia condemned Paraguay the previous day.", "condemned", "2006-03-13"},
		{"Chile criticised Peru on 14 March and Bolivia condemned Paraguay later that day.", "condemned", "2006-03-14"},
		// what it counts from is named, or no day was stated: the publication date
		{"Chile criticised Peru on 14 March. Bolivia condemned Paraguay on the same day as the vote.", "condemned", "2006-03-20"},
		{"Chile criticised Peru on 14 March. Bolivia condemned Paraguay the day before the summit.", "condemned", "2006-03-20"},
		{"Bolivia condemned Paraguay the next day.", "condemned", "2006-03-20"},
	} {
		doc := x.extract(Article{ID: "t", Published: "2006-03-20"}, tt.text)
		got := "none"
		for _, e := range doc.Events {
			if e.Trigger == tt.trigger {
				got = e.Date
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q dated %s, want %s\n%s", tt.text, tt.trigger, got, tt.want, dumpDoc(doc))
		}
	}
}
