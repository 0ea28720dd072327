package extract

import "testing"

// TestTitleNotSentenceHolder checks that a bare title is not taken for the
// person the same sentence has just named with that title: in "Interior
// Minister X met the Interior Minister of Y" the second minister is someone
// else, so the meeting is not X's with X (and dropped) but X's with the
// other country. An aside after a comma ("X, a finance minister, said")
// still names X. Sentences written for the test.
func TestTitleNotSentenceHolder(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, cameo, source, target string
	}{
		{"Interior Minister Boris Tadic held talks with the Minister of Interior of Hungary on Friday.", "040", "person:boris-tadic", "country:HUN"},
		{"On Monday Foreign Minister Helga Marten held talks with Minister of Foreign Affairs and Trade of the Kingdom of Norway Ola Brekke.", "040", "person:helga-marten", "country:NOR"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if e.Cameo == tt.cameo && e.Source == tt.source && e.Target == tt.target {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s %s>%s\n%s", tt.text, tt.cameo, tt.source, tt.target, dumpDoc(doc))
		}
	}
	// the aside names the person just met
	doc := x.extract(Article{ID: "t"}, "Finance Minister Carla Duvet met bankers in Paris. Carla Duvet, the finance minister, said the talks went well.")
	for _, e := range doc.Entities {
		if e.ID == "person:carla-duvet" && len(e.Mentions) < 3 {
			t.Errorf("the aside's title is not Carla Duvet: %d mentions\n%s", len(e.Mentions), dumpDoc(doc))
		}
	}
}
