package extract

import "testing"

// TestBodyNameBeforeTitle checks that an unknown one-word name right
// before a firm's or a head's title and a person's name is the body whose
// title it is ("X chief executive Y"), joined to a body of the article it
// opens or spells, and that other titles or field words leave it alone.
// Sentences written for the test.
func TestBodyNameBeforeTitle(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, person, tail, label string
	}{
		{"The bid was rejected on Monday. Zentrix chief executive Paul Hobbs said the offer was too low.",
			"person:paul-hobbs", "org:zentrix", "Executive"},
		{"Halbrook & Lyle cut 300 jobs in Leeds. Halbrook chairman Peter Quayle said the cuts were needed.",
			"person:peter-quayle", "org:halbrook-lyle", "Leader"},
		{"The National Union of Dockworkers (NUD) called a strike. NUD leader Peter Quayle said talks had failed.",
			"person:peter-quayle", "org:national-union-of-dockworkers", "Leader"},
		// not a head's or a firm's title
		{"The bid was rejected on Monday. Zentrix analyst Paul Hobbs said the offer was too low.",
			"person:paul-hobbs", "", ""},
	} {
		checkRole(t, x, tt.text, tt.person, tt.tail, tt.label)
	}
}
