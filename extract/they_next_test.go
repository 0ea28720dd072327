package extract

import (
	"slices"
	"testing"
)

// TestNounSubjectOnlyBeforeThey: the plural noun that opens a sentence as
// its subject is made a group (nounGroup) only when the next sentence
// opens with "They", the one reader of it: otherwise no group entity is
// left behind with a mention and no event, and the sentence is not tagged
// for it. Texts written for the test.
func TestNounSubjectOnlyBeforeThey(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		group      string
		want       bool // the group entity is there
	}{
		{
			name:  "no They after: no group",
			text:  "Traders expect grain prices to climb again before the spring. The central bank of Kenya meets next week to review its interest rates.",
			group: "group:traders",
		},
		{
			name:  "They after, past a fragment: the group is who they are",
			text:  "A court in Toronto ruled on Monday that Ottawa could not fine the trawler crews. The fishing companies were furious about the ruling.\n\nQuota row\n\nThey have also accepted most of the demands of the Canadian government.",
			group: "group:companies",
			want:  true,
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			has := slices.ContainsFunc(doc.Entities, func(e Entity) bool { return e.ID == tt.group })
			if has != tt.want {
				t.Errorf("%s there: %v, want %v; events %v", tt.group, has, tt.want, eventKeys(doc))
			}
			if tt.want && !slices.ContainsFunc(doc.Events, func(e Event) bool { return e.Source == tt.group }) {
				t.Errorf("no event of %s in %v", tt.group, eventKeys(doc))
			}
		})
	}
}
