package extract

import (
	"strings"
	"testing"
)

// resolvedAt is the id of the entity whose mention covers the last
// occurrence of name in text, or "".
func resolvedAt(doc Document, text, name string) string {
	at := strings.LastIndex(text, name)
	got := ""
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if m.Start <= at && at < m.End {
				got = e.ID
			}
		}
	}
	return got
}

// TestHonorificOfOtherSex checks that an honorific of one sex does not
// resolve a family name to a person known to be of the other sex, known
// from the given name or from an honorific met before, and that an
// honorific of the right sex still does. Sentences written for the test.
func TestHonorificOfOtherSex(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, name, want, not string // name: its last occurrence is resolved
	}{
		// a woman's honorific after a man named in full
		{"Peter Holloway opened the fair in Leeds. Mrs Holloway said the stalls were busy.", "Holloway", "", "person:peter-holloway"},
		// and the man's honorific after her still finds him
		{"Peter Holloway opened the fair in Leeds. Mrs Holloway said the stalls were busy. Mr Holloway thanked the stall holders.", "Holloway", "person:peter-holloway", ""},
		// a man's honorific after a woman named in full
		{"Susan Marwick chaired the inquiry. Mr Marwick, her husband, declined to comment.", "Marwick", "", "person:susan-marwick"},
		// sex known from an earlier honorific, no given name
		{"Mr Dunmore spoke at the rally. Later Mrs Dunmore said she was proud.", "Dunmore", "", "person:dunmore"},
		// the same sex still resolves
		{"Susan Marwick chaired the inquiry. Ms Marwick said it would report in May.", "Marwick", "person:susan-marwick", ""},
		// a woman's honorific before the surname of a man the dictionary knows
		{"Mrs Blair opened a school in Sedgefield.", "Blair", "", "person:tony-blair"},
		{"Mr Blair opened a school in Sedgefield.", "Blair", "person:tony-blair", ""},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		got := resolvedAt(doc, tt.text, tt.name)
		if tt.want != "" && got != tt.want {
			t.Errorf("%q: %q resolves to %q, want %q\n%s", tt.text, tt.name, got, tt.want, dumpDoc(doc))
		}
		if tt.not != "" && got == tt.not {
			t.Errorf("%q: %q resolves to %q\n%s", tt.text, tt.name, tt.not, dumpDoc(doc))
		}
	}
}

// TestNamesakeOfKnownPerson checks that another given name before the
// family name of a person the dictionary knows names someone else of that
// name, and that a later bare or honorific family name is that namesake
// when the article never named the known person; the known person's own
// given name still finds them. Sentences written for the test.
func TestNamesakeOfKnownPerson(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, name, want string // name: its last occurrence is resolved
	}{
		{"The record was produced by Kate Thatcher in Bristol.", "Thatcher", "person:kate-thatcher"},
		{"Defender Ben Thatcher was booked early. Thatcher later limped off.", "Thatcher", "person:ben-thatcher"},
		{"The reporter Martin Powell asked the question. Mr Powell said the answer was vague.", "Powell", "person:martin-powell"},
		{"Tony Blair met the mayor. Blair said the talks went well.", "Blair", "person:tony-blair"},
		{"The mayor met Blair on Friday.", "Blair", "person:tony-blair"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		if got := resolvedAt(doc, tt.text, tt.name); got != tt.want {
			t.Errorf("%q: %q resolves to %q, want %q\n%s", tt.text, tt.name, got, tt.want, dumpDoc(doc))
		}
	}
}
