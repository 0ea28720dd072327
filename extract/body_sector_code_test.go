package extract

import "testing"

// TestBodyKeepsSector: an unknown body named after a nation or a place
// takes that country and keeps the sector its name gives: an association,
// institute or federation named after a nation is that nation's
// civil-society body (the owner path of nameRef), and a body whose name
// holds a place and is defined by an acronym in brackets takes the place's
// country (the place-in-name path): a market named for its city is that
// country's business. Never the state itself. Sentences written for the
// test.
func TestBodyKeepsSector(t *testing.T) {
	checkNamedCodes(t, []namedCode{
		// A nation before the name.
		{"The Danish Dental Association welcomed the plan to tax sugary drinks.", "Dental Association", "DNKNGO"},
		{"The Canadian Hockey Federation criticised the referee's decision on Friday.", "Hockey Federation", "CANNGO"},
		{"The Irish Heritage Institute said the castle needs urgent repairs.", "Heritage Institute", "IRLNGO"},
		// A place inside a name defined by its acronym.
		{"Frankfurt traders opened talks with the Madrid Stock Exchange (MSE) on Friday.", "Madrid Stock Exchange", "ESPBUS"},
		{"The Welsh Association of Farmers (WAF) criticised the new grazing rules.", "Welsh Association of Farmers", "GBRNGO"},
	})
}

// namedCode is a text, the name of an entity in it, and the code it must
// have ("" for none, or no such entity).
type namedCode struct{ text, name, code string }

// checkNamedCodes extracts each case and compares the code of the entity
// with its name.
func checkNamedCodes(t *testing.T, cases []namedCode) {
	t.Helper()
	for _, c := range cases {
		x := newTestExtractor(t)
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, c.text)
		got := ""
		for _, e := range doc.Entities {
			if e.Name == c.name {
				got = e.Code
			}
		}
		if got != c.code {
			t.Errorf("%q: %s coded %q, want %q; entities %+v", c.text, c.name, got, c.code, doc.Entities)
		}
	}
}
