package extract

import "testing"

// TestWellKnownActors: firms, regulators and departments news names in
// short ("Ford", "Ofcom", "the DTI") are dictionary actors with their
// country and sector, while the same word after a given name, or as the
// surname of a person already named, stays that person.
func TestWellKnownActors(t *testing.T) {
	x := newTestExtractor(t)
	checkEntityCodes(t, x, []entityCodeCase{
		{"Disney reported higher theme park takings on Friday.", "org:walt-disney-company", "USABUS"},
		{"The watchdog Ofcom fined the broadcaster for misleading viewers.", "org:ofcom", "GBRGOV"},
		{"Officials at the DTI rejected the merger proposal last week.", "org:dti", "GBRGOV"},
		{"Shares in Nintendo rose after its handheld console sold well.", "org:nintendo", "JAPBUS"},
		{"Analysts at Merrill Lynch cut their forecast for the steelmaker.", "org:merrill-lynch", "USABUS"},
		{"Defra officials ordered a cull on two farms in Cumbria.", "org:defra", "GBRGOV"},
		{"Actor Harrison Ford opened the festival in Toronto.", "person:harrison-ford", "-"},
		{"Actor Harrison Ford opened the festival in Toronto.", "org:ford", ""},
		{"Former president Gerald R. Ford met the envoys in Michigan.", "org:ford", ""},
		{"The court heard from Martin Ford on Monday. Ford told jurors he was innocent.", "org:ford", ""},
	})
}

// entityCodeCase is a text and an entity id with the code it must have:
// "-" for present with any code, "" for absent, "uncoded" for absent or
// present without a code.
type entityCodeCase struct {
	text, id, code string
}

// checkEntityCodes extracts each case's text (published 2005-03-01) and
// checks the case's entity and its code.
func checkEntityCodes(t *testing.T, x *Extractor, cases []entityCodeCase) {
	t.Helper()
	for _, c := range cases {
		doc := x.extract(Article{ID: "t", Published: "2005-03-01"}, c.text)
		e := entityOf(&doc, c.id)
		switch {
		case c.code == "" && e != nil:
			t.Errorf("%q: unexpected %s (%s)", c.text, c.id, e.Code)
		case c.code == "uncoded":
			if e != nil && e.Code != "" {
				t.Errorf("%q: %s coded %q, want none", c.text, c.id, e.Code)
			}
		case c.code != "" && e == nil:
			t.Errorf("%q: no %s; entities %s", c.text, c.id, entityCodes(&doc))
		case c.code != "" && c.code != "-" && e.Code != c.code:
			t.Errorf("%q: %s coded %q, want %q", c.text, c.id, e.Code, c.code)
		}
	}
}
