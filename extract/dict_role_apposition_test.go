package extract

import "testing"

// TestAppositionOverDictionaryOffice checks that the office an apposition
// gives a person the dictionary knows wins over the dictionary's office
// (people.tsv holds a person's latest office, not the one on the day),
// and that an apposition that is not closed (a list goes on, another
// name follows) leaves the dictionary's office. Sentences written for the
// test.
func TestAppositionOverDictionaryOffice(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, person, want string }{
		{"Gordon Brown, the chancellor, said borrowing would fall.", "person:gordon-brown", "Chancellor"},
		{"Theresa May, Tory shadow transport secretary, said the plan was late.", "person:theresa-may", "Shadow Secretary"},
		// not closed: another person's title follows
		{"Questions went to Gordon Brown, the party's campaign chief Alan Milburn said.", "person:gordon-brown", "Prime Minister"},
		// no apposition: the dictionary's office stays
		{"Gordon Brown said borrowing would fall.", "person:gordon-brown", "Prime Minister"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		got := roleLabel(doc, tt.person)
		if got != tt.want {
			t.Errorf("%q: %s has role %q, want %q\n%s", tt.text, tt.person, got, tt.want, dumpDoc(doc))
		}
	}
}
