package extract

import "testing"

// TestFirmLegalFormEnds checks that an unknown name ending in a firm's
// legal form (Limited, Ltd, Inc, plc, LLC, Corp) is a firm, not a person,
// whether a verb, a say verb or a possessive follows it. Sentences written
// for the test.
func TestFirmLegalFormEnds(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // the firm's entity
		not  string // the person that must not be made
	}{
		{"Reporters claimed Garden Etiquette Limited charged diners for private tours.", "org:garden-etiquette-limited", "person:garden-etiquette-limited"},
		{"Pebbleford Inc said its new phone would ship in spring.", "org:pebbleford-inc", "person:pebbleford-inc"},
		{"Critics doubt that Marlowe Tanning Ltd's plan will work.", "org:marlowe-tanning-ltd", "person:marlowe-tanning-ltd"},
		{"Analysts expected Harbin Cable Corp to report losses after Halvard Digital LLC announced a bid.", "org:halvard-digital-llc", "person:halvard-digital-llc"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		ids := map[string]bool{}
		for _, e := range doc.Entities {
			ids[e.ID] = true
		}
		if ids[tt.not] {
			t.Errorf("%q: made %s\n%s", tt.text, tt.not, dumpDoc(doc))
		}
		if !ids[tt.want] {
			t.Errorf("%q: no %s\n%s", tt.text, tt.want, dumpDoc(doc))
		}
	}
}
