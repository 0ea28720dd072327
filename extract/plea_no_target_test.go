package extract

import "testing"

// TestPleaAimedAtNoOne: a guilty plea answers one's own charges before a
// court and has no target, whoever else the sentence names (BBC: "pleaded
// guilty to fraud and ... following Mr X's trial", "violating US
// anti-bribery laws"). Texts written for the test.
func TestPleaAimedAtNoOne(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"Mr Holm pleaded guilty to tax fraud and agreed to assist the Danish government in its inquiry.",
		"Vesta Corp, a Danish firm, pleaded guilty to breaking Norwegian export laws.",
		"Mr Holm has pleaded guilty and will be sentenced after Mr Berg's trial.",
	} {
		t.Run(text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
			found := false
			for _, e := range doc.Events {
				if e.Cameo != "015" {
					continue
				}
				found = true
				if e.Target != "" {
					t.Errorf("plea aimed at %q; events %v", e.Target, eventKeys(doc))
				}
			}
			if !found {
				t.Errorf("no plea; events %v", eventKeys(doc))
			}
		})
	}
}
