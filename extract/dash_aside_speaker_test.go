package extract

import "testing"

// TestDashAsideSpeaker checks that in "X - who chairs the panel which
// monitors Y - said ...", Y (the object inside the relative clause the
// dash closes) is not taken for the speaker, and so is not the source of
// the relative clause's own verb. Texts written for the test.
func TestDashAsideSpeaker(t *testing.T) {
	x := newTestExtractor(t)
	text := "Senator Ana Ruiz - who heads the panel which monitors the Home Office - said the figures were wrong."
	doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
	for _, e := range doc.Events {
		if e.Cameo == "090" && e.Source != "" {
			for _, en := range doc.Entities {
				if en.ID == e.Source && en.Kind != KindPerson {
					t.Errorf("%q: 090 by %s\n%s", text, e.Source, dumpDoc(doc))
				}
			}
		}
	}
}
