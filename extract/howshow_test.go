package extract

import (
	"strings"
	"testing"
)

// TestShownHowClause: an act in a "how" clause hung on a word of showing
// ("pointed to how X had ...") is told as done by the how clause's own
// subject, not by the one who shows it; when the showing is still to come
// ("will be pointing out how they back ...") the clause and the items listed
// after it hold no event. Texts written for the test.
func TestShownHowClause(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, trigger, source string // source "" = no event
	}{
		{`Senator Odinga pointed to how President Mbeki had in 2001 accused Zimbabwe of rigging the vote.`, "accused", "Mbeki"},
		{`"We will be showing how Uganda's leaders are lax on borders, how they praise Iran, their links to Sudan and support for its army."`, "praise", ""},
		{`"We will be showing how Uganda's leaders are lax on borders, how they praise Iran, their links to Sudan and support for its army."`, "support", ""},
		{`Kenyan ministers will be pointing out how the opposition praised Iran.`, "praised", ""},
	} {
		t.Run(tt.text+"/"+tt.trigger, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			names := map[string]string{}
			for _, e := range doc.Entities {
				names[e.ID] = e.Name
			}
			got := ""
			for _, ev := range doc.Events {
				if strings.HasPrefix(ev.Trigger, tt.trigger) {
					got = names[ev.Source] + "."
				}
			}
			if tt.source == "" && got != "" || tt.source != "" && !strings.Contains(got, tt.source) {
				t.Errorf("source of %q: %q, want %q; events %v", tt.trigger, got, tt.source, eventKeys(doc))
			}
		})
	}
}
