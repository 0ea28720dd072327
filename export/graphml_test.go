package export_test

import (
	"bytes"
	"encoding/xml"
	"math"
	"slices"
	"strconv"
	"testing"

	"github.com/geokg/geokg/export"
)

// graphML is what a GraphML reader sees of the file.
type graphML struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string   `xml:"id,attr"`
			Data []gmData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string   `xml:"source,attr"`
			Target string   `xml:"target,attr"`
			Data   []gmData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type gmData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func dataMap(t *testing.T, ds []gmData) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, d := range ds {
		if _, dup := m[d.Key]; dup {
			t.Errorf("data key %s twice", d.Key)
		}
		m[d.Key] = d.Value
	}
	return m
}

func TestGraphML(t *testing.T) {
	st := loadFixtures(t)
	for _, tt := range []struct {
		name     string
		from, to string
	}{
		{"all", "", ""},
		{"window", "2017-12-01", "2017-12-31"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			stats, err := export.Write(t.Context(), st, &buf, export.Options{Format: export.FormatGraphML, From: tt.from, To: tt.to, PageSize: 3})
			if err != nil {
				t.Fatal(err)
			}
			var g graphML
			if err := xml.Unmarshal(buf.Bytes(), &g); err != nil {
				t.Fatalf("parse the GraphML back: %v\n%s", err, buf.Bytes())
			}
			if g.Graph.EdgeDefault != "directed" {
				t.Errorf("edgedefault %q, want directed", g.Graph.EdgeDefault)
			}
			keys := map[string]string{} // id -> for
			for _, k := range g.Keys {
				if k.ID == "" || k.Name == "" || !slices.Contains([]string{"string", "int", "double"}, k.Type) {
					t.Errorf("bad key declaration %+v", k)
				}
				keys[k.ID] = k.For
			}

			// Nodes: every actor (all) or the sources and targets of the
			// window's events, each once, by xid.
			win := map[string]string{"from": or(tt.from, "0001-01-01"), "to": or(tt.to, "9999-12-31")}
			q := `query q($from: string, $to: string) {
				EV as var(func: between(date, $from, $to)) @filter(type(Event))
				var(func: uid(EV)) { S as source  T as target }
				n(func: uid(S, T)) { xid name }
			}`
			if tt.from == "" {
				q = `{ var(func: type(Event)) { S as source  T as target }  n(func: type(Actor)) { A as uid }  m(func: uid(S, T, A)) { xid name } }`
			}
			var want struct{ N, M []struct{ XID, Name string } }
			query(t, st, q, win, &want)
			if tt.from == "" {
				want.N = want.M
			}
			names := map[string]string{}
			for _, n := range want.N {
				names[n.XID] = n.Name
			}
			if len(g.Graph.Nodes) != len(names) || stats.Nodes != len(names) {
				t.Errorf("%d nodes (stats %d), want %d", len(g.Graph.Nodes), stats.Nodes, len(names))
			}
			seen := map[string]bool{}
			for _, n := range g.Graph.Nodes {
				d := dataMap(t, n.Data)
				for k := range d {
					if keys[k] != "node" {
						t.Errorf("node %s: data %s not declared for nodes", n.ID, k)
					}
				}
				if seen[n.ID] {
					t.Errorf("node %s twice", n.ID)
				}
				seen[n.ID] = true
				if wantName, ok := names[n.ID]; !ok || d["label"] != wantName {
					t.Errorf("node %s label %q, want %q (in graph: %v)", n.ID, d["label"], wantName, ok)
				}
			}
			if tt.name == "all" && !seen[frontID] {
				t.Errorf("the front %q is not a node", frontID)
			}

			// Edges: one per source->target, counts as DQL counts them.
			total := 0
			for _, e := range g.Graph.Edges {
				if !seen[e.Source] || !seen[e.Target] {
					t.Errorf("edge %s->%s: an end is not a node", e.Source, e.Target)
				}
				d := dataMap(t, e.Data)
				for k := range d {
					if keys[k] != "edge" {
						t.Errorf("edge %s->%s: data %s not declared for edges", e.Source, e.Target, k)
					}
				}
				var ev struct {
					E []struct {
						QuadClass int     `json:"quad_class"`
						Goldstein float64 `json:"goldstein"`
					}
				}
				query(t, st, `query q($s: string, $t: string, $from: string, $to: string) {
					var(func: eq(xid, $s)) { E as ~source }
					var(func: eq(xid, $t)) { F as ~target }
					e(func: uid(E)) @filter(uid(F) AND ge(date, $from) AND le(date, $to)) { quad_class goldstein }
				}`, map[string]string{"s": e.Source, "t": e.Target, "from": win["from"], "to": win["to"]}, &ev)
				if tt.from == "" { // undated events count too
					query(t, st, `query q($s: string, $t: string) {
						var(func: eq(xid, $s)) { E as ~source }
						var(func: eq(xid, $t)) { F as ~target }
						e(func: uid(E)) @filter(uid(F)) { quad_class goldstein }
					}`, map[string]string{"s": e.Source, "t": e.Target}, &ev)
				}
				var quad [5]int
				sum := 0.0
				for _, x := range ev.E {
					quad[x.QuadClass]++
					sum += x.Goldstein
				}
				atoi := func(k string) int { n, _ := strconv.Atoi(d[k]); return n }
				if atoi("events") != len(ev.E) || d["weight"] != d["events"] {
					t.Errorf("edge %s->%s: %s events (weight %s), want %d", e.Source, e.Target, d["events"], d["weight"], len(ev.E))
				}
				for i, k := range []string{"", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"} {
					if i > 0 && atoi(k) != quad[i] {
						t.Errorf("edge %s->%s: %s %d, want %d", e.Source, e.Target, k, atoi(k), quad[i])
					}
				}
				if got, _ := strconv.ParseFloat(d["goldstein_sum"], 64); math.Abs(got-sum) > 1e-9 {
					t.Errorf("edge %s->%s: goldstein_sum %s, want %v", e.Source, e.Target, d["goldstein_sum"], sum)
				}
				total += len(ev.E)
			}
			if stats.Edges != len(g.Graph.Edges) {
				t.Errorf("stats say %d edges, the file has %d", stats.Edges, len(g.Graph.Edges))
			}
			// Every event with a source and a target is in some edge.
			var all struct{ N []struct{ N int } }
			if tt.from != "" {
				query(t, st, `query q($from: string, $to: string) { n(func: between(date, $from, $to)) @filter(type(Event) AND has(source) AND has(target)) { n: count(uid) } }`, win, &all)
			} else {
				query(t, st, `{ n(func: type(Event)) @filter(has(source) AND has(target)) { n: count(uid) } }`, nil, &all)
			}
			if len(all.N) != 1 || all.N[0].N != total || total == 0 {
				t.Errorf("edges hold %d events, the graph has %+v with both ends", total, all.N)
			}
		})
	}
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
