package extract

import "testing"

// TestPostNominalNotName checks that letters after a name ("QC", "MP", "MSP")
// and an academic title before it ("Prof", "Professor") are no part of a
// person's name, so the person is one with the same name written plain.
// Sentences written for the test.
func TestPostNominalNotName(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct{ text, want, not string }{
		{"Barrister Helen Marsh QC criticised the new bill. Helen Marsh said it went too far.", "person:helen-marsh", "person:helen-marsh-qc"},
		{"Local minister Rory Dunn MSP promised more money. Mr Dunn said councils would benefit.", "person:rory-dunn", "person:rory-dunn-msp"},
		{"Prof Coltart criticised the report on Monday.", "person:coltart", "person:prof-coltart"},
		{"The report was attacked on Monday by Professor Coltart, who said it was wrong.", "person:coltart", "person:professor-coltart"},
	}
	for _, tt := range cases {
		doc := x.extract(Article{ID: "t"}, tt.text)
		if entityOf(&doc, tt.want) == nil || entityOf(&doc, tt.not) != nil {
			t.Errorf("%q: want %s and no %s\n%s", tt.text, tt.want, tt.not, dumpDoc(doc))
		}
	}
}
