package extract

import (
	"slices"
	"testing"
)

// TestKnownIDs checks the dictionary look-up that queries use for a name no
// node carries: names and aliases of countries and organizations, an
// abbreviation in capitals only, nothing made up.
func TestKnownIDs(t *testing.T) {
	tests := []struct {
		name string
		want string // "" for none
	}{
		{"US", "country:USA"},
		{"U.S.", "country:USA"},
		{"united  states of America", "country:USA"},
		{"Russian Federation", "country:RUS"},
		{"us", ""}, // the pronoun, not the abbreviation
		{"Moscow", ""},
		{"Narnia", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := KnownIDs(tt.name)
		if tt.want == "" {
			if len(got) != 0 {
				t.Errorf("KnownIDs(%q) = %q, want none", tt.name, got)
			}
			continue
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("KnownIDs(%q) = %q, want %s among them", tt.name, got, tt.want)
		}
	}
	if got := KnownIDs("UN"); len(got) == 0 || got[0][:4] != "org:" {
		t.Errorf(`KnownIDs("UN") = %q, want the organization`, got)
	}
}
