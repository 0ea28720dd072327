package extract

import (
	"slices"
	"testing"
)

// TestRoleGroupAlias: people a plural title names with no country ("30
// MPs") keep their whole phrase as an alias, as person-word groups do: the
// bare title word names nobody (a phrase with lower-case words is a
// description, which addMention keeps as a mention only).
func TestRoleGroupAlias(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text, id, alias string
	}{
		{"Mendes turned down a petition from 30 MPs on Tuesday.", "group:mps", "30 MPs"},
		{"Okafor criticised 40 MEPs over the delay.", "group:meps", "40 MEPs"},
	}
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		var got []string
		found := false
		for _, e := range doc.Entities {
			if e.ID == tt.id {
				found, got = true, e.Aliases
			}
		}
		if !found {
			t.Errorf("%q: no entity %s (have %v)", tt.text, tt.id, doc.Entities)
			continue
		}
		if !slices.Contains(got, tt.alias) {
			t.Errorf("%q: %s aliases %q, want %q among them", tt.text, tt.id, got, tt.alias)
		}
	}
}
