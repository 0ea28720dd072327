package graph_test

import (
	"encoding/json"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph/graphtest"
)

// TestGenericGroupEvents: two wires report "police broke up a march" on one
// day. With no place given, each is an event of its own (the police of two
// cities are not one body); with one place, the reports meet in one event.
// Reloading either changes nothing.
func TestGenericGroupEvents(t *testing.T) {
	if testing.Short() {
		t.Skip("needs a Dgraph")
	}
	st := graphtest.Store(t)
	ctx := t.Context()
	police := extract.Entity{ID: "group:police", Name: "police", Kind: extract.KindOrganization}
	marchers := extract.Entity{ID: "group:marchers", Name: "marchers", Kind: extract.KindGroup}
	square := extract.Entity{ID: "location:old-square", Name: "Old Square", Kind: extract.KindLocation}
	wire := func(id, loc string) extract.Document {
		ev := event("e1", "1724", police.ID, marchers.ID, "2023-06-02", 0, "Police scattered the marchers with tear gas on Friday.")
		ev.Location = loc
		return extract.Document{
			Article:  extract.Article{ID: id, Source: "Wire " + id, Published: "2023-06-03"},
			Entities: []extract.Entity{police, marchers, square},
			Events:   []extract.Event{ev},
		}
	}
	events := func() int {
		t.Helper()
		raw, err := st.Query(ctx, `{ e(func: has(event_key)) @filter(uid_in(source, uid(p))) { xid } p as var(func: eq(xid, "group:police")) }`, nil)
		if err != nil {
			t.Fatal(err)
		}
		var res struct{ E []struct{ XID string } }
		if err := json.Unmarshal(raw, &res); err != nil {
			t.Fatal(err)
		}
		return len(res.E)
	}
	for _, doc := range []extract.Document{wire("a1", ""), wire("a2", "")} {
		if _, err := st.Write(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
	if n := events(); n != 2 {
		t.Errorf("two unplaced reports of a generic group in two articles: %d events, want 2", n)
	}
	for _, doc := range []extract.Document{wire("b1", square.ID), wire("b2", square.ID)} {
		if _, err := st.Write(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
	if n := events(); n != 3 {
		t.Errorf("two reports placed in one square: %d events in all, want 3", n)
	}
	before := graphtest.Dump(t, st)
	if ws, err := st.Write(ctx, wire("a2", "")); err != nil || ws.Unchanged != 1 {
		t.Errorf("reload: %+v, %v; want it unchanged", ws, err)
	}
	if after := graphtest.Dump(t, st); after != before {
		t.Errorf("a reload changed the graph:\n%s", graphtest.LineDiff(before, after))
	}
}
