package extract

import (
	"testing"
)

// TestTitleThenStyledName checks that a title before a comma and a name
// after it with a style or rank of its own ("Sheikh", "Prince", "Gen.")
// are one person: the act has one source, the person, not the state's body
// beside the person. Texts written for the test.
func TestTitleThenStyledName(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, person, notID string }{
		{"Kuwait's emir, Sheikh Sabah al-Ahmad al-Sabah, met the Turkish president in Ankara.", "Sabah al-Ahmad al-Sabah", "org:kwt-government"},
		{"Jordanian Prime Minister, Prince Zeid bin Shaker, received the Egyptian ambassador on Monday.", "Zeid bin Shaker", "org:jor-government"},
		{"Chile's military ruler, Gen. Augusto Pinochet, received the Argentine ambassador.", "Augusto Pinochet", "org:chl-military"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			ok := false
			for _, e := range namedEvents(doc) {
				ok = ok || e.source == tt.person
			}
			if !ok {
				t.Errorf("no event from %s; events %v", tt.person, eventKeys(doc))
			}
			for _, e := range doc.Events {
				if e.Source == tt.notID || e.Target == tt.notID {
					t.Errorf("%s is an actor beside the person; events %v", tt.notID, eventKeys(doc))
				}
			}
		})
	}
}
