package graph_test

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// timeline is a set of articles about Norland, Sudria and their commission
// (invented, see store_test.go) in which later articles change what earlier
// ones said held: Sudria's army leaves the commission (reported twice, a
// day apart, with two codes of one root), a separate article says the army
// is part of Sudria, a minister resigns and is succeeded, and a treaty is
// signed, violated and suspended.
func timeline() []extract.Document {
	army := extract.Entity{ID: "org:sdr-army", Name: "Sudrian army", Kind: extract.KindOrganization, Country: "SDR", Sector: "MIL"}
	// Another outlet names the army otherwise and codes it more finely:
	// the graph keeps one name and code whatever the order.
	army2 := army
	army2.Name, army2.Code = "Sudria's army", "SDRMIL"
	obst := extract.Entity{ID: "person:karl-obst", Name: "Karl Obst", Kind: extract.KindPerson, Country: "NRL"}
	doc := func(id, published, outlet string, ents []extract.Entity, evs []extract.Event, rels []extract.Relation) extract.Document {
		return extract.Document{Article: extract.Article{ID: id, Published: published, Source: outlet}, Entities: ents, Events: evs, Relations: rels}
	}
	withTarget := func(e extract.Event, obj, agr string) extract.Event {
		e.Object, e.Agreement = obj, agr
		return e
	}
	return []extract.Document{
		doc("members", "2010-02-01", "Wire", []extract.Entity{norland, sudria, commission}, nil, []extract.Relation{
			{Type: extract.RelMemberOf, Head: norland.ID, Tail: commission.ID},
			{Type: extract.RelMemberOf, Head: sudria.ID, Tail: commission.ID, Since: "2009-06"},
		}),
		doc("army-leaves", "2021-03-05", "Wire", []extract.Entity{army, commission}, []extract.Event{
			event("w1", "166", army.ID, commission.ID, "2021-03-04", 0, "The Sudrian army withdrew from the commission on Thursday."),
		}, nil),
		doc("army-leaves-2", "2021-03-06", "Daily", []extract.Entity{army2, commission}, []extract.Event{
			event("w2", "161", army.ID, commission.ID, "2021-03-05", 40, "Sudria's army cut its ties with the commission on Friday."),
		}, nil),
		doc("army-part", "2020-07-01", "Daily", []extract.Entity{army, sudria}, nil, []extract.Relation{
			{Type: extract.RelPartOf, Head: army.ID, Tail: sudria.ID},
		}),
		doc("minister", "2021-01-10", "Wire", []extract.Entity{minister, norland}, nil, []extract.Relation{
			{Type: extract.RelRole, Head: minister.ID, Tail: norland.ID, Label: "Foreign Minister"},
		}),
		doc("successor", "2021-06-02", "Daily", []extract.Entity{obst, norland}, nil, []extract.Relation{
			{Type: extract.RelRole, Head: obst.ID, Tail: norland.ID, Label: "Foreign Minister", Since: "2021-06-01"},
		}),
		doc("treaty", "2015-05-06", "Wire", []extract.Entity{norland, sudria, treaty}, []extract.Event{
			withTarget(event("s1", "057", norland.ID, sudria.ID, "2015-05-05", 0, "Norland and Sudria signed the Lake Treaty on Tuesday."), "", treaty.ID),
		}, nil),
		doc("treaty-trouble", "2022-02-10", "Daily", []extract.Entity{norland, sudria, treaty}, []extract.Event{
			withTarget(event("v1", "196", sudria.ID, "", "2022-01", 0, "Sudria violated the Lake Treaty in January."), "", treaty.ID),
			func() extract.Event {
				e := withTarget(event("p1", "164", norland.ID, sudria.ID, "2022-02-09", 50, "Norland suspended the Lake Treaty with Sudria on Wednesday."), treaty.ID, "")
				e.Trigger = "suspended"
				return e
			}(),
		}, nil),
	}
}

func TestValidityAnyOrder(t *testing.T) {
	docs := timeline()
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(7, 11))
	var first string
	for round := range 5 {
		st := graphtest.Store(t)
		order := rng.Perm(len(docs))
		if round == 0 {
			for i := range order {
				order[i] = i
			}
		}
		for _, i := range order {
			if _, err := st.Write(ctx, docs[i]); err != nil {
				t.Fatal(err)
			}
		}
		dump := graphtest.Dump(t, st)
		if round > 0 {
			if dump != first {
				t.Errorf("order %v gives another graph than file order", order)
			}
			continue
		}
		first = dump

		rel := func(r extract.Relation) string {
			n := nodeByXID(t, st, graph.RelationXID(r))
			s := func(k string) string { v, _ := n[k].(string); return strings.TrimSuffix(v, "T00:00:00Z") }
			return s("since") + ".." + s("until") + " " + xidOf(n["started_by"]) + xidOf(n["ended_by"])
		}
		evX := graph.EventXID("16|org:sdr-army|org:border-commission", "2021-03-04")
		for _, c := range []struct {
			r    extract.Relation
			want string
		}{
			{extract.Relation{Type: extract.RelMemberOf, Head: sudria.ID, Tail: commission.ID}, "2009-06-01..2021-03-04 " + evX},
			{extract.Relation{Type: extract.RelMemberOf, Head: norland.ID, Tail: commission.ID}, ".. "},
			{extract.Relation{Type: extract.RelRole, Head: minister.ID, Tail: norland.ID, Label: "Foreign Minister"}, "..2021-06-01 "},
			{extract.Relation{Type: extract.RelPartyTo, Head: norland.ID, Tail: treaty.ID}, "2015-05-05.. " + graph.EventXID("05|country:NRL|country:SDR", "2015-05-05")},
			{extract.Relation{Type: extract.RelPartyTo, Head: sudria.ID, Tail: treaty.ID}, "2015-05-05.. " + graph.EventXID("05|country:NRL|country:SDR", "2015-05-05")},
		} {
			if got := rel(c.r); got != c.want {
				t.Errorf("%s: %s, want %s", graph.RelationXID(c.r), got, c.want)
			}
		}
		if a := nodeByXID(t, st, "org:sdr-army"); a["name"] != "Sudria's army" || a["actor_code"] != "SDRMIL" || !slices.Equal(strs(a["aliases"]), []string{"Sudrian army"}) {
			t.Errorf("army = %v %v %v, want the longer name and code, the other name an alias", a["name"], a["actor_code"], a["aliases"])
		}
		ev := nodeByXID(t, st, evX)
		if len(ev["mentions"].([]any)) != 2 || ev["article_count"] != 2.0 || ev["outlet_count"] != 2.0 || ev["cameo"] != "161" {
			t.Errorf("withdrawal event: %d mentions, %v articles, %v outlets, cameo %v; want 2, 2, 2, 161 (the lower of two codes on a tie)",
				len(ev["mentions"].([]any)), ev["article_count"], ev["outlet_count"], ev["cameo"])
		}
		tr := nodeByXIDFields(t, st, treaty.ID, "signed status status_since")
		if !strings.HasPrefix(tr["signed"].(string), "2015-05-05") || tr["status"] != graph.StatusSuspended || !strings.HasPrefix(tr["status_since"].(string), "2022-02-09") {
			t.Errorf("treaty = %v, want signed 2015-05-05, suspended since 2022-02-09", tr)
		}

		before, err := st.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, i := range rng.Perm(len(docs)) {
			ws, err := st.Write(ctx, docs[i])
			if err != nil {
				t.Fatal(err)
			}
			if ws.NewNodes != 0 {
				t.Errorf("reloading %s created %d nodes", docs[i].Article.ID, ws.NewNodes)
			}
		}
		after, err := st.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range before {
			if after[k] != v {
				t.Errorf("reload changed Counts[%s] from %d to %d", k, v, after[k])
			}
		}
		if graphtest.Dump(t, st) != dump {
			t.Error("reload changed the graph")
		}
	}
}

// nodeByXIDFields returns the given fields of the node with xid x.
func nodeByXIDFields(t *testing.T, st *graph.Store, x, fields string) map[string]any {
	t.Helper()
	raw, err := st.Query(context.Background(), `query q($x: string) { n(func: eq(xid, $x)) { `+fields+` } }`, map[string]string{"x": x})
	if err != nil {
		t.Fatal(err)
	}
	var res struct{ N []map[string]any }
	if err := json.Unmarshal(raw, &res); err != nil || len(res.N) != 1 {
		t.Fatalf("node %s: %s (%v)", x, raw, err)
	}
	return res.N[0]
}

// TestNewAgreementStatus: an agreement named for the first time by the
// signing article gets its signing date and status from that write alone.
func TestNewAgreementStatus(t *testing.T) {
	st := graphtest.Store(t)
	for _, d := range timeline() {
		if d.Article.ID != "treaty" {
			continue
		}
		if _, err := st.Write(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	tr := nodeByXIDFields(t, st, treaty.ID, "signed status status_since")
	if s, _ := tr["signed"].(string); !strings.HasPrefix(s, "2015-05-05") || tr["status"] != graph.StatusSigned {
		t.Errorf("treaty = %v, want signed 2015-05-05, status signed", tr)
	}
}
