package extract

import "testing"

// TestRefusalTarget: the target of a refusal noun is the target of the act
// it refuses, told by the infinitive after it; a refusal whose act is aimed
// at no actor keeps no target. Texts written for the test.
func TestRefusalTarget(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, target string
	}{
		{"Chile's refusal to negotiate with the Bolivian government has angered voters.", "org:bol-government"},
		{"Chile's refusal to sign the climate treaty came as no surprise.", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			found := false
			for _, ev := range doc.Events {
				if ev.Cameo != "120" || ev.Source != "country:CHL" {
					continue
				}
				found = true
				if ev.Target != tt.target {
					t.Errorf("target %q, want %q; events %v", ev.Target, tt.target, eventKeys(doc))
				}
			}
			if !found {
				t.Errorf("no 120 event by Chile; events %v", eventKeys(doc))
			}
		})
	}
}
