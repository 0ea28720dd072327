package extract

import "testing"

// TestFirmsListedAfterPluralNoun: two unknown names joined by "and" after
// a plural noun of firms ("chip makers X and Y") are both firms, so a joint
// act of theirs has both sides; a single name after such a noun without a
// second one, or names after a plural noun of people, are left to the
// other rules. Texts written for the test.
func TestFirmsListedAfterPluralNoun(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // kinds of the entities named, in order of the names given
		name []string
	}{
		{"Software firms Quellora and Brindmark Systems are joining forces to build a search engine.",
			[]string{"organization", "organization"}, []string{"Quellora", "Brindmark Systems"}},
		{"Chip makers Tavenor & Lusk said sales fell.", []string{"organization"}, []string{"Tavenor & Lusk"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			for k, n := range tt.name {
				got := ""
				for _, e := range doc.Entities {
					if e.Name == n {
						got = string(e.Kind)
					}
				}
				if got != tt.want[k] {
					t.Errorf("%s: kind %q, want %q", n, got, tt.want[k])
				}
			}
		})
	}
	doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, "Software firms Quellora and Brindmark Systems are joining forces to build a search engine.")
	if len(doc.Events) != 2 {
		t.Errorf("joint act: events %v, want one each way", eventKeys(doc))
	}
}
