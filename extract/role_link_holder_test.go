package extract

import "testing"

// TestRoleLinkHolder checks that in an apposition whose role serves another
// titled person ("X, adviser to the body's director, Y"; "X, a spokesman
// for body envoy Y") the body goes to that person, and the title after the
// link is not the apposition head's. Sentences written for the test.
func TestRoleLinkHolder(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		holder     string // the titled person the link points at
		code       string // the body's code the holder must have
		aide       string // the apposition's head, who must not take the title
	}{
		{
			name:   "adviser to the body's director, then the name after its comma",
			text:   "The loans will resume, said Maria Costa, adviser to Unicef's executive director, Lars Holm.",
			holder: "person:lars-holm", code: "IGOUNOKID", aide: "person:maria-costa",
		},
		{
			name:   "spokesman for a body's titled official",
			text:   "The tariffs will stay, Tomas Reyes, spokesman for EU trade commissioner Ana Pires, told reporters.",
			holder: "person:ana-pires", code: "IGOEUREEC",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			h := entityOf(&doc, tt.holder)
			if h == nil || h.Code != tt.code {
				t.Errorf("%s: want code %s\n%s", tt.holder, tt.code, dumpDoc(doc))
			}
			if tt.aide != "" {
				if a := entityOf(&doc, tt.aide); a == nil || a.Code == tt.code {
					t.Errorf("%s took the holder's office\n%s", tt.aide, dumpDoc(doc))
				}
			}
		})
	}
}
