package extract

import "testing"

// TestNameBeforeSectorNoun checks that a capitalized word standing right
// before a sector noun ("Riot police", "Border guards") at the start of a
// sentence is not taken for a person's name, even when the parser hangs
// both words on the verb. Texts written for the test.
func TestNameBeforeSectorNoun(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, name string
		person     bool
	}{
		{"Riot police dispersed the crowd.", "Riot", false},
		{"Riot police broke up the sit-in outside the ministry.", "Riot", false},
		// A bare surname as subject is still a person.
		{"Okonjo dispersed the crowd with a short speech.", "Okonjo", true},
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
