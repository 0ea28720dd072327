package graph_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/dgraph-io/dgo/v230"
	"github.com/dgraph-io/dgo/v230/protos/api"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// eventsOfKey returns the xids of the events stored under key.
func eventsOfKey(t *testing.T, st *graph.Store, key string) []string {
	t.Helper()
	raw, err := st.Query(t.Context(), `query q($k: string) { e(func: eq(event_key, $k), orderasc: xid) { xid } }`, map[string]string{"k": key})
	if err != nil {
		t.Fatal(err)
	}
	var res struct{ E []struct{ XID string } }
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range res.E {
		out = append(out, e.XID)
	}
	return out
}

// TestUndatedReportGetsADate: the writer reads a key's undated events only
// through the document's own reports, so a rewrite that dates a report
// must still find the undated event that held it and retire it.
func TestUndatedReportGetsADate(t *testing.T) {
	st := graphtest.Store(t)
	ctx := t.Context()
	s := "Norland protested to Sudria about the dam."
	doc := func(date string) extract.Document {
		return extract.Document{
			Article:  extract.Article{ID: "note-7", Title: "A protest"},
			Entities: []extract.Entity{norland, sudria},
			Events:   []extract.Event{event("x", "111", norland.ID, sudria.ID, date, 0, s)},
		}
	}
	// Another article's undated report of the same key stays its own event.
	other := extract.Document{
		Article:  extract.Article{ID: "note-8", Title: "Another protest"},
		Entities: []extract.Entity{norland, sudria},
		Events:   []extract.Event{event("y", "111", norland.ID, sudria.ID, "", 0, "Norland protested to Sudria about fishing.")},
	}
	for _, d := range []extract.Document{other, doc("")} {
		if _, err := st.Write(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	key := graph.EventKey(doc("").Events[0])
	if got := eventsOfKey(t, st, key); len(got) != 2 {
		t.Fatalf("after two undated reports: events %q, want 2 undated ones", got)
	}
	st.SetRewrite(true)
	dated := doc("2022-05-03")
	if _, err := st.Write(ctx, dated); err != nil {
		t.Fatal(err)
	}
	got := eventsOfKey(t, st, key)
	want := graph.EventXID(key, "2022-05-03")
	if len(got) != 2 || (got[0] != want && got[1] != want) {
		t.Fatalf("after dating one report: events %q, want %s and the other article's undated one", got, want)
	}
	ev := nodeByXID(t, st, want)
	if ms := ev["mentions"].([]any); len(ms) != 1 {
		t.Errorf("dated event has %d mentions, want 1", len(ms))
	}
}

// TestMigrateDatedKey: a graph written before dated_key existed (dropped
// here) gets it when the schema is applied, so a later report of a stored
// dated event joins it instead of making a second one.
func TestMigrateDatedKey(t *testing.T) {
	st := graphtest.Store(t)
	ctx := t.Context()
	if _, err := st.Write(ctx, withdrawal()); err != nil {
		t.Fatal(err)
	}
	dropAttr(t, st.Addr(), "dated_key")
	if err := st.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	// A report dated the next day joins the stored event only if the
	// writer reads it; its own cluster would be an event of that day.
	late := protest()
	late.Events[0].Date = "2021-04-06"
	if _, err := st.Write(ctx, late); err != nil {
		t.Fatal(err)
	}
	key := graph.EventKey(late.Events[0])
	if got := eventsOfKey(t, st, key); len(got) != 1 {
		t.Errorf("events of the protest's key after migrating: %q, want one with both reports", got)
	}
	ev := nodeByXID(t, st, graph.EventXID(key, "2021-04-05"))
	if ms := ev["mentions"].([]any); len(ms) != 2 {
		t.Errorf("protest has %d mentions, want 2", len(ms))
	}
}

// dropAttr removes a predicate with Dgraph's own client, as an older
// geokg's graph would lack it.
func dropAttr(t *testing.T, addr, pred string) {
	t.Helper()
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	dg := dgo.NewDgraphClient(api.NewDgraphClient(conn))
	if err := dg.Alter(context.Background(), &api.Operation{DropAttr: pred}); err != nil {
		t.Fatal(err)
	}
}
