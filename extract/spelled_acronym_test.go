package extract

import (
	"testing"
)

// TestSpelledAcronym checks that a bare all-caps word of two letters or more
// spelling the initials of the one body an article has named in full is that
// body, wherever it stands, and that a word spelling no named body, or a
// common abbreviation, is not taken. Sentences written for the test.
func TestSpelledAcronym(t *testing.T) {
	x := newTestExtractor(t)
	tests := []tripleCase{
		{
			name: "two letters after the full name of a firm",
			text: "Renault buys gearboxes from carmaker Northwind Motors. Last month NM pulled out of an agreement with Renault.",
			want: []string{"org:northwind-motors SANCTION org:renault"},
		},
		{
			name: "three letters as the object of an act",
			text: "Peru fined the mining firm Eastern Copper Holdings last year. This week Chile accused ECH of polluting a river.",
			want: []string{"country:CHL ACCUSE org:eastern-copper-holdings"},
		},
		{
			name:    "letters that spell no named body",
			text:    "Peru fined the mining firm Eastern Copper Holdings last year. This week Chile accused EC of polluting a river.",
			notWant: []string{"country:CHL ACCUSE org:eastern-copper-holdings"},
		},
	}
	checkTriples(t, x, tests)
}
