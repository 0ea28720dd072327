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

// TestPersonsAcrossArticles: a person named in full in three articles (one
// gives a country, one none, one another country), and by surname alone in
// a fourth, in several orders and loaded again. The full name is one node
// with the same country in every order; the surname alone stays a node of
// its own (a surname does not say which of the people who bear it is
// meant; see docs/over-time.md); the whole graph is the same each time.
func TestPersonsAcrossArticles(t *testing.T) {
	ctx := context.Background()
	person := func(id, name, country string) extract.Entity {
		return extract.Entity{ID: id, Kind: extract.KindPerson, Name: name, Country: country, Code: country}
	}
	mda := extract.Entity{ID: "country:MDA", Kind: extract.KindCountry, Name: "Moldova", Country: "MDA", Code: "MDA"}
	docs := []extract.Document{
		{Article: extract.Article{ID: "titled", Published: "2021-05-01"}, Entities: []extract.Entity{person("person:andrei-rusu", "Andrei Rusu", "MDA"), mda},
			Events: []extract.Event{{ID: "e1", Cameo: "111", Root: "11", Source: "person:andrei-rusu", Target: "country:MDA", Date: "2021-05-01", DatePrecision: extract.PrecisionDay, Modality: extract.ModalityAsserted}}},
		{Article: extract.Article{ID: "bare", Published: "2021-05-02"}, Entities: []extract.Entity{person("person:andrei-rusu", "Andrei Rusu", "")}},
		{Article: extract.Article{ID: "other-country", Published: "2021-05-03"}, Entities: []extract.Entity{person("person:andrei-rusu", "Andrei Rusu", "ROU")}},
		{Article: extract.Article{ID: "surname", Published: "2021-05-04"}, Entities: []extract.Entity{person("person:rusu", "Rusu", ""), mda},
			Events: []extract.Event{{ID: "e2", Cameo: "111", Root: "11", Source: "person:rusu", Target: "country:MDA", Date: "2021-05-04", DatePrecision: extract.PrecisionDay, Modality: extract.ModalityAsserted}}},
	}
	want := []string{"person:andrei-rusu", "person:rusu"}
	inOrders(t, docs, [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {1, 3, 0, 2}, {2, 0, 3, 1}}, func(order []int, st *graph.Store) {
		if got := xidsOf(t, st, `eq(kind, "person")`); !slices.Equal(got, want) {
			t.Errorf("order %v: persons %v, want %v", order, got, want)
		}
		raw, err := st.Query(ctx, `{ p(func: eq(xid, "person:andrei-rusu")) { country ~source { xid } } }`, nil)
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			P []struct {
				Country string
				Source  []struct{ XID string } `json:"~source"`
			}
		}
		if err := json.Unmarshal(raw, &res); err != nil {
			t.Fatal(err)
		}
		if len(res.P) != 1 || res.P[0].Country == "" || len(res.P[0].Source) != 1 {
			t.Errorf("order %v: Andrei Rusu %+v, want one node with a country and one event", order, res.P)
		}
	})
}

// inOrders writes docs into a new store in each order, runs check, then
// writes them again: the graph must not change on the reload and must be
// the same whatever the order (reloading and load order change nothing).
func inOrders(t *testing.T, docs []extract.Document, orders [][]int, check func(order []int, st *graph.Store)) {
	t.Helper()
	ctx := context.Background()
	var first string
	for _, order := range orders {
		st := graphtest.Store(t)
		write := func() {
			for _, i := range order {
				if _, err := st.Write(ctx, docs[i]); err != nil {
					t.Fatal(err)
				}
			}
		}
		write()
		check(order, st)
		dump := graphtest.Dump(t, st)
		write()
		if again := graphtest.Dump(t, st); again != dump {
			t.Errorf("order %v: loading again changed the graph:\n%s\nthen\n%s", order, dump, again)
		}
		if first == "" {
			first = dump
		} else if dump != first {
			t.Errorf("order %v: graph differs from the first order's:\n%s\nthen\n%s", order, first, dump)
		}
	}
}
