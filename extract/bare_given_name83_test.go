package extract

import "testing"

// TestBareGivenNameOfTwo checks that a bare given name borne by two
// persons met goes to the one the article named first, that the given
// name a full-name mention gives a person first met by surname counts,
// that a name spelt as given wins over its variants, and that a given
// name one person bears still finds that person. Sentences written for
// the test (resolvedAt is in person_sex_test.go).
func TestBareGivenNameOfTwo(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, name, want string // name: its last occurrence is resolved
	}{
		// two Nadias: the quote's "Nadia" is the founder named first, not
		// the nurse who speaks
		{`Nadia Okafor, the charity's founder, opened a clinic in Lagos. Nadia Brandt, a visiting nurse, praised the wards. "Nadia has worked for this for years," Ms Brandt said.`,
			"Nadia", "person:nadia-okafor"},
		// the leader met as "Mr Harrow" is later called Gideon Harrow: his
		// given name is known though his entity has his surname alone
		{`Council leader Mr Harrow refused to resign on Monday. Gideon Pell, a local trader, said the row hurt business. "This is a quarrel between Gideon Harrow and one newspaper." "Gideon should stand firm," Mr Pell said.`,
			"Gideon", "person:harrow"},
		// "Steven" as spelt is Steven Marsh, not Steve Collier named first
		{`Steve Collier ran the shop for a decade. Steven Marsh, his partner, left in May. "We wanted Steven to stay," Collier said.`,
			"Steven", "person:steven-marsh"},
		// one Nadia: still hers
		{`Nadia Okafor opened a clinic in Lagos. "Nadia has worked for this for years," a nurse said.`,
			"Nadia", "person:nadia-okafor"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		if got := resolvedAt(doc, tt.text, tt.name); got != tt.want {
			t.Errorf("%q: %q resolves to %q, want %q\n%s", tt.text, tt.name, got, tt.want, dumpDoc(doc))
		}
	}
}
