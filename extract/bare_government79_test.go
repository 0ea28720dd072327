package extract

import (
	"slices"
	"testing"
)

// TestBareGovernmentAfterTrigger: a bare "the government" right after a
// verb trigger ("accused the government of ...", "took legal action
// against the government") is the government of the country the article
// is about (named most, at least twice as often as any other), even when
// another was named; with two named as often, no target. Texts written for the test.
func TestBareGovernmentAfterTrigger(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text, source, trigger string
		target                      string // "" for no target
	}{
		{
			name:    "accused, one country leads",
			text:    "Ireland will hold a vote on the new treaty. Polls in Ireland suggest a narrow result, as in Denmark. Opposition leader Mary Doyle said the wording was fair. But she accused the government of hiding the costs of the deal.",
			source:  "person:mary-doyle",
			trigger: "accused",
			target:  "org:irl-government",
		},
		{
			name:    "legal action against, one country leads",
			text:    "Norway has paid compensation to a former soldier. Norwegian veterans say he was badly treated in Norway after his return from Sweden. Ole Berg said the sum was too small. Last year Ole Berg took legal action against the government over his pension.",
			source:  "person:ole-berg",
			trigger: "took legal action",
			target:  "org:nor-government",
		},
		{
			name:    "two states named as often",
			text:    "Ghana and Togo have signed a border deal. Critics in Ghana and Togo say it is unfair. Kofi Mensah said the deal was rushed. Kofi Mensah accused the government of ignoring farmers.",
			source:  "person:kofi-mensah",
			trigger: "accused",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			i := slices.IndexFunc(doc.Events, func(e Event) bool { return e.Source == tt.source && e.Trigger == tt.trigger })
			if i < 0 {
				t.Fatalf("no %q of %s in %v", tt.trigger, tt.source, eventKeys(doc))
			}
			if got := doc.Events[i].Target; got != tt.target {
				t.Errorf("target %q, want %q", got, tt.target)
			}
		})
	}
}
