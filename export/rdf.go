package export

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// XSD datatypes written on typed literals. Full IRIs rather than Dgraph's
// xs: shorthand, so that RDF tools other than Dgraph read the file too;
// Dgraph's parser knows both.
const (
	xsdDateTime = "<http://www.w3.org/2001/XMLSchema#dateTime>"
	xsdInt      = "<http://www.w3.org/2001/XMLSchema#int>"
	xsdFloat    = "<http://www.w3.org/2001/XMLSchema#float>"
	xsdBoolean  = "<http://www.w3.org/2001/XMLSchema#boolean>"
)

// predicate is one predicate of the database's schema.
type predicate struct {
	Name string `json:"predicate"`
	Type string `json:"type"`
	List bool   `json:"list"`
}

// readSchema returns the database's own predicates (not Dgraph's dgraph.*),
// sorted by name. The export follows the schema in the database rather
// than geokg's, so a predicate added later is exported without a change
// here.
func readSchema(ctx context.Context, q Querier) ([]predicate, error) {
	raw, err := q.Query(ctx, "schema {}", nil)
	if err != nil {
		return nil, fmt.Errorf("read schema: %w", err)
	}
	var sch struct {
		Schema []predicate `json:"schema"`
	}
	if err := json.Unmarshal(raw, &sch); err != nil {
		return nil, fmt.Errorf("read schema: decode: %w", err)
	}
	var preds []predicate
	for _, p := range sch.Schema {
		if strings.HasPrefix(p.Name, "dgraph.") {
			continue
		}
		switch p.Type {
		case "string", "default", "int", "float", "datetime", "bool", "uid":
		default:
			return nil, fmt.Errorf("read schema: predicate %s has type %s, which the RDF export does not write", p.Name, p.Type)
		}
		preds = append(preds, p)
	}
	slices.SortFunc(preds, func(a, b predicate) int { return strings.Compare(a.Name, b.Name) })
	return preds, nil
}

// rdfWindow selects, for a date window, the events dated in it and what
// they touch: their mentions and the mentions' articles; the actors,
// locations and agreements they name (source, target, location, object,
// agreement, affects); the relations they start or end, with those
// relations' heads and tails; and every relation whose head and tail are
// both among those entities. ALL is their union; edges are written only
// when they point inside it, so the file never names a node it does not
// describe.
const rdfWindow = `
  EV as var(func: between(date, $from, $to)) @filter(type(Event))
  var(func: uid(EV)) {
    M as mentions
    S as source
    T as target
    L as location
    O as object
    G as agreement
    F as affects
    RS as ~started_by
    RE as ~ended_by
  }
  var(func: uid(M)) { A as article }
  var(func: uid(RS, RE)) { H as head  TL as tail }
  ENT as var(func: uid(S, T, L, O, G, F, H, TL))
  var(func: uid(ENT)) { RH as ~head  RT as ~tail }
  RB as var(func: uid(RH)) @filter(uid(RT))
  ALL as var(func: uid(EV, M, A, ENT, RS, RE, RB))
`

// rdfQuery returns the page query of an RDF export: every predicate of the
// schema by name, edges as the xid they point to.
func rdfQuery(preds []predicate, windowed bool) pageQuery {
	var body strings.Builder
	body.WriteString("uid dgraph.type")
	for _, p := range preds {
		if p.Type == "uid" {
			fmt.Fprintf(&body, " <%s>", p.Name)
			if windowed {
				body.WriteString(" @filter(uid(ALL))")
			}
			body.WriteString(" { xid }")
		} else {
			fmt.Fprintf(&body, " <%s>", p.Name)
		}
	}
	fields := body.String()
	return func(after string, first int) string {
		if windowed {
			return fmt.Sprintf("query export($from: string, $to: string) {%s  n(func: uid(ALL), first: %d, after: %s) { %s }\n}",
				rdfWindow, first, after, fields)
		}
		return fmt.Sprintf("{ n(func: has(xid), first: %d, after: %s) { %s } }", first, after, fields)
	}
}

// WriteRDF writes the graph as N-Quads (N-Triples, in fact: no graph
// label) that `dgraph live --upsertPredicate xid` or `dgraph bulk`, given
// geokg's schema, turn back into the same graph in an empty Dgraph.
//
// Every node with an xid is written with its dgraph.type, its xid and all
// its values; edges are written forward only (the schema's @reverse
// rebuilds ~source and the like). A node's blank-node label is its xid,
// encoded by BlankLabel into the characters a label may hold; the xid
// itself is also written as a value, since a label is not data.
//
// With a date window (Options.From, To) the file holds the events dated in
// it, their mentions and articles, the actors, locations and agreements
// they name, the relations they start or end, and the relations between
// those entities; see rdfWindow.
func WriteRDF(ctx context.Context, q Querier, w io.Writer, opts Options) (Stats, error) {
	opts.applyDefaults()
	preds, err := readSchema(ctx, q)
	if err != nil {
		return Stats{}, err
	}
	types := make(map[string]predicate, len(preds))
	for _, p := range preds {
		types[p.Name] = p
	}
	var vars map[string]string
	if opts.windowed() {
		vars = opts.vars()
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var st Stats
	var line []byte
	err = paginate(ctx, q, vars, opts.PageSize, "n", rdfQuery(preds, opts.windowed()), func(nodes []json.RawMessage) error {
		for _, raw := range nodes {
			n, err := decodeNode(raw)
			if err != nil {
				return fmt.Errorf("decode node: %w", err)
			}
			xid, _ := n["xid"].(string)
			if xid == "" {
				continue // only the windowed query can return one; nothing can name it
			}
			subj := BlankLabel(xid)
			st.Nodes++
			keys := make([]string, 0, len(n))
			for k := range n {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for _, k := range keys {
				if k == "uid" {
					continue
				}
				for _, v := range asList(n[k]) {
					line = line[:0]
					if k == "dgraph.type" {
						s, _ := v.(string)
						line = appendQuad(line, subj, k, appendLiteral(nil, s, ""))
						st.Quads++
						if _, err := bw.Write(line); err != nil {
							return err
						}
						continue
					}
					p, ok := types[k]
					if !ok {
						return fmt.Errorf("node %s: predicate %s is not in the schema", xid, k)
					}
					obj, err := rdfObject(p, v)
					if err != nil {
						return fmt.Errorf("node %s: %w", xid, err)
					}
					if obj == nil {
						continue
					}
					line = appendQuad(line, subj, k, obj)
					st.Quads++
					if p.Type == "uid" {
						st.Edges++
					}
					if _, err := bw.Write(line); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		return st, fmt.Errorf("export rdf: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("export rdf: %w", err)
	}
	return st, nil
}

// rdfObject returns the object of an N-Quad for value v of predicate p, or
// nil for an edge to a node without an xid (which the export cannot name).
func rdfObject(p predicate, v any) ([]byte, error) {
	if p.Type == "uid" {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("edge %s: unexpected value %v", p.Name, v)
		}
		x, _ := m["xid"].(string)
		if x == "" {
			return nil, nil
		}
		return []byte(BlankLabel(x)), nil
	}
	var s string
	switch v := v.(type) {
	case string:
		s = v
	case json.Number:
		s = v.String()
	case bool:
		s = fmt.Sprint(v)
	default:
		return nil, fmt.Errorf("predicate %s: unexpected value %v", p.Name, v)
	}
	switch p.Type {
	case "datetime":
		return appendLiteral(nil, s, xsdDateTime), nil
	case "int":
		return appendLiteral(nil, s, xsdInt), nil
	case "float":
		return appendLiteral(nil, s, xsdFloat), nil
	case "bool":
		return appendLiteral(nil, s, xsdBoolean), nil
	}
	return appendLiteral(nil, s, ""), nil
}

// asList returns v as a list: list predicates and [uid] edges come back from
// Dgraph as JSON arrays, single values and single edges as one value.
func asList(v any) []any {
	if l, ok := v.([]any); ok {
		return l
	}
	return []any{v}
}

func appendQuad(b []byte, subj, pred string, obj []byte) []byte {
	b = append(b, subj...)
	b = append(b, " <"...)
	b = append(b, pred...)
	b = append(b, "> "...)
	b = append(b, obj...)
	return append(b, " .\n"...)
}

// appendLiteral appends s as an N-Quads string literal, with datatype dt
// when not empty. Only what N-Quads requires is escaped (quote, backslash,
// line breaks) plus tabs and other control characters, as \t or \uXXXX;
// everything else, non-ASCII text included, is written as UTF-8.
func appendLiteral(b []byte, s, dt string) []byte {
	const hex = "0123456789ABCDEF"
	b = append(b, '"')
	for _, r := range s {
		switch {
		case r == '"':
			b = append(b, `\"`...)
		case r == '\\':
			b = append(b, `\\`...)
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\r':
			b = append(b, `\r`...)
		case r == '\t':
			b = append(b, `\t`...)
		case r < 0x20 || r == 0x7f:
			b = append(b, '\\', 'u', '0', '0', hex[r>>4], hex[r&0xf])
		default:
			b = append(b, string(r)...)
		}
	}
	b = append(b, '"')
	if dt != "" {
		b = append(b, "^^"...)
		b = append(b, dt...)
	}
	return b
}

// BlankLabel returns the blank node label ("_:...") of the node with xid x.
// ASCII letters, digits, ':' and '-' (not first) are kept, so that
// "country:USA" reads as _:country:USA; every other byte, '_' included, is
// written as '_' and two hex digits, which keeps the mapping one to one and
// the label within what both N-Quads and Dgraph's parser accept (an xid may
// hold '|', spaces, dots or non-ASCII letters).
func BlankLabel(x string) string {
	const hex = "0123456789ABCDEF"
	b := make([]byte, 0, len(x)+8)
	b = append(b, "_:"...)
	if x == "" {
		return "_:_"
	}
	for i := 0; i < len(x); i++ {
		c := x[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == ':':
			b = append(b, c)
		case c == '-' && i > 0:
			b = append(b, c)
		default:
			b = append(b, '_', hex[c>>4], hex[c&0xf])
		}
	}
	return string(b)
}
