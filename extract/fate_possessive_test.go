package extract

import "testing"

// TestFatePossessiveSurname checks that a lone unknown name followed by
// "'s" and what befalls a person ("X's death", "X's extradition") is a
// person, and that the rule stays off where the name opens the sentence,
// follows "the" or a capitalised word, or owns something else. Sentences
// written for the test (resolvedAt is in person_sex_test.go).
func TestFatePossessiveSurname(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, name, want string // name: its last occurrence is resolved
	}{
		{"A UN envoy opened an inquiry into Petrossian's killing in a border town.", "Petrossian", "person:petrossian"},
		{"The ruling opened the way for Varkonyi's extradition to his home country.", "Varkonyi", "person:varkonyi"},
		// what the name owns is no fate: no person
		{"Traders worried about Vellmark's exports to the region.", "Vellmark", ""},
		// after "the" it is a body's or a thing's name
		{"Reporters asked about the Dravonia's arrest of two fishermen.", "Dravonia", ""},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		if got := resolvedAt(doc, tt.text, tt.name); got != tt.want {
			t.Errorf("%q: %q resolves to %q, want %q\n%s", tt.text, tt.name, got, tt.want, dumpDoc(doc))
		}
	}
}
