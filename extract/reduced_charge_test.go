package extract

import (
	"strings"
	"testing"
)

// TestReducedCharge checks that a participle of charging right before "of"
// with no form of "be" before it ("a man accused of", "a trader suspected
// of") describes the noun before it: the clause's subject charged no one.
// The active verb with its object, and the other acts of the clause, stay.
// Sentences written for the test.
func TestReducedCharge(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, root, source string
		want               bool
	}{
		{"Kenyan police arrested a Somali man accused of plotting attacks on the embassy.", "112", "org:ken-police", false},
		{"Kenyan police arrested a Somali man accused of plotting attacks on the embassy.", "173", "org:ken-police", true},
		{"Danish police questioned Erik Lund, a Swedish national accused of smuggling rifles into Norway.", "112", "org:dnk-police", false},
		{"Peru deported Juan Ortiz, a Chilean citizen previously accused of spying on the navy.", "112", "country:PER", false},
		{"Peru deported Juan Ortiz, a Chilean citizen previously accused of spying on the navy.", "174", "country:PER", true},
		{"Peru accused Chile of spying on its navy.", "112", "country:PER", true},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if strings.HasPrefix(e.Cameo, tt.root) && e.Source == tt.source {
				found = true
			}
		}
		if found != tt.want {
			t.Errorf("%q: %s event by %s found %v, want %v\n%s", tt.text, tt.root, tt.source, found, tt.want, dumpDoc(doc))
		}
	}
}

// TestReducedChargeWords checks which words reducedCharge reads as a
// reduced relative.
func TestReducedChargeWords(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"a trader accused of fraud", true},
		{"a trader once wrongly convicted of fraud", true},
		{"the trader was accused of fraud", false},
		{"the trader stands accused of fraud", false},
		{"the trader has been quietly suspected of fraud", false},
		{"Peru accused Chile of fraud", false},
	} {
		toks := tokenize(tt.text, nil)
		got := false
		for k := range toks {
			got = got || reducedCharge(toks, k)
		}
		if got != tt.want {
			t.Errorf("%q: reducedCharge %v, want %v", tt.text, got, tt.want)
		}
	}
}
