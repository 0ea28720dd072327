package graph_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// checkSortKeys checks what the canned queries read instead of sorting:
// every event's and relation's lead is its one report with the smallest
// xid, and every event's date_xid is its date then its xid ("~|" and its
// xid when undated). It returns the number of events checked.
func checkSortKeys(t *testing.T, st *graph.Store, when string) int {
	t.Helper()
	raw, err := st.Query(t.Context(), `{
  e(func: has(event_key)) { xid date date_xid lead { xid } mentions { xid } }
  r(func: has(rel_type)) { xid lead { xid } mentions { xid } }
}`, nil)
	if err != nil {
		t.Fatal(err)
	}
	type node struct {
		XID, Date      string
		DateXID        string `json:"date_xid"`
		Lead, Mentions []struct{ XID string }
	}
	var res struct{ E, R []node }
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	lead := func(n node) {
		t.Helper()
		if len(n.Mentions) == 0 {
			return
		}
		least := n.Mentions[0].XID
		for _, m := range n.Mentions {
			least = min(least, m.XID)
		}
		if len(n.Lead) != 1 || n.Lead[0].XID != least {
			t.Errorf("%s: %s has lead %v, want its one report with the smallest xid, %s", when, n.XID, n.Lead, least)
		}
	}
	for _, e := range res.E {
		lead(e)
		switch {
		case e.Date == "" && e.DateXID != "~|"+e.XID:
			t.Errorf("%s: undated %s has date_xid %q, want ~|<xid>", when, e.XID, e.DateXID)
		case e.Date != "" && (!strings.HasSuffix(e.DateXID, "|"+e.XID) || !strings.HasPrefix(e.DateXID, e.Date[:10])):
			t.Errorf("%s: %s dated %s has date_xid %q, want <date>|<xid>", when, e.XID, e.Date, e.DateXID)
		}
	}
	for _, r := range res.R {
		lead(r)
	}
	return len(res.E)
}

// TestEventLead: an event's lead is its report with the smallest xid in
// every load order, follows a report that a rewrite moves to another
// event, and a graph written before event leads and undated date_xid
// gets them when its schema is brought up to date.
func TestEventLead(t *testing.T) {
	st := graphtest.Store(t)
	ctx := t.Context()
	s := "Norland protested to Sudria over the border posts."
	doc := func(id, date string) extract.Document {
		return extract.Document{
			Article:   extract.Article{ID: id, Title: "Protest " + id},
			Entities:  []extract.Entity{norland, sudria, commission},
			Events:    []extract.Event{event("p", "111", norland.ID, sudria.ID, date, 0, s)},
			Relations: []extract.Relation{{Type: extract.RelMemberOf, Head: norland.ID, Tail: commission.ID}},
		}
	}
	// lead-a reports the protest without a date: an undated event of its
	// own. The others are one dated event whose lead is lead-b's report.
	docs := []extract.Document{doc("lead-d", "2020-03-02"), doc("lead-b", "2020-03-02"), doc("lead-c", "2020-03-02"), doc("lead-a", "")}
	for _, order := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {2, 0, 3, 1}} {
		if err := st.DropAll(ctx); err != nil {
			t.Fatal(err)
		}
		if err := st.ApplySchema(ctx); err != nil {
			t.Fatal(err)
		}
		for _, i := range order {
			if _, err := st.Write(ctx, docs[i]); err != nil {
				t.Fatal(err)
			}
		}
		if n := checkSortKeys(t, st, fmt.Sprint("order ", order)); n != 2 {
			t.Errorf("order %v: %d events, want 2 (dated and undated)", order, n)
		}
	}
	// lead-b's report moves to another year: the dated event's lead is
	// lead-c's report now, and the new event's lead-b's.
	st.SetRewrite(true)
	if _, err := st.Write(ctx, doc("lead-b", "2023-07-01")); err != nil {
		t.Fatal(err)
	}
	st.SetRewrite(false)
	if n := checkSortKeys(t, st, "after moving a report"); n != 3 {
		t.Errorf("after moving a report: %d events, want 3", n)
	}
	for _, attr := range []string{"lead", "date_xid"} {
		dropAttr(t, st.Addr(), attr)
	}
	if err := st.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	checkSortKeys(t, st, "after migrating a graph without them")
}
