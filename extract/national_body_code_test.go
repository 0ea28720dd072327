package extract

import "testing"

// TestNationalBodyKeepsSector: an unknown association, institute or
// federation named after a nation is that nation's civil-society body
// (code country + NGO), not the state.
func TestNationalBodyKeepsSector(t *testing.T) {
	cases := []struct {
		text, name, code string
	}{
		{"The Danish Dental Association welcomed the plan to tax sugary drinks.", "Dental Association", "DNKNGO"},
		{"The Canadian Hockey Federation criticised the referee's decision on Friday.", "Hockey Federation", "CANNGO"},
		{"The Irish Heritage Institute said the castle needs urgent repairs.", "Heritage Institute", "IRLNGO"},
	}
	x := newTestExtractor(t)
	for _, c := range cases {
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
