package extract

import (
	"strings"
	"testing"
)

// TestNamesThatAreNoPerson checks capitalized words that look like a
// person's name after a title or as a subject but name no one: a storm
// and its bare name later, an election after the title word "General",
// and members of parliament in the plural, which stand for the house of
// the article's country like "lawmakers". Sentences written for the test.
func TestNamesThatAreNoPerson(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		notIDs []string // entities that must not be made
		want   string   // an entity that must be made, or ""
	}{
		{"Relief reached Belize after Hurricane Odile. Odile killed about 40 people in 2001.", []string{"person:odile", "person:hurricane-odile"}, ""},
		{"Villages were cut off when Cyclone Tamsin struck. Tamsin destroyed the harvest.", []string{"person:tamsin", "person:cyclone-tamsin"}, ""},
		{"The Greens will fight the General Election on transport, their leader said.", []string{"person:election"}, ""},
		{"Britain's budget was debated. MPs urged the Treasury to publish the figures.", []string{"person:mps"}, "org:gbr-parliament"},
		{"Only three MEPs backed the motion in Strasbourg.", []string{"person:meps"}, ""},
		// a policy or a disease after a body's possessive, a firm's name
		{"The union's Common Fisheries Policy will be reformed, officials said.", []string{"person:common-fisheries-policy"}, ""},
		{"Funds went to research on Motor Neurone Disease, the charity said.", []string{"person:motor-neurone-disease"}, ""},
		{"Router maker Quillon Networks said profits fell.", []string{"person:quillon-networks"}, "org:quillon-networks"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		ids := map[string]bool{}
		for _, e := range doc.Entities {
			ids[e.ID] = true
		}
		for _, id := range tt.notIDs {
			if ids[id] {
				t.Errorf("%q: made %s\n%s", tt.text, id, dumpDoc(doc))
			}
		}
		if tt.want != "" && !ids[tt.want] {
			t.Errorf("%q: no %s\n%s", tt.text, tt.want, dumpDoc(doc))
		}
		for id := range ids {
			if strings.HasPrefix(id, "person:") {
				t.Errorf("%q: made person %s\n%s", tt.text, id, dumpDoc(doc))
			}
		}
	}
}
