package extract

import (
	"strconv"
	"strings"
	"time"
)

// explicitDate reads the explicit dates the rules of findDatesWith leave to
// it: toks[i:j] is either one number with inner periods, day first
// ("22.12.2017", "3.5.17"), or words around an ordinal day that name a
// month ("the 22nd of December", "December the 22nd, 2017"). It replaces
// go-dateparser, whose package init built every locale it knows (0.3 s and
// 95 MB at the start of every geokg command); the forms and their readings
// are go-dateparser's for these spans (English, day before month, dates
// without a year in the past of pub), checked against it in
// explicitdate_test.go.
//
// pub is the publication date; when it is zero the year must be written.
func explicitDate(toks []token, i, j int, pub time.Time) (time.Time, bool) {
	ref := pub
	if ref.IsZero() {
		// Two-digit years are read as not after the reference year.
		ref = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if j-i == 1 && strings.Count(toks[i].lower, ".") == 2 {
		p := strings.Split(toks[i].lower, ".")
		d, ok1 := smallNum(p[0])
		m, ok2 := smallNum(p[1])
		y, ok3 := yearNum(p[2], d, m, ref)
		if !ok1 || !ok2 || !ok3 {
			return time.Time{}, false
		}
		return mkDate(y, m, d)
	}
	day, month, year := 0, 0, ""
	for k := i; k < j; k++ {
		w := toks[k].lower
		switch {
		case w == "the" || w == "of" || w == "," || isClockTime(w):
		case months[w] != 0:
			if month != 0 {
				return time.Time{}, false
			}
			month = int(months[w])
		case isOrdinal(w):
			n, ok := dayNum(w)
			if !ok || day != 0 {
				return time.Time{}, false
			}
			day = n
		case allDigits(w) && (len(w) == 2 || len(w) == 4):
			if year != "" {
				return time.Time{}, false
			}
			year = w
		default:
			return time.Time{}, false
		}
	}
	if day == 0 || month == 0 {
		return time.Time{}, false
	}
	if year != "" {
		y, _ := yearNum(year, day, month, ref)
		return mkDate(y, month, day)
	}
	if pub.IsZero() {
		return time.Time{}, false
	}
	// No year: the latest such day not after pub (29 February: the last
	// leap year's).
	for y := pub.Year(); y > pub.Year()-8; y-- {
		if t, ok := mkDate(y, month, day); ok && !t.After(pub) {
			return t, true
		}
	}
	return time.Time{}, false
}

// mkDate is the date y-m-d, if there is such a day.
func mkDate(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 June, 29 February 2017
		return time.Time{}, false
	}
	return t, true
}

// smallNum reads a day or month number of one or two digits.
func smallNum(w string) (int, bool) {
	if len(w) < 1 || len(w) > 2 || !allDigits(w) {
		return 0, false
	}
	n, _ := strconv.Atoi(w)
	return n, true
}

// yearNum reads the year of day d of month m: four digits, or two read in
// the century that puts the day not after ref (in June 2017, "99" is 1999,
// "1 May 17" 2017 and "1 December 17" 1917).
func yearNum(w string, d, m int, ref time.Time) (int, bool) {
	if !allDigits(w) {
		return 0, false
	}
	n, _ := strconv.Atoi(w)
	switch len(w) {
	case 4:
		return n, true
	case 2:
		y := ref.Year()/100*100 + n
		if time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).After(ref) {
			y -= 100
		}
		return y, true
	}
	return 0, false
}

func allDigits(w string) bool {
	for k := 0; k < len(w); k++ {
		if !isDigit(w[k]) {
			return false
		}
	}
	return w != ""
}

// isOrdinal reports "1st", "22nd", "3rd", "4th".
func isOrdinal(w string) bool {
	if len(w) < 3 {
		return false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
		return allDigits(w[:len(w)-2])
	}
	return false
}

// isClockTime reports "3pm", "10am": a time of day, which says nothing of
// the date.
func isClockTime(w string) bool {
	n := len(w)
	return n >= 3 && n <= 4 && (strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm")) && allDigits(w[:n-2])
}
