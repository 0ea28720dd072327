package extract

import "testing"

// TestMisspeltCountries checks which capitalized words unknown to the
// lexicon are read as the country or people they misspell, and which are
// left as written. Sentences written for the test.
func TestMisspeltCountries(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, id string
		want     bool // the sentence has the country or its body
	}{
		{"Troops from Afganistan crossed the border on Monday.", "country:AFG", true},    // a letter missing
		{"Quatar's emir met the king of Jordan.", "country:QAT", true},                   // a letter too many
		{"The Phillippines army shelled the rebel camp.", "org:phl-military", true},      // a letter doubled
		{"Chenchen refugees began a hunger strike in Moscow.", "org:rus-refugees", true}, // a people, before a noun
		{"Fans cheered Bening at the film festival.", "country:BEN", false},              // a letter after a name
		{"Iberia cut its fares to Madrid.", "country:LBR", false},                        // the first letter differs
		{"Robert Germain spoke to the press in Paris.", "country:DEU", false},            // part of a name
		{"Sales rose in the Americas and in Asia.", "group:usa-civilians", false},        // another plural
		{"Officials in Columbia, Missouri, cut taxes.", "country:COL", false},            // a changed letter
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		got := false
		for _, e := range doc.Entities {
			got = got || e.ID == tt.id
		}
		if got != tt.want {
			t.Errorf("%q: has %s %v, want %v\n%s", tt.text, tt.id, got, tt.want, dumpDoc(doc))
		}
	}
}

// TestDeletions checks the one-letter deletions a word has.
func TestDeletions(t *testing.T) {
	got := deletions("benning")
	want := []string{"enning", "bnning", "bening", "bennng", "bennig", "bennin"} // the second "n" of "nn" once
	if len(got) != len(want) {
		t.Fatalf("deletions(benning) = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("deletions(benning)[%d] = %q, want %q", i, got[i], want[i])
		}
	}
}
