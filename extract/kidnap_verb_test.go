package extract

import (
	"strings"
	"testing"
)

// TestKidnapVerb: "kidnap" joins "abduct" in one 181 line of verbs.tsv
// (WordNet's synset "kidnap, nobble, abduct, snatch"; "snatch" was left out
// for its sporting sense), so both make the abduction with the captors as
// source and the captives as target (the ids name their countries). Texts written for the test.
func TestKidnapVerb(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, source, target string }{
		{"Somali pirates kidnapped four Danish engineers off the coast on Monday.", "SOM", "DNK"},
		{"Gunmen in Mali abducted two French nurses near Gao.", "", "fra"},
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
		var got *Event
		for i := range doc.Events {
			if doc.Events[i].Cameo == "181" {
				got = &doc.Events[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no 181 event; events %v", tt.text, eventKeys(doc))
			continue
		}
		if !strings.Contains(strings.ToLower(got.Source), strings.ToLower(tt.source)) || !strings.Contains(strings.ToLower(got.Target), strings.ToLower(tt.target)) {
			t.Errorf("%q: 181 %s -> %s, want %s -> %s (country in the id)", tt.text, got.Source, got.Target, tt.source, tt.target)
		}
	}
}
