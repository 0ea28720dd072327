package extract

import "testing"

// TestRoleNounSubject checks that a role noun after "be", "remain" or
// "become" ("is one of the biggest donors") is the act of the subject of
// that verb even when no one it gives to is named, and that the noun
// outside a copula ("a donor conference") still makes no event.
func TestRoleNounSubject(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text, source string // source: entity name of the 070 (or 122) event, "" for none
	}{
		{"Norway is one of the biggest bilateral donors, with its help aimed at schools and clinics.", "Norway"},
		{"The Japanese government has long been a major donor, above all for roads and ports.", "Japanese government"},
		{"Sweden remains the biggest donor of relief in the region.", "Sweden"},
		{"Officials met at a donor conference in Oslo on Monday.", ""},
		{"Sweden is no longer a donor, its minister said.", ""},
	}
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		name := map[string]string{}
		for _, e := range doc.Entities {
			name[e.ID] = e.Name
		}
		got := ""
		for _, ev := range doc.Events {
			if ev.Cameo == "070" || ev.Cameo == "122" { // 122: a negated aid act
				got = name[ev.Source]
			}
		}
		if got != tt.source {
			t.Errorf("%q: want 070 from %q, got %q", tt.text, tt.source, got)
		}
	}
}
