package extract

import "testing"

// TestRegionalCourt checks that a court named after a state, province or
// city is a body of its own (of the country, coded as its judiciary), not
// the country's judiciary, while a court of the country stays the
// judiciary. Texts written for the test.
func TestRegionalCourt(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, id, country string }{
		{"The Ohio Supreme Court overturned the conviction of the former mayor.", "org:ohio-supreme-court", "USA"},
		{"A Bavaria court fined the carmaker on Monday.", "org:bavaria-court", "DEU"},
		{"The Indian Supreme Court overturned the conviction of the former mayor.", "org:ind-judiciary", "IND"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			e := entityOf(&doc, tt.id)
			if e == nil || e.Country != tt.country {
				t.Errorf("no %s of %s; entities %+v", tt.id, tt.country, doc.Entities)
			}
		})
	}
}
