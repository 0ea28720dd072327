package extract

import (
	"slices"
	"testing"
)

// TestPossessorApposition checks that a possessor after a lone comma, whose
// "'s" owns a common noun describing the actor before it ("X, Oslo's quiet
// broker, met ..."), is no member of a group of subjects: it neither acts
// nor is paired with the actor as a partner. A list that goes on with "and"
// ("A, B and C's ministers") keeps all its members.
func TestPossessorApposition(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text   string
		want   []string // cameo source>target that must be there
		unwant []string // cameo source>target that must not
	}{
		{"Peter Olsen, Oslo's quiet broker, met the Sudanese president.",
			[]string{"040 Peter Olsen>Sudanese government"}, []string{"040 Norway>Peter Olsen", "040 Peter Olsen>Norway"}},
		{"Colonel Ahmad Karimi, Damascus's pointman on Lebanon, held several meetings in Beirut.",
			nil, []string{"040 Syria>Ahmad Karimi", "040 Ahmad Karimi>Syria"}},
		{"France, Germany and Italy's ministers condemned Syria.",
			[]string{"111 France>Syria", "111 Germany>Syria", "111 Italy>Syria"}, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, ev := range namedEvents(x.extract(Article{ID: "t"}, tt.text)) {
			got = append(got, ev.cameo+" "+ev.source+">"+ev.target)
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: want %s, got %q", tt.text, w, got)
			}
		}
		for _, u := range tt.unwant {
			if slices.Contains(got, u) {
				t.Errorf("%q: did not want %s, got %q", tt.text, u, got)
			}
		}
	}
}
