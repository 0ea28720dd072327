package extract

import "testing"

// TestFoughtThing: fighting crime, a court case or a rival firm uses no
// force; fighting rebels does. Texts written for the test.
func TestFoughtThing(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		assault bool // whether an ASSAULT event is expected
	}{
		{"The Danish government also fought all forms of corruption.", false},
		{"Danish ministers will fight on against the ruling in the Swedish courts.", false},
		{"The Danish army fought rebels in the north of Mali last year.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				got = got || ev.Plover == "ASSAULT"
			}
			if got != tt.assault {
				t.Errorf("assault %v, want %v; events %v", got, tt.assault, eventKeys(doc))
			}
		})
	}
}
