package extract

import "testing"

// TestIntlBodyOffice checks that an office titles.tsv gives to one
// international body ("European Commissioner") makes its holder that body's
// official, coded by the body, and that a former national office in the
// same apposition or a later one does not take its place. Sentences written
// for the test.
func TestIntlBodyOffice(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		person     string
		code       string // the code the person must have (not a party's)
	}{
		{
			name:   "the title before the name",
			text:   "Incoming European Commissioner Hanna Lind criticised the Czech budget on Tuesday.",
			person: "person:hanna-lind", code: "IGOEUREEC",
		},
		{
			name:   "former party office and now the body's office in one apposition",
			text:   "Tomas Brandt, former Likud minister and now a European Commissioner, warned the Polish government.",
			person: "person:tomas-brandt", code: "IGOEUREEC",
		},
		{
			name: "a later former office does not replace the body's",
			text: "European Commissioner Tomas Brandt has attacked the Polish plan. " +
				"Mr Brandt, a former ANC spokesman, said the plan broke the rules.",
			person: "person:tomas-brandt", code: "IGOEUREEC",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			p := entityOf(&doc, tt.person)
			if p == nil || p.Code != tt.code {
				t.Errorf("%s: want code %s\n%s", tt.person, tt.code, dumpDoc(doc))
			}
			if p != nil && p.Country != "" {
				t.Errorf("%s: an international body's official has no country, got %s", tt.person, p.Country)
			}
		})
	}
}
