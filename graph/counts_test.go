package graph_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// countedFor returns, for the actor with xid x, the xids of the events that
// count for it through the writer's edges (~source_for, ~target_for) and
// through the closure the canned queries walked before those edges (its
// parts and office holders, and the holders of roles in its parts, read
// at query time), each sorted.
func countedFor(t *testing.T, st *graph.Store, x string) (edges, walked []string) {
	t.Helper()
	const q = `query q($x: string) {
  X as var(func: eq(xid, $x))
  var(func: uid(X)) { ~tail @filter(eq(rel_type, "part_of") OR eq(rel_type, "role")) { P as head } }
  var(func: uid(P)) { ~tail @filter(eq(rel_type, "role")) { R as head } }
  var(func: uid(X, P, R)) { S as ~source T as ~target }
  walked(func: uid(S, T), orderasc: xid) { xid }
  var(func: uid(X)) { SF as ~source_for TF as ~target_for }
  edges(func: uid(SF, TF), orderasc: xid) { xid }
}`
	raw, err := st.Query(t.Context(), q, map[string]string{"x": x})
	if err != nil {
		t.Fatal(err)
	}
	var res struct{ Edges, Walked []struct{ XID string } }
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Edges {
		edges = append(edges, e.XID)
	}
	for _, e := range res.Walked {
		walked = append(walked, e.XID)
	}
	return edges, walked
}

// TestCountsFollowRelations: an event counts for the bodies its source and
// target are part of or hold a role in, whichever was written first: the
// events, the part_of relation or the role relation, in every order, and
// a reload changes nothing.
func TestCountsFollowRelations(t *testing.T) {
	st := graphtest.Store(t)
	ctx := t.Context()
	orders := [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {2, 0, 3, 1}, {1, 3, 0, 2}, {0, 2, 1, 3}}
	for n, order := range orders {
		suffix := "-" + string(rune('a'+n))
		state := extract.Entity{ID: "country:NRL" + suffix, Name: "Norland" + suffix, Kind: extract.KindCountry}
		other := extract.Entity{ID: "country:SDR" + suffix, Name: "Sudria" + suffix, Kind: extract.KindCountry}
		ministry := extract.Entity{ID: "org:nrl-foreign-ministry" + suffix, Name: "Norland Foreign Ministry" + suffix, Kind: extract.KindOrganization}
		person := extract.Entity{ID: "person:ilsa-brandt" + suffix, Name: "Ilsa Brandt" + suffix, Kind: extract.KindPerson}
		s1 := "Brandt criticised Sudria over the dam."
		s2 := "The ministry summoned the Sudrian envoy."
		s3 := "Sudria accused Brandt of lying."
		docs := []extract.Document{
			{Article: extract.Article{ID: "counts-1" + suffix, Title: "Criticism"},
				Entities: []extract.Entity{person, other},
				Events: []extract.Event{event("e1", "111", person.ID, other.ID, "2021-05-03", 0, s1),
					event("e3", "112", other.ID, person.ID, "2021-05-04", len(s1)+1, s3)}},
			{Article: extract.Article{ID: "counts-2" + suffix, Title: "Envoy summoned"},
				Entities: []extract.Entity{ministry, other},
				Events:   []extract.Event{event("e2", "113", ministry.ID, other.ID, "2021-05-06", 0, s2)}},
			{Article: extract.Article{ID: "counts-3" + suffix, Title: "The ministry"},
				Entities:  []extract.Entity{ministry, state},
				Relations: []extract.Relation{{Type: extract.RelPartOf, Head: ministry.ID, Tail: state.ID}}},
			{Article: extract.Article{ID: "counts-4" + suffix, Title: "The minister"},
				Entities:  []extract.Entity{person, ministry},
				Relations: []extract.Relation{{Type: extract.RelRole, Head: person.ID, Tail: ministry.ID, Label: "foreign minister"}}},
		}
		check := func(when string) {
			t.Helper()
			for _, x := range []string{state.ID, ministry.ID, person.ID, other.ID} {
				edges, walked := countedFor(t, st, x)
				if !slices.Equal(edges, walked) {
					t.Errorf("order %v, %s: events of %s by source_for/target_for %q, by the walk %q", order, when, x, edges, walked)
				}
			}
			if edges, _ := countedFor(t, st, state.ID); len(edges) != 3 {
				t.Errorf("order %v, %s: %s has events %q, want all 3 (its ministry's and its minister's)", order, when, state.ID, edges)
			}
		}
		for _, i := range order {
			if _, err := st.Write(ctx, docs[i]); err != nil {
				t.Fatal(err)
			}
		}
		check("after the load")
		st.SetRewrite(true)
		for _, i := range order {
			if _, err := st.Write(ctx, docs[i]); err != nil {
				t.Fatal(err)
			}
		}
		st.SetRewrite(false)
		check("after a reload")
	}
	// A graph written before the edges and date_xid gets them when its
	// schema is brought up to date.
	for _, attr := range []string{"source_for", "target_for", "date_xid"} {
		dropAttr(t, st.Addr(), attr)
	}
	if err := st.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	raw, err := st.Query(ctx, `{ d(func: has(event_key)) @filter(has(date) AND NOT has(date_xid)) { xid } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if string(raw) != `{"d":[]}` {
		t.Errorf("after migrating: events without date_xid: %s", raw)
	}
	for n := range orders {
		suffix := "-" + string(rune('a'+n))
		for _, x := range []string{"country:NRL" + suffix, "org:nrl-foreign-ministry" + suffix, "person:ilsa-brandt" + suffix} {
			edges, walked := countedFor(t, st, x)
			if len(walked) == 0 || !slices.Equal(edges, walked) {
				t.Errorf("after migrating: events of %s by source_for/target_for %q, by the walk %q", x, edges, walked)
			}
		}
	}
}
