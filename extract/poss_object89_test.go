package extract

import (
	"slices"
	"testing"
)

// TestPossessiveObjectOwner: a reaction whose object is a thing said or
// decided owned by "his", "her" or "its" is aimed at the one actor the
// pronoun can stand for, named before it and not the source; two that fit
// leave no target, and a statement's reported clause is not read so. An
// attack on such a thing is criticism (111). Texts written for the test.
func TestPossessiveObjectOwner(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		cameo      string
		source     string
		target     string // "" for none
	}{
		{
			name:   "her plans: the person of the sentence before",
			text:   "Prime Minister Helen Varga announced a new pension scheme on Tuesday. The Socialist Party criticised her plans as unaffordable.",
			cameo:  "110",
			source: "org:socialist-party",
			target: "person:helen-varga",
		},
		{
			name:   "attacked his policies: criticism of the last person subject",
			text:   "Mr Tomas Berg, the Liberal leader, has promised to raise income tax for the richest. The Conservatives attacked his policies as reckless.",
			cameo:  "111",
			source: "org:uk-conservative-party",
			target: "person:tomas-berg",
		},
		{
			name:   "its plans: the one body before the pronoun",
			text:   "After the Ghanaian finance ministry published its budget, the Trades Union Congress condemned its plans.",
			cameo:  "111",
			source: "org:tuc",
			target: "org:gha-finance-ministry",
		},
		{
			name:   "her remarks: the one woman of two persons",
			text:   "Mrs Ana Ruiz and Mr Luis Ortega spoke at the rally in Leeds, and the Green Party condemned her remarks.",
			cameo:  "111",
			source: "org:green-party",
			target: "person:ana-ruiz",
		},
		{
			name:   "his remarks: two persons of no known sex fit",
			text:   "Finance Minister Ana Ruiz and Senator Luis Ortega spoke at the rally, and the Green Party condemned his remarks.",
			cameo:  "111",
			source: "org:green-party",
		},
		{
			name:   "insisted his plans were: a reported clause, no object",
			text:   "Mr Tomas Berg, the Liberal leader, said he would raise income tax for the richest. Mr Karl Lind insisted his plans were affordable.",
			cameo:  "010",
			source: "person:karl-lind",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if !slices.ContainsFunc(doc.Events, func(e Event) bool {
				return e.Cameo == tt.cameo && e.Source == tt.source && e.Target == tt.target
			}) {
				t.Errorf("want %s %s -> %q, got %v", tt.cameo, tt.source, tt.target, eventKeys(doc))
			}
		})
	}
}
