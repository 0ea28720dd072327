package graph_test

import (
	"context"
	"encoding/json"
	"slices"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// TestOrganizationAcronyms: an article that names a body by its full name
// and acronym, one that gives the acronym alone (with an event of it), one
// that spells the full name another way with the acronym, and one that
// names another body with the same acronym, in several orders: the first
// three are one node under the smallest full-name key holding the event,
// the fourth body and its acronym's other meaning stay apart.
func TestOrganizationAcronyms(t *testing.T) {
	ctx := context.Background()
	org := func(id, name string, aliases ...string) extract.Entity {
		return extract.Entity{ID: id, Kind: extract.KindOrganization, Name: name, Aliases: aliases}
	}
	chile := extract.Entity{ID: "country:CHL", Kind: extract.KindCountry, Name: "Chile", Country: "CHL", Code: "CHL"}
	docs := []extract.Document{
		{Article: extract.Article{ID: "full", Published: "2019-03-05"}, Entities: []extract.Entity{org("org:fisheries-workers-congress", "Fisheries Workers Congress", "FWC")}},
		{Article: extract.Article{ID: "acronym", Published: "2019-03-06"}, Entities: []extract.Entity{org("org:fwc", "FWC"), chile},
			Events: []extract.Event{{ID: "e1", Cameo: "111", Root: "11", Source: "org:fwc", Target: "country:CHL", Date: "2019-03-06", DatePrecision: extract.PrecisionDay, Modality: extract.ModalityAsserted}}},
		{Article: extract.Article{ID: "spelling", Published: "2019-03-07"}, Entities: []extract.Entity{org("org:fisheries-worker-congress", "Fisheries Worker Congress", "FWC")}},
		{Article: extract.Article{ID: "other", Published: "2019-03-08"}, Entities: []extract.Entity{org("org:forest-wardens-council", "Forest Wardens Council", "FWCO")}},
	}
	want := []string{"org:fisheries-worker-congress", "org:forest-wardens-council"}
	for _, order := range [][]int{{0, 1, 2, 3}, {1, 0, 3, 2}, {2, 1, 0, 3}, {1, 2, 3, 0}} {
		st := graphtest.Store(t)
		for _, i := range order {
			if _, err := st.Write(ctx, docs[i]); err != nil {
				t.Fatal(err)
			}
		}
		if got := xidsOf(t, st, `eq(kind, "organization")`); !slices.Equal(got, want) {
			t.Errorf("order %v: organizations %v, want %v", order, got, want)
		}
		raw, err := st.Query(ctx, `{ e(func: type(Event)) { xid source { xid } } }`, nil)
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			E []struct {
				XID    string
				Source struct{ XID string }
			}
		}
		if err := json.Unmarshal(raw, &res); err != nil {
			t.Fatal(err)
		}
		if len(res.E) != 1 || res.E[0].Source.XID != "org:fisheries-worker-congress" {
			t.Errorf("order %v: events %+v, want one by org:fisheries-worker-congress", order, res.E)
		}
	}
}

// TestOrganizationNames: one body written three ways in three articles
// ("for" or "of", a plural or not, "the" or not), one of them with its
// acronym and an event, beside another body whose name differs by a word,
// in several orders and loaded again: the three are one node under the
// smallest key, with the event, the other body apart, and the whole graph
// the same each time.
func TestOrganizationNames(t *testing.T) {
	ctx := context.Background()
	org := func(id, name string, aliases ...string) extract.Entity {
		return extract.Entity{ID: id, Kind: extract.KindOrganization, Name: name, Aliases: aliases}
	}
	peru := extract.Entity{ID: "country:PER", Kind: extract.KindCountry, Name: "Peru", Country: "PER", Code: "PER"}
	docs := []extract.Document{
		{Article: extract.Article{ID: "for", Published: "2019-04-01"}, Entities: []extract.Entity{org("org:office-for-coastal-surveys", "Office for Coastal Surveys", "OCS")}},
		{Article: extract.Article{ID: "of", Published: "2019-04-02"}, Entities: []extract.Entity{org("org:office-of-coastal-surveys", "Office of Coastal Surveys"), peru},
			Events: []extract.Event{{ID: "e1", Cameo: "111", Root: "11", Source: "org:office-of-coastal-surveys", Target: "country:PER", Date: "2019-04-02", DatePrecision: extract.PrecisionDay, Modality: extract.ModalityAsserted}}},
		{Article: extract.Article{ID: "singular", Published: "2019-04-03"}, Entities: []extract.Entity{org("org:the-office-of-coastal-survey", "The Office of Coastal Survey")}},
		{Article: extract.Article{ID: "other", Published: "2019-04-04"}, Entities: []extract.Entity{org("org:office-for-coastal-studies", "Office for Coastal Studies")}},
		{Article: extract.Article{ID: "one-word", Published: "2019-04-05"}, Entities: []extract.Entity{org("org:surveys", "Surveys"), org("org:survey", "Survey")}},
	}
	want := []string{"org:office-for-coastal-studies", "org:office-for-coastal-surveys", "org:survey", "org:surveys"}
	inOrders(t, docs, [][]int{{0, 1, 2, 3, 4}, {1, 2, 0, 4, 3}, {2, 3, 1, 0, 4}, {3, 1, 4, 2, 0}}, func(order []int, st *graph.Store) {
		if got := xidsOf(t, st, `eq(kind, "organization")`); !slices.Equal(got, want) {
			t.Errorf("order %v: organizations %v, want %v", order, got, want)
		}
		raw, err := st.Query(ctx, `{ e(func: type(Event)) { source { xid } } }`, nil)
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			E []struct{ Source struct{ XID string } }
		}
		if err := json.Unmarshal(raw, &res); err != nil {
			t.Fatal(err)
		}
		if len(res.E) != 1 || res.E[0].Source.XID != "org:office-for-coastal-surveys" {
			t.Errorf("order %v: events %+v, want one by org:office-for-coastal-surveys", order, res.E)
		}
	})
}
