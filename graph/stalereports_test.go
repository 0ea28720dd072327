package graph_test

import (
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph/graphtest"
)

// TestRewrittenArticleDropsItsOldReports: an article written again with
// other events (re-extracted, or keyed otherwise by a newer geokg) keeps
// only the reports of its new document. Its old reports leave their events
// (an event another article also reports stays, with that article alone;
// one only it reported, dated or undated, goes), so the graph is the one
// the new document would have made from scratch.
func TestRewrittenArticleDropsItsOldReports(t *testing.T) {
	if testing.Short() {
		t.Skip("needs a Dgraph")
	}
	ents := []extract.Entity{
		{ID: "country:ALB", Name: "Albania", Kind: extract.KindCountry, Country: "ALB"},
		{ID: "country:MNE", Name: "Montenegro", Kind: extract.KindCountry, Country: "MNE"},
		{ID: "org:alb-government", Name: "Albanian government", Kind: extract.KindOrganization, Country: "ALB", Sector: "GOV"},
	}
	s1 := "Albania recalled its envoy from Montenegro on Tuesday."
	s2 := "The Albanian government criticised Montenegro over the border posts."
	s3 := "Albania hosted talks with Montenegro."
	doc := func(id, outlet string, evs ...extract.Event) extract.Document {
		return extract.Document{Article: extract.Article{ID: id, Source: outlet, Published: "2022-05-04"}, Entities: ents, Events: evs}
	}
	recall := func(offset int) extract.Event {
		return event("e1", "161", "country:ALB", "country:MNE", "2022-05-03", offset, s1)
	}
	first := doc("x1", "Adriatic Wire",
		recall(0),
		event("e2", "111", "org:alb-government", "country:MNE", "2022-05-03", 60, s2),
		event("e3", "043", "country:ALB", "country:MNE", "", 140, s3))
	other := doc("y1", "Balkan Daily", recall(10))
	second := doc("x1", "Adriatic Wire",
		event("e2", "111", "org:alb-government", "country:MNE", "2022-05-03", 60, s2))

	st := graphtest.Store(t)
	for _, d := range []extract.Document{first, other, second} {
		if _, err := st.Write(t.Context(), d); err != nil {
			t.Fatal(err)
		}
	}
	got := graphtest.Dump(t, st)

	fresh := graphtest.Store(t)
	for _, d := range []extract.Document{other, second} {
		if _, err := fresh.Write(t.Context(), d); err != nil {
			t.Fatal(err)
		}
	}
	if want := graphtest.Dump(t, fresh); got != want {
		t.Errorf("the article written again keeps old reports:\n%s", graphtest.LineDiff(want, got))
	}
}
