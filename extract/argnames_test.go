package extract

import (
	"strings"
	"testing"
)

// TestBareNameArgs checks that a bare name the name rules place nowhere is
// made a person of no country when it stands where the one acted on does,
// and only there. Sentences written for the test.
func TestBareNameArgs(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, root, target string // root of the act ("-": no act aimed at target); target "" for none
		bare               bool   // the target is a bare name: a person of no country
	}{
		// the gap of a pattern, closed by a preposition or a verdict
		{"A court in Turin found Castellani guilty of hiding the payments.", "11", "person:castellani", true},
		{"A district court in Oslo found Tervo Haugland guilty of fraud.", "11", "person:tervo-haugland", true},
		// a bare name after the act's own "of" or an accusation's "against"
		{"The FBI opened an investigation of Brannock based on his tax returns.", "09", "person:brannock", true},
		{"Greenpeace filed a lawsuit in the High Court against Morgan.", "11", "person:morgan", true},
		// a name whose title opens on the pattern's last word
		{"Bolivia banned opposition leader Marta Quispe from standing in the election.", "17", "person:marta-quispe", false},
		// people the pattern names are acted on before an actor after them
		{"Protesters in Lagos demonstrated against police on Sunday near the offices of Shell.", "14", "group:police", false},
		{"The Ethiopian government expelled foreign aid workers, including those from Oxfam and CARE.", "16", "org:eth-civilians", false},
		// with no actor acted on, a place in the object names the country
		{"The Spanish foreign minister will visit Gdansk next week.", "03", "country:POL", false},
		// a bare name after "with" right after the act
		{"The Latvian defence ministry signed an agreement with Verkon BRT OY for the repair of road bridges.", "05", "org:verkon-brt-oy", false},
		{"The Kenyan government ended mediation efforts with Dunmore over the quarry.", "16", "person:dunmore", true},
		{"The Polish foreign minister met with Vantor executives on Tuesday.", "-", "person:vantor", false},
		// the gap before a noun of the pattern holds its modifiers
		{"Mr Webb denied Liberal claims that he had misled the committee.", "01", "", false},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if strings.HasPrefix(e.Cameo, tt.root) && e.Target == tt.target {
				found = true
			}
		}
		if tt.root == "-" {
			for _, e := range doc.Events {
				if e.Target == tt.target {
					t.Errorf("%q: an event aimed at %q\n%s", tt.text, tt.target, dumpDoc(doc))
				}
			}
			continue
		}
		if !found {
			t.Errorf("%q: no %s event aimed at %q\n%s", tt.text, tt.root, tt.target, dumpDoc(doc))
		}
		for _, e := range doc.Entities {
			if tt.bare && e.ID == tt.target && e.Country != "" {
				t.Errorf("%q: %s given country %s the text does not say", tt.text, e.ID, e.Country)
			}
		}
	}
}
