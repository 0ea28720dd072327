package extract

import "testing"

// TestNationalPeopleByActivity checks that a nationality before a plural
// noun for private people by what they do ("Brazilian hackers", "Dutch
// consumers") names that country's civilians, not its state. Texts written
// for the test.
func TestNationalPeopleByActivity(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, id, notID string }{
		{"Brazilian hackers attacked the websites of the Argentine government.", "org:bra-civilians", "country:BRA"},
		{"Police in Zagreb arrested Hungarian nationalists after the march.", "org:hun-civilians", "country:HUN"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			ok := false
			for _, e := range doc.Events {
				ok = ok || e.Source == tt.id || e.Target == tt.id
				if e.Source == tt.notID || e.Target == tt.notID {
					t.Errorf("the state %s acts; events %v", tt.notID, eventKeys(doc))
				}
			}
			if !ok {
				t.Errorf("no event of %s; events %v", tt.id, eventKeys(doc))
			}
		})
	}
}
