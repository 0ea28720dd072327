package syntax

import (
	"reflect"
	"strings"
	"testing"
)

// TestTagThenParse: tagging first and parsing the tagged words later gives
// the tags and the tree ParseTokens gives in one go; a word's dictionary
// tag is the one it gets in the sentence (bar a VBN or JJ read as VBD). Sentences written for
// the test.
func TestTagThenParse(t *testing.T) {
	for _, text := range []string{
		"The envoys left the capital before the talks resumed .",
		"Rebels freed two hostages held since March .",
		"Farmers say they will block roads into the city on Monday .",
		"Ok",
		"",
	} {
		words := strings.Fields(text)
		tg := Tag(words)
		want := ParseTokens(words)
		if tg.Len() != len(words) {
			t.Fatalf("%q: Len %d, want %d", text, tg.Len(), len(words))
		}
		for i, w := range want.Tokens {
			if got := tg.XPOS(i); got != w.XPOS {
				t.Errorf("%q: word %d %q tagged %s, ParseTokens says %s", text, i, w.Form, got, w.XPOS)
			}
		}
		for i, w := range want.Tokens {
			x := DictXPOS(w.Form)
			if x != "" && x != w.XPOS && !(w.XPOS == "VBD" && (x == "VBN" || x == "JJ")) {
				t.Errorf("%q: word %d %q: dictionary tag %s, tagged %s", text, i, w.Form, x, w.XPOS)
			}
		}
		if got := tg.Parse(); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: Tag(...).Parse() = %+v, want %+v", text, got.Tokens, want.Tokens)
		}
	}
}

// TestDictXPOS: frequent unambiguous words have their tag without a
// sentence; a word the tagger has never seen has none.
func TestDictXPOS(t *testing.T) {
	if got := DictXPOS("the"); got != "DT" {
		t.Errorf(`DictXPOS("the") = %q, want DT`, got)
	}
	if got := DictXPOS("Zorbulated"); got != "" {
		t.Errorf(`DictXPOS("Zorbulated") = %q, want ""`, got)
	}
}
