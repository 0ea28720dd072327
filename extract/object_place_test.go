package extract

import "testing"

// TestObjectPlaceParses: the place in a verb's object names the country an
// act with no actor acted on is aimed at (placeInObject) also when the
// parser splits a hyphened modifier into an object of its own, or when an
// apposition renames the object. Texts written for the test.
func TestObjectPlaceParses(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, target string
	}{
		{"Brazil's top envoy will visit the business-friendly Bavaria during a tense period between his country and Berlin.", "036", "country:DEU"},
		{"The Chilean trade minister was visiting the oldest cathedral of Europe, the great church in Normandy, on Friday.", "042", "country:FRA"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			checkCodeTarget(t, doc, tt.code, tt.target)
		})
	}
}
