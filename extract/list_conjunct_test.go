package extract

import "testing"

// TestListConjunct checks that the last member of a list of targets is kept
// when an aside stands between "and" and it, or when ", as well as" joins
// it, and that a name after "and" and an aside that has a verb of its own
// opens a clause instead of joining the list. Sentences written for the test.
func TestListConjunct(t *testing.T) {
	x := newTestExtractor(t)
	tests := []triggerCase{
		// "and" + aside set off by commas on both sides
		{"Brazil pledged aid to Chile, Peru and, in smaller amounts, Bolivia.",
			"pledged aid", []string{"033 country:BRA>country:BOL", "033 country:BRA>country:CHL", "033 country:BRA>country:PER"}},
		// ", and" + an aside closed by a comma
		{"Japan imposed sanctions on Iran, Syria, and for the first time, Belarus.",
			"imposed sanctions", []string{"163 country:JPN>country:BLR", "163 country:JPN>country:IRN", "163 country:JPN>country:SYR"}},
		// ", as well as": a list member, not a clause of its own
		{"The Danish king will visit Peru, as well as Chile.",
			"visit", []string{"036 org:dnk-government>country:CHL", "036 org:dnk-government>country:PER"}},
		// the name after the aside is the subject of its own verb: no member
		{"Egypt condemned Israel, and on Monday, Jordan said it would recall its envoy.",
			"condemned", []string{"111 country:EGY>country:ISR"}},
	}
	checkTriggerEvents(t, x, tests)
}

// TestInterposedConjunct checks the gap shapes on their own.
func TestInterposedConjunct(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Chile , as well as Peru .", true},
		{"Chile , and , above all , Peru .", true},
		{"Chile and with some reluctance , Peru .", true},
		{"Chile , and on Monday , Peru said .", false},     // Peru has a verb of its own
		{"Chile , and the President said , Peru .", false}, // no aside: a determiner and a verb of saying
		{"Chile , as Peru .", false},
	} {
		toks := tokenize(tt.text, nil)
		// the first member is the first token; the last is the last word
		last := len(toks) - 2
		for last > 0 && toks[last].text != "Peru" {
			last--
		}
		if got := interposedConjunct(toks, 1, last, last+1, len(toks)); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}
