package extract

import "testing"

// TestMonthSurname checks that a month name right after a given name is
// read as the surname ("Christine May"), while a month before a day
// number stays a date. Texts written for the test.
func TestMonthSurname(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, name string
		person     bool
	}{
		{"Green MSP Alison May criticised the council's housing plans.", "Alison May", true},
		{"Former minister Gareth June accused the board of hiding the losses.", "Gareth June", true},
		{"The tour will go ahead, Robert April said on Monday.", "Robert April", true},
		// No given name before it: the month stays a month.
		{"Ministers met in May to discuss the budget.", "May", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2005-01-10"}, tt.text)
			got := entityKinds(doc)[tt.name] == KindPerson
			if got != tt.person {
				t.Errorf("person %q: %v, want %v", tt.name, got, tt.person)
			}
		})
	}
}
