package extract

import (
	"slices"
	"testing"
)

// TestLetterAddressee checks that an -ing act right after "wrote to Y" or
// "sent a letter to Y" is aimed at Y, the one written to, rather than at an
// actor inside what the act asks for ("threatening to cut Canadian
// funding"); an actor that is the -ing verb's own object keeps its place.
func TestLetterAddressee(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct{ text, want string }{
		{"Opposition leader Ana Ruiz has written to Prime Minister Justin Trudeau demanding an explanation of the new tax rules.",
			"Justin Trudeau"},
		{"President Donald Trump sent a letter to the head of NATO threatening to cut American funding next year.",
			"NATO"},
		{"Liberal Democrat leader Charles Kennedy wrote to the BBC accusing the Conservative Party of misleading voters.",
			"Conservative Party"},
	}
	for _, tt := range tests {
		var got []string
		for _, ev := range namedEvents(x.extract(Article{ID: "t"}, tt.text)) {
			got = append(got, ev.target)
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q: want target %q, got %q", tt.text, tt.want, got)
		}
	}
}
