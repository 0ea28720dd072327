package extract

import "testing"

// TestAsideTitleOpenedByModifier checks that an apposition's title that
// opens with a word that is also a title modifier ("chief executive of X")
// gives the person the office and body, while a modifier before another
// title ("chief economist at X") still leaves that title. Sentences written
// for the test.
func TestAsideTitleOpenedByModifier(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, person, tail, label string
	}{
		{"Paul Hobbs, chief executive of Barclays, said the bank would grow.", "person:paul-hobbs", "org:barclays", "Executive"},
		{"Paul Hobbs, chief economist at Barclays, said rates would rise.", "person:paul-hobbs", "org:barclays", "Economist"},
	} {
		checkRole(t, x, tt.text, tt.person, tt.tail, tt.label)
	}
}
