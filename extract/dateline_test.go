package extract

import (
	"strings"
	"testing"
)

// TestDatelineEnd checks where the dateline of sentences written for the
// test ends ("" when there is none).
func TestDatelineEnd(t *testing.T) {
	for _, tt := range []struct{ text, lead string }{
		{"OSLO (Wire) -- Norway's navy seized a trawler.", "OSLO ( Wire )"},
		{"VALLETTA, Malta -- The coast guard detained a ship.", "VALLETTA , Malta"},
		{"Lisbon, June 4, LUSA - The minister resigned.", "Lisbon , June 4 , LUSA"},
		{"Quito, May 9 (Agencia) The court jailed a mayor.", "Quito , May 9 ( Agencia )"},
		{"(NewsNet) Dutch police arrested two men.", "( NewsNet )"},
		{"BERN: The Swiss cabinet approved a loan.", "BERN :"},
		{"Davao City--Soldiers raided a camp.", "Davao City"},
		{"MOSCOW -- Officials denied the report.", "MOSCOW"},
		{"OSLO (Wire) \" Norway's navy seized a trawler.", "OSLO ( Wire ) \""}, // a dash mangled into a quote
		{"(Wire) \"We seized a trawler,\" the navy said.", ""},                 // a quotation after the agency
		{"The Malian Armed Forces (FAMa) Chief visited the base.", ""},         // an acronym is no agency
		{"Chile - Peru talks ended without a deal.", ""},                       // a dash between two names
		{"Lima: the talks resumed.", ""},                                       // a colon with no capitals before
		{"Norway seized a trawler on Monday.", ""},
	} {
		toks := tokenize(tt.text, nil)
		k := datelineEnd(toks, tt.text, nil)
		var words []string
		for _, tk := range toks[:k] {
			words = append(words, tk.text)
		}
		if got := strings.Join(words, " "); got != tt.lead {
			t.Errorf("%q: dateline %q, want %q", tt.text, got, tt.lead)
		}
	}
}

// TestDatelineNoSource checks that the place or agency of a dateline is
// never the actor of the sentence after it.
func TestDatelineNoSource(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"OSLO, Norway -- A Swedish court convicted two Danish smugglers.",
		"(Reuters) Swedish police arrested a Danish smuggler.",
		"OSLO - Sweden and Denmark signed a fishing agreement on Monday.", // one capital word, one dash
	} {
		doc := x.Extract(Article{ID: "t"}, text)
		if len(doc.Events) == 0 {
			t.Errorf("%q: no event", text)
			continue
		}
		for _, e := range doc.Events {
			if strings.Contains(e.Source, "NOR") || strings.Contains(strings.ToLower(e.Source), "reuters") {
				t.Errorf("%q: source %s is the dateline's", text, e.Source)
			}
		}
	}
}

// TestCountryAfterPrepTarget checks that an act left with no one acted on
// is aimed at the country named after "in", "from" or "to" (texts written
// for the test), and that a nationality before a noun is no such place.
func TestCountryAfterPrepTarget(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, target string }{
		{"Norway announced a suspension of aid in Mali on Monday.", "country:MLI"},
		{"Denmark continued its military operations in Libya.", "country:LBY"},
	} {
		doc := x.Extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			found = found || e.Target == tt.target
		}
		if !found {
			t.Errorf("%q: no event aimed at %s: %v", tt.text, tt.target, eventKeys(doc))
		}
	}
}
