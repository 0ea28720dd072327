package export

import (
	"bufio"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// The queries of the network. Without a window, nodes and sources come
// straight from the indexes (has(~source) is every node some event has as
// source), so a page costs the same however many events the graph holds.
// With one, EV is the events dated in it and S and T their sources and
// targets; Dgraph refuses a variable defined and not used, hence two
// versions of each.
const (
	graphmlNodes = `{
  S as var(func: has(~source))
  T as var(func: has(~target))
  AC as var(func: type(Actor))
  n(func: uid(S, T, AC), first: %d, after: %s) { %s }
}`
	graphmlWindowNodes = `query graphml($from: string, $to: string) {
  EV as var(func: between(date, $from, $to)) @filter(type(Event))
  var(func: uid(EV)) { S as source  T as target }
  n(func: uid(S, T), first: %d, after: %s) { %s }
}`
	graphmlEdges = `{
  n(func: has(~source), first: %d, after: %s) { uid xid out: ~source @filter(has(target)) { %s } }
}`
	graphmlWindowEdges = `query graphml($from: string, $to: string) {
  EV as var(func: between(date, $from, $to)) @filter(type(Event))
  var(func: uid(EV)) { S as source }
  n(func: uid(S), first: %d, after: %s) { uid xid out: ~source @filter(uid(EV) AND has(target)) { %s } }
}`
	graphmlNodeFields  = "uid xid dgraph.type name kind actor_code country sector"
	graphmlEventFields = "date quad_class goldstein article_count target { uid xid }"
)

// graphmlKey is one attribute GraphML declares for nodes or edges.
type graphmlKey struct {
	id, domain, typ string
}

// Node keys: label is what Gephi shows; the others are geokg's predicates.
var graphmlNodeKeys = []graphmlKey{
	{"label", "node", "string"},
	{"type", "node", "string"}, // dgraph.type: Actor, or Agreement/Location when an event names one
	{"kind", "node", "string"},
	{"actor_code", "node", "string"},
	{"country", "node", "string"},
	{"sector", "node", "string"},
}

// Edge keys. weight is the number of events, the name Gephi and NetworkX's
// layouts and centralities look for.
var graphmlEdgeKeys = []graphmlKey{
	{"weight", "edge", "double"},
	{"events", "edge", "int"},
	{"verbal_cooperation", "edge", "int"},   // QuadClass 1
	{"material_cooperation", "edge", "int"}, // QuadClass 2
	{"verbal_conflict", "edge", "int"},      // QuadClass 3
	{"material_conflict", "edge", "int"},    // QuadClass 4
	{"goldstein_sum", "edge", "double"},     // of the events' Goldstein scores
	{"goldstein_mean", "edge", "double"},    // goldstein_sum / events
	{"articles", "edge", "int"},             // sum of the events' article_count
	{"first_date", "edge", "string"},        // YYYY-MM-DD of the earliest dated event
	{"last_date", "edge", "string"},         // and of the latest
}

// dyad sums the events from one source to one target.
type dyad struct {
	target      string
	events      int
	quad        [5]int // by QuadClass 1..4; 0 for events without one
	goldstein   float64
	articles    int
	first, last string
}

// WriteGraphML writes the actor network as GraphML: a node per actor (and
// per agreement or location an event has as source or target) and a
// directed edge per dyad, source to target, with its events counted by
// QuadClass and its Goldstein sum. Without a window every actor is a node,
// with or without events; with one, only the sources and targets of events
// dated in it, and edges count only those events. Events without a source
// or target are not in the network.
//
// Nodes are read a page at a time; edges are summed one page of source
// actors at a time, so memory is bounded by the events of a page of
// actors.
func WriteGraphML(ctx context.Context, q Querier, w io.Writer, opts Options) (Stats, error) {
	opts.applyDefaults()
	nodeDQL, edgeDQL := graphmlNodes, graphmlEdges
	var vars map[string]string
	if opts.windowed() {
		nodeDQL, edgeDQL = graphmlWindowNodes, graphmlWindowEdges
		vars = opts.vars()
	}

	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range slices.Concat(graphmlNodeKeys, graphmlEdgeKeys) {
		fmt.Fprintf(bw, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", k.id, k.domain, k.id, k.typ)
	}
	bw.WriteString(`  <graph id="geokg" edgedefault="directed">` + "\n")

	var st Stats
	nodeQuery := func(after string, first int) string {
		return fmt.Sprintf(nodeDQL, first, after, graphmlNodeFields)
	}
	err := paginate(ctx, q, vars, opts.PageSize, "n", nodeQuery, func(nodes []json.RawMessage) error {
		for _, raw := range nodes {
			var n struct {
				UID, XID, Name, Kind, Country, Sector string
				Types                                 []string `json:"dgraph.type"`
				Code                                  string   `json:"actor_code"`
			}
			if err := json.Unmarshal(raw, &n); err != nil {
				return fmt.Errorf("decode node: %w", err)
			}
			bw.WriteString("    <node id=\"")
			xmlEscape(bw, nodeID(n.XID, n.UID))
			bw.WriteString("\">")
			for _, d := range [][2]string{{"label", n.Name}, {"type", strings.Join(n.Types, " ")}, {"kind", n.Kind},
				{"actor_code", n.Code}, {"country", n.Country}, {"sector", n.Sector}} {
				writeData(bw, d[0], d[1])
			}
			bw.WriteString("</node>\n")
			st.Nodes++
		}
		return bw.Flush() // a write error (a closed pipe) stops the export here
	})
	if err != nil {
		return st, fmt.Errorf("export graphml: nodes: %w", err)
	}

	edgeQuery := func(after string, first int) string {
		return fmt.Sprintf(edgeDQL, first, after, graphmlEventFields)
	}
	// A hub's events all come in one page; fewer sources a page keeps that
	// page small. 100 is still few round trips for a network of thousands.
	edgePage := max(1, opts.PageSize/10)
	err = paginate(ctx, q, vars, edgePage, "n", edgeQuery, func(nodes []json.RawMessage) error {
		for _, raw := range nodes {
			var n struct {
				UID, XID string
				Out      []struct {
					Date         string
					QuadClass    int     `json:"quad_class"`
					Goldstein    float64 `json:"goldstein"`
					ArticleCount int     `json:"article_count"`
					Target       struct{ UID, XID string }
				}
			}
			if err := json.Unmarshal(raw, &n); err != nil {
				return fmt.Errorf("decode events: %w", err)
			}
			byTarget := map[string]*dyad{}
			for _, e := range n.Out {
				t := nodeID(e.Target.XID, e.Target.UID)
				d := byTarget[t]
				if d == nil {
					d = &dyad{target: t}
					byTarget[t] = d
				}
				d.events++
				if e.QuadClass >= 1 && e.QuadClass <= 4 {
					d.quad[e.QuadClass]++
				}
				d.goldstein += e.Goldstein
				d.articles += e.ArticleCount
				if len(e.Date) >= 10 {
					day := e.Date[:10]
					if d.first == "" || day < d.first {
						d.first = day
					}
					if day > d.last {
						d.last = day
					}
				}
			}
			src := nodeID(n.XID, n.UID)
			for _, t := range slices.Sorted(maps.Keys(byTarget)) {
				d := byTarget[t]
				st.Edges++
				fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"", st.Edges)
				xmlEscape(bw, src)
				bw.WriteString("\" target=\"")
				xmlEscape(bw, d.target)
				bw.WriteString("\">")
				writeData(bw, "weight", strconv.Itoa(d.events))
				writeData(bw, "events", strconv.Itoa(d.events))
				writeData(bw, "verbal_cooperation", strconv.Itoa(d.quad[1]))
				writeData(bw, "material_cooperation", strconv.Itoa(d.quad[2]))
				writeData(bw, "verbal_conflict", strconv.Itoa(d.quad[3]))
				writeData(bw, "material_conflict", strconv.Itoa(d.quad[4]))
				writeData(bw, "goldstein_sum", formatFloat(d.goldstein))
				writeData(bw, "goldstein_mean", formatFloat(d.goldstein/float64(d.events)))
				writeData(bw, "articles", strconv.Itoa(d.articles))
				writeData(bw, "first_date", d.first)
				writeData(bw, "last_date", d.last)
				bw.WriteString("</edge>\n")
			}
		}
		return bw.Flush()
	})
	if err != nil {
		return st, fmt.Errorf("export graphml: edges: %w", err)
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("export graphml: %w", err)
	}
	return st, nil
}

// nodeID is a node's GraphML id: its xid, or its uid for a node without one
// (geokg writes none, but the id must be unique whatever the graph holds).
func nodeID(xid, uid string) string {
	if xid != "" {
		return xid
	}
	return "uid:" + uid
}

// writeData writes one <data> element, leaving out empty values: GraphML
// readers give a missing value the key's default, which is what an absent
// country or code is.
func writeData(bw *bufio.Writer, key, v string) {
	if v == "" {
		return
	}
	bw.WriteString(`<data key="`)
	bw.WriteString(key)
	bw.WriteString(`">`)
	xmlEscape(bw, v)
	bw.WriteString("</data>")
}

// xmlEscape writes s escaped for XML text and attribute values; characters
// XML cannot hold at all (most control characters) become U+FFFD.
func xmlEscape(w io.Writer, s string) {
	xml.EscapeText(w, []byte(s)) // a bufio.Writer's error sticks; the page's Flush returns it
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
