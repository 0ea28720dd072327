package extract

import (
	"slices"
	"testing"
)

// TestNationalPeople: a nationality before a noun for a private person or
// a member of parliament names people of that country, not the state; a
// nationality before a name still describes that person, and a bare
// country still acts. Texts written for the test.
func TestNationalPeople(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // eventKeys
	}{
		{"A Canadian man is suing the airline over lost luggage.", []string{"115 org:can-civilians>"}},
		{"A French student accused the university of bias.", []string{"112 org:fra-civilians>"}},
		{"Dutch MEPs rejected the proposal on Tuesday.", []string{"127 org:nld-parliament>"}},
		{"Canada rejected the proposal on Tuesday.", []string{"127 country:CAN>"}},
		// "RSA" is a name, not South Africa
		{"RSA warned that the networks were insecure.", []string{"010 org:rsa>"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
