package extract

import "testing"

// TestBandRoleBeforeName checks that a band or orchestra role opening a
// sentence before a name ("Drummer X Y") describes the person and is no
// part of the name, so the person is found under the name alone. Texts
// written for the test.
func TestBandRoleBeforeName(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, want string
	}{
		{"Drummer Oliver Grant said the group would record again in the spring.", "Oliver Grant"},
		{"Bassist Nadia Forsythe left the quartet after ten years on the road.", "Nadia Forsythe"},
		{"Conductor Pavel Lindqvist led the orchestra through a long night of Brahms.", "Pavel Lindqvist"},
		// A surname that is also a month must not lose the person.
		{"Guitarist Tom May told fans the band would tour again next year.", "Tom May"},
	} {
		t.Run(tt.want, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2005-01-10"}, tt.text)
			var names []string
			for _, e := range doc.Entities {
				if e.Kind == KindPerson {
					if e.Name == tt.want {
						return
					}
					names = append(names, e.Name)
				}
			}
			t.Errorf("no person %q; persons %q", tt.want, names)
		})
	}
}
