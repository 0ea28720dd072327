package extract

import (
	"strings"
	"testing"
)

// TestPrizeNamesAreNoPerson checks that a capitalised name ending in
// Award is a prize, not a person, also right after an occupation word
// ("best actor Award"), and that a firm's legal-form name after an
// occupation word is the firm. Sentences written for the test.
func TestPrizeNamesAreNoPerson(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		not  string // the person that must not be made
		want string // an entity that must be made, or ""
	}{
		{"Folk singer Tom Reed will receive Acme's Lantern Award, the paper's highest honour for writing.", "person:lantern-award", "person:tom-reed"},
		{"Comedian Joe Blunt won the 2003 Harold Finch Award For Satire.", "person:harold-finch-award", "person:joe-blunt"},
		{"Critics say she may at last take the best actress Harbour Award next month.", "person:harbour-award", ""},
		{"Viewers loved the show, said Ann Kerr of TV producer Bright Lamp Limited.", "person:bright-lamp-limited", "org:bright-lamp-limited"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		ids := map[string]bool{}
		for _, e := range doc.Entities {
			ids[e.ID] = true
			if strings.HasSuffix(e.ID, "-award") && e.Kind == KindPerson {
				t.Errorf("%q: made person %s", tt.text, e.ID)
			}
		}
		if ids[tt.not] {
			t.Errorf("%q: made %s\n%s", tt.text, tt.not, dumpDoc(doc))
		}
		if tt.want != "" && !ids[tt.want] {
			t.Errorf("%q: no %s\n%s", tt.text, tt.want, dumpDoc(doc))
		}
	}
}
