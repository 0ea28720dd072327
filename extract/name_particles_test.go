package extract

import "testing"

// TestParticlesInARow checks that two lower-case particles in a row inside
// a person's name ("van der", "de la") keep the name whole instead of
// cutting it at the given name. Sentences written for the test.
func TestParticlesInARow(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, want, not string }{
		{"Finance chief Pieter van der Molen said sales fell.", "person:pieter-van-der-molen", "person:pieter"},
		{"The singer Ines de la Fuente won the award.", "person:ines-de-la-fuente", "person:ines"},
		// one particle still works as before
		{"Finance chief Pieter van Molen said sales fell.", "person:pieter-van-molen", "person:pieter"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		ids := map[string]bool{}
		for _, e := range doc.Entities {
			ids[e.ID] = true
		}
		if !ids[tt.want] || ids[tt.not] {
			t.Errorf("%q: want %s, not %s\n%s", tt.text, tt.want, tt.not, dumpDoc(doc))
		}
	}
}
