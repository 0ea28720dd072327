package graph_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// checkSortKeys checks what the canned queries read instead of sorting:
// every relation's lead is its one report with the smallest xid; every
// event's is its one report told in a main clause if it has one, of those
// the first published (undated articles last), then the smallest xid; and
// every event's date_xid is its date then its xid ("~|" and its xid when
// undated). It returns the number of events checked.
func checkSortKeys(t *testing.T, st *graph.Store, when string) int {
	t.Helper()
	raw, err := st.Query(t.Context(), `{
  e(func: has(event_key)) { xid date date_xid lead { xid } mentions { xid coding } }
  r(func: has(rel_type)) { xid lead { xid } mentions { xid } }
}`, nil)
	if err != nil {
		t.Fatal(err)
	}
	type mention struct{ XID, Coding string }
	type node struct {
		XID, Date      string
		DateXID        string `json:"date_xid"`
		Lead, Mentions []mention
	}
	var res struct{ E, R []node }
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	// before says whether an event's lead should be a rather than b.
	before := func(a, b mention) bool {
		var ca, cb struct{ Clause, Published string }
		if json.Unmarshal([]byte(a.Coding), &ca) != nil || json.Unmarshal([]byte(b.Coding), &cb) != nil {
			t.Fatalf("%s: reports %s, %s have no coding", when, a.XID, b.XID)
		}
		if (ca.Clause == extract.ClauseBackground) != (cb.Clause == extract.ClauseBackground) {
			return cb.Clause == extract.ClauseBackground
		}
		if ca.Published != cb.Published {
			return cb.Published == "" || ca.Published != "" && ca.Published < cb.Published
		}
		return a.XID < b.XID
	}
	lead := func(n node, event bool) {
		t.Helper()
		if len(n.Mentions) == 0 {
			return
		}
		least := n.Mentions[0]
		for _, m := range n.Mentions {
			if event && before(m, least) || !event && m.XID < least.XID {
				least = m
			}
		}
		if len(n.Lead) != 1 || n.Lead[0].XID != least.XID {
			t.Errorf("%s: %s has lead %v, want %s", when, n.XID, n.Lead, least.XID)
		}
	}
	for _, e := range res.E {
		lead(e, true)
		switch {
		case e.Date == "" && e.DateXID != "~|"+e.XID:
			t.Errorf("%s: undated %s has date_xid %q, want ~|<xid>", when, e.XID, e.DateXID)
		case e.Date != "" && (!strings.HasSuffix(e.DateXID, "|"+e.XID) || !strings.HasPrefix(e.DateXID, e.Date[:10])):
			t.Errorf("%s: %s dated %s has date_xid %q, want <date>|<xid>", when, e.XID, e.Date, e.DateXID)
		}
	}
	for _, r := range res.R {
		lead(r, false)
	}
	return len(res.E)
}

// TestEventLead: an event's lead is its report told in a main clause,
// the first published of those, in every load order; it follows a report
// that a rewrite moves to another event, and a graph written before event
// leads and undated date_xid gets them when its schema is brought up to
// date.
func TestEventLead(t *testing.T) {
	st := graphtest.Store(t)
	ctx := t.Context()
	s := "Norland protested to Sudria over the border posts."
	doc := func(id, published, clause, date string) extract.Document {
		e := event("p", "111", norland.ID, sudria.ID, date, 0, s)
		e.Clause = clause
		return extract.Document{
			Article:   extract.Article{ID: id, Title: "Protest " + id, Published: published},
			Entities:  []extract.Entity{norland, sudria, commission},
			Events:    []extract.Event{e},
			Relations: []extract.Relation{{Type: extract.RelMemberOf, Head: norland.ID, Tail: commission.ID}},
		}
	}
	// lead-a reports the protest without a date: an undated event of its
	// own. The others are one dated event. lead-b, published first,
	// recalls it in a background clause, and lead-e, undated, has the
	// smallest xid of the main-clause reports: its lead is lead-d's report,
	// the first published that tells it in a main clause.
	docs := []extract.Document{
		doc("lead-d", "2020-03-03", extract.ClauseMain, "2020-03-02"),
		doc("lead-b", "2020-03-02", extract.ClauseBackground, "2020-03-02"),
		doc("lead-c", "2020-03-04", extract.ClauseMain, "2020-03-02"),
		doc("lead-e", "", extract.ClauseMain, "2020-03-02"),
		doc("lead-a", "2020-03-05", extract.ClauseMain, ""),
	}
	for _, order := range [][]int{{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {2, 0, 4, 3, 1}} {
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
		if got := leadArticles(t, st); !slices.Contains(got, "lead-d") || slices.Contains(got, "lead-b") || slices.Contains(got, "lead-e") {
			t.Errorf("order %v: leads come from %v, want lead-d's main-clause report and not lead-b's background or lead-e's undated one", order, got)
		}
	}
	// lead-d's report moves to another year: the dated event's lead is
	// lead-c's report now, and the new event's lead-d's.
	st.SetRewrite(true)
	if _, err := st.Write(ctx, doc("lead-d", "2020-03-03", extract.ClauseMain, "2023-07-01")); err != nil {
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

// leadArticles lists the ids of the articles of the events' leads.
func leadArticles(t *testing.T, st *graph.Store) []string {
	t.Helper()
	raw, err := st.Query(t.Context(), `{ e(func: has(event_key)) { lead { article { xid } } } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		E []struct {
			Lead []struct {
				Article struct{ XID string }
			}
		}
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range res.E {
		for _, l := range e.Lead {
			ids = append(ids, strings.TrimPrefix(l.Article.XID, graph.ArticleXID("")))
		}
	}
	return ids
}
