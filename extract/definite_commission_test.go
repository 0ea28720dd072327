package extract

import "testing"

// TestTheCommissionIsBodyNamedBefore: a lower-case "the commission" stands
// for the one body named before whose name holds the word "Commission", so
// it can be the target or source of an act; with no such body it names no
// one. Texts written for the test.
func TestTheCommissionIsBodyNamedBefore(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // an event key the text must give
	}{
		{"The advice came from the Harbour Safety Commission. The Danish government rejected the commission's advice on fees.",
			"120 org:dnk-government>org:harbour-safety-commission"},
		{"The Harbour Safety Commission met on Monday. Later the commission urged Denmark to lower fees.",
			"020 org:harbour-safety-commission>country:DNK requested"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			for _, k := range keys {
				if k == tt.want {
					return
				}
			}
			t.Errorf("events %v, want %q", keys, tt.want)
		})
	}
	doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, "Later the commission urged Denmark to lower fees.")
	for _, e := range doc.Events {
		if e.Source != "" {
			t.Errorf("no body named before, yet an event with a source: %v", eventKeys(doc))
		}
	}
}
