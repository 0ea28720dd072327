package graph

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/dgraph-io/dgo/v230/protos/api"

	"github.com/geokg/geokg/extract"
)

// One agreement, one node.
//
// Extraction keys an agreement by what one article says of it (its
// acronym, its name, or for a description the states and topic it names),
// so two outlets naming one agreement two ways ("the Joint Comprehensive
// Plan of Action", "the Iran nuclear deal") give two keys. Before a batch
// is written, resolveAgreements settles which node each of its agreements
// is, from the batch and the agreements stored under the same names:
//
//   - agreements sharing a name or alias (lower-cased, without "the") are
//     one agreement;
//   - a described agreement (extract.Entity.Described) is the named
//     agreement that shares one of its descriptors ("iran nuclear
//     agreement"), when exactly one named agreement (with the agreements
//     sharing its names) does; named agreements never join by descriptors
//     (two treaties of the same two states on arms are two treaties);
//   - the node of such a group is its best member: a named one before a
//     described one, then the shortest key (an acronym's), then the
//     smallest. A stored member with another
//     key is relabelled to that key (its xid, and the xids, keys and
//     reports of its events, relations and mentions, which name it), and
//     the batch's documents are written with that key.
//
// The best member of a group that only grows never gets worse, so the
// graph ends with the same node and key whatever the order the articles
// came in; when the node it joins is stored (two outlets' reports of one
// withdrawal already stored under each name), the events and relations
// that become one are merged (the reports move, the key's events are
// derived again in the batch's transaction). Limits: a description that
// shares descriptors with two named agreements joins neither, and one
// joined to a named agreement before a second one with that descriptor
// came stays joined; only agreements sharing a name with the batch's are
// read (one hop).
//
// An acronym that its article never expands ("withdrew from the JCPOA") is
// an organization to extraction (org:jcpoa, no country, code or sector).
// It is the agreement known by that acronym (a name, an alias, or the
// acronym its key is made of) when that agreement has a formal name of
// three words or more, stored before or after it: the organization's node
// then becomes the Agreement node, and its events' reports are coded as
// an agreement's (kind, and the event's agreement when it is the target
// or object), as extraction codes an agreement it knows. Only events are
// converted: a relation extraction made of the organization keeps its
// type.

// agrGroupMember is an agreement of the batch or the graph.
type agrGroupMember struct {
	id        string
	uid       string // stored node, "" for one only in the batch
	described bool
	// org: an organization known only by an acronym no dictionary has
	// ("withdrew from the JCPOA" in an article that never expands it):
	// the agreement of that acronym when there is one.
	org bool
	// expanded: an agreement with a formal name of three words or more,
	// which an acronym organization may join ("WRU charter", a body's
	// charter, may not take the body).
	expanded bool
	names    []string // AgreementName xids of its names and aliases
	descs    []string // AgreementName xids of its descriptors
}

// acronymOrg reports whether e is an organization known only by an
// acronym that extraction found by shape: no country, code or sector.
func acronymOrg(e extract.Entity) bool {
	return e.Kind == extract.KindOrganization && e.Country == "" && e.Code == "" && e.Sector == "" &&
		e.ID == "org:"+strings.ToLower(e.Name) && isAcronym(e.Name)
}

// keyAcronymName is the AgreementName xid of the acronym an agreement's
// key is made of (agreement:cspa, from "Caspian Sturgeon Protection
// Accord": "cspa"), so that an article that gives only the acronym meets
// it; nil for a key of words.
func keyAcronymName(id string) []string {
	if a := keyAcronym(id); a != "" {
		return []string{agreementNameXID(a)}
	}
	return nil
}

// keyAcronym is the acronym an agreement's key is made of, lower-cased;
// "" for a key of words. The writer links the node to its AgreementName.
func keyAcronym(id string) string {
	a, ok := strings.CutPrefix(id, "agreement:")
	if !ok || !isAcronym(strings.ToUpper(a)) {
		return ""
	}
	return a
}

// formalName reports whether one of names has three words or more, the
// parts of a hyphenated word counted ("Trans-Pacific Partnership").
func formalName(names []string) bool {
	return slices.ContainsFunc(names, func(n string) bool {
		return len(strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' })) >= 3
	})
}

// isAcronym reports whether s is two to eight capital letters.
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for _, c := range s {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// resolveAgreements returns docs with each agreement keyed by the node it
// is (see above), relabelling stored agreements first; docs themselves are
// not modified.
func (s *Store) resolveAgreements(ctx context.Context, docs []extract.Document) ([]extract.Document, []string, error) {
	members := map[string]*agrGroupMember{}
	for _, d := range docs {
		for _, e := range d.Entities {
			if acronymOrg(e) {
				if members[e.ID] == nil {
					members[e.ID] = &agrGroupMember{id: e.ID, org: true, names: []string{agreementNameXID(e.Name)}}
				}
				continue
			}
			if e.Kind != extract.KindAgreement || e.ID == "" {
				continue
			}
			m := members[e.ID]
			if m == nil {
				m = &agrGroupMember{id: e.ID, described: e.Described, names: keyAcronymName(e.ID)}
				members[e.ID] = m
			}
			m.described = m.described && e.Described
			m.expanded = m.expanded || formalName(append([]string{e.Name}, e.Aliases...))
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if x := agreementNameXID(n); x != "" && !slices.Contains(m.names, x) {
					m.names = append(m.names, x)
				}
			}
			for _, n := range e.Descriptors {
				if x := agreementNameXID(n); x != "" && !slices.Contains(m.descs, x) {
					m.descs = append(m.descs, x)
				}
			}
		}
	}
	if len(members) == 0 {
		return docs, nil, nil
	}
	if err := s.readAgreementGroups(ctx, members); err != nil {
		return nil, nil, err
	}
	canon := agreementCanon(members)
	uids := map[string]string{}
	for id, m := range members {
		uids[id] = m.uid
	}
	relabel := func(id, to, toUID string) ([]string, string, error) {
		return s.relabelNode(ctx, uids[id], id, to, toUID, members[to].described, members[id].org)
	}
	rename := func(d extract.Document, ren map[string]string) extract.Document {
		return renameAgreementsIn(d, ren, func(id string) bool { return members[id] != nil && members[id].described },
			func(id string) bool { return members[id] != nil && members[id].org })
	}
	return settleGroups(docs, canon, uids, relabel, rename)
}

// settleGroups relabels each stored member (uids) whose key is not its
// group's node (canon), in key order, the first relabelled becoming the
// node when it was not stored, and returns docs written by rename under
// the nodes' keys, with the "key|year" the relabels ask to derive again.
func settleGroups(docs []extract.Document, canon, uids map[string]string,
	relabel func(id, to, toUID string) ([]string, string, error),
	rename func(extract.Document, map[string]string) extract.Document) ([]extract.Document, []string, error) {
	var moves []string
	for id, c := range canon {
		if uids[id] != "" && id != c {
			moves = append(moves, id)
		}
	}
	slices.Sort(moves)
	var rederive []string
	for _, id := range moves {
		c := canon[id]
		kys, node, err := relabel(id, c, uids[c])
		if err != nil {
			return nil, nil, err
		}
		uids[c] = node // the first stored member relabelled is the node from now on
		rederive = append(rederive, kys...)
	}
	ren := map[string]string{}
	for id, c := range canon {
		if id != c {
			ren[id] = c
		}
	}
	if len(ren) == 0 {
		return docs, rederive, nil
	}
	out := make([]extract.Document, len(docs))
	for i, d := range docs {
		out[i] = rename(d, ren)
	}
	return out, rederive, nil
}

// readAgreementGroups adds to members the stored agreements known by the
// names and descriptors of the batch's, and marks the batch's that are
// stored, with their names and descriptors as the graph holds them.
func (s *Store) readAgreementGroups(ctx context.Context, members map[string]*agrGroupMember) error {
	var ids, names []string
	for id, m := range members {
		ids = append(ids, id)
		if m.org {
			// The agreement keyed by that acronym.
			ids = append(ids, "agreement:"+strings.TrimPrefix(id, "org:"))
		}
		names = append(names, m.names...)
		names = append(names, m.descs...)
	}
	slices.Sort(ids)
	slices.Sort(names)
	names = slices.Compact(names)
	// Organizations stored under an acronym one of the batch's agreements
	// is known by.
	var orgs []string
	for _, n := range names {
		if a, ok := strings.CutPrefix(n, "agreement-name:"); ok && isAcronym(strings.ToUpper(a)) {
			orgs = append(orgs, "org:"+a)
		}
	}
	const fields = `uid xid name aliases described known_as { xid }`
	var qv qvars
	blocks := fmt.Sprintf(`  a(func: eq(xid, %s)) @filter(type(Agreement)) { %s }
  n(func: eq(xid, %s)) @filter(type(AgreementName)) { ~known_as @filter(type(Agreement)) { %s } }
`, qv.list(ids), fields, qv.list(names), fields)
	if len(orgs) > 0 {
		blocks += fmt.Sprintf("  o(func: eq(xid, %s)) @filter(type(Actor) AND eq(kind, %q) AND NOT has(country) AND NOT has(actor_code) AND NOT has(sector)) { uid xid name }\n",
			qv.list(orgs), extract.KindOrganization)
	}
	q := qv.query(blocks)
	resp, err := s.dg.NewReadOnlyTxn().QueryWithVars(ctx, q, qv.vars)
	if err != nil {
		return fmt.Errorf("read the agreements of the batch: %w", dgraphErr(err))
	}
	type stored struct {
		UID       string   `json:"uid"`
		XID       string   `json:"xid"`
		Name      string   `json:"name"`
		Aliases   []string `json:"aliases"`
		Described bool     `json:"described"`
		KnownAs   []struct {
			XID string `json:"xid"`
		} `json:"known_as"`
	}
	var out struct {
		A []stored `json:"a"`
		N []struct {
			Agreements []stored `json:"~known_as"`
		} `json:"n"`
		O []stored `json:"o"`
	}
	if err := json.Unmarshal(resp.GetJson(), &out); err != nil {
		return fmt.Errorf("read the agreements of the batch: decode: %w", err)
	}
	for _, o := range out.O {
		if !isAcronym(o.Name) || o.XID != "org:"+strings.ToLower(o.Name) {
			continue
		}
		m := members[o.XID]
		if m == nil {
			m = &agrGroupMember{id: o.XID, org: true, names: []string{agreementNameXID(o.Name)}}
			members[o.XID] = m
		}
		m.uid = o.UID
	}
	all := out.A
	for _, n := range out.N {
		all = append(all, n.Agreements...)
	}
	for _, a := range all {
		m := members[a.XID]
		if m == nil {
			m = &agrGroupMember{id: a.XID, described: a.Described, names: keyAcronymName(a.XID)}
			members[a.XID] = m
		}
		m.uid = a.UID
		m.described = m.described && a.Described
		m.expanded = m.expanded || formalName(append([]string{a.Name}, a.Aliases...))
		own := map[string]bool{}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if x := agreementNameXID(n); x != "" {
				own[x] = true
				if !slices.Contains(m.names, x) {
					m.names = append(m.names, x)
				}
			}
		}
		for _, k := range a.KnownAs {
			if !own[k.XID] && !slices.Contains(m.descs, k.XID) {
				m.descs = append(m.descs, k.XID)
			}
		}
	}
	return nil
}

// agreementCanon maps each member to the key of its group's node.
func agreementCanon(members map[string]*agrGroupMember) map[string]string {
	ids := make([]string, 0, len(members))
	for id := range members {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if p, ok := parent[x]; ok && p != x {
			r := find(p)
			parent[x] = r
			return r
		}
		return x
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		if ra != rb {
			parent[max(ra, rb)] = min(ra, rb)
		}
	}
	// Shared names; an acronym organization only with an agreement that
	// has a formal name.
	byName := map[string][]string{}
	for _, id := range ids {
		for _, n := range members[id].names {
			byName[n] = append(byName[n], id)
		}
	}
	for _, n := range slices.Sorted(maps.Keys(byName)) {
		list := byName[n]
		first := ""
		for _, id := range list {
			if members[id].org {
				continue
			}
			if first == "" {
				first = id
			} else {
				union(first, id)
			}
		}
		for _, id := range list {
			if !members[id].org {
				continue
			}
			for _, a := range list {
				if m := members[a]; !m.org && m.expanded {
					union(id, a)
					break
				}
			}
		}
	}
	// A description joins the one named group that shares a descriptor.
	owners := map[string][]string{} // descriptor -> roots of named groups
	for _, id := range ids {
		if m := members[id]; !m.described && !m.org {
			for _, d := range m.descs {
				owners[d] = append(owners[d], find(id))
			}
		}
	}
	named := map[string]bool{}
	for _, id := range ids {
		if m := members[id]; !m.described && !m.org {
			named[find(id)] = true
		}
	}
	var joins [][2]string
	for _, id := range ids {
		m := members[id]
		if !m.described || named[find(id)] {
			continue
		}
		var roots []string
		for _, d := range append(slices.Clone(m.descs), m.names...) {
			roots = append(roots, owners[d]...)
		}
		slices.Sort(roots)
		if roots = slices.Compact(roots); len(roots) == 1 {
			joins = append(joins, [2]string{id, roots[0]})
		}
	}
	for _, j := range joins {
		union(j[0], j[1])
	}
	groups := map[string][]string{}
	for _, id := range ids {
		groups[find(id)] = append(groups[find(id)], id)
	}
	canon := map[string]string{}
	for _, g := range groups {
		rank := func(id string) int {
			switch m := members[id]; {
			case m.org:
				return 2
			case m.described:
				return 1
			}
			return 0
		}
		best := slices.MinFunc(g, func(a, b string) int {
			if ra, rb := rank(a), rank(b); ra != rb {
				return cmp.Compare(ra, rb)
			}
			// An acronym's key before a name's.
			return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(a, b))
		})
		for _, id := range g {
			canon[id] = best
		}
	}
	return canon
}

// relabelNode gives the stored agreement or organization uid (key from)
// the key to,
// with the events, relations and mentions that name it. When to is stored
// too (toUID), the node is merged into it: what pointed to it points to
// to, its names are to's, and it is deleted; an event or relation that
// becomes one of to's (the same xid) is merged into it (its reports move
// there and it is deleted). It returns the "key|year" of the events whose
// key is now one of to's, for the batch to derive again (their reports
// may now form other events with to's).
func (s *Store) relabelNode(ctx context.Context, uid, from, to, toUID string, toDescribed, fromOrg bool) ([]string, string, error) {
	type mention struct {
		UID    string `json:"uid"`
		XID    string `json:"xid"`
		Coding string `json:"coding"`
	}
	type node struct {
		UID          string    `json:"uid"`
		XID          string    `json:"xid"`
		EventKey     string    `json:"event_key"`
		KeyYear      string    `json:"key_year"`
		DateXID      string    `json:"date_xid"`
		EvidenceFrom string    `json:"evidence_from"`
		Mentions     []mention `json:"mentions"`
		Claims       []mention `json:"claims"`
		pred         string
	}
	// The predicates that point at an agreement, each read backwards.
	preds := []string{"source", "target", "object", "agreement", "affects", "source_for", "target_for", "reported_sources", "reported_targets", "head", "tail"}
	const fields = `{ uid xid event_key key_year date_xid evidence_from mentions { uid xid coding } claims { uid xid coding } }`
	var b strings.Builder
	b.WriteString("query q($u: string) {\n  n(func: uid($u)) {\n    name\n    aliases\n    org_names\n    known_as { uid }\n")
	for _, p := range preds {
		fmt.Fprintf(&b, "    %s: ~%s %s\n", p, p, fields)
	}
	b.WriteString("  }\n}")
	q := b.String()
	var rederive []string
	given := toUID
	err := retryAborted(ctx, writeAttempts, func() error {
		rederive = nil
		txn := s.dg.NewTxn()
		defer txn.Discard(ctx)
		toUID = given
		if toUID == "" {
			// Written meanwhile by another loader: merged into, then.
			var qv qvars
			found, err := txn.QueryWithVars(ctx, qv.query(fmt.Sprintf("  t(func: eq(xid, %s)) { uid }\n", qv.list([]string{to}))), qv.vars)
			if err != nil {
				return err
			}
			var ft struct {
				T []struct {
					UID string `json:"uid"`
				} `json:"t"`
			}
			if err := json.Unmarshal(found.GetJson(), &ft); err != nil {
				return fmt.Errorf("decode: %w", err)
			}
			for _, f := range ft.T {
				if f.UID != uid {
					toUID = f.UID
				}
			}
		}
		resp, err := txn.QueryWithVars(ctx, q, map[string]string{"$u": uid})
		if err != nil {
			return err
		}
		var out struct {
			N []map[string]json.RawMessage `json:"n"`
		}
		if err := json.Unmarshal(resp.GetJson(), &out); err != nil {
			return fmt.Errorf("decode: %w", err)
		}
		if len(out.N) == 0 {
			return nil // gone meanwhile
		}
		n0 := out.N[0]
		sub := func(v string) string { return replaceKey(v, from, to) }

		// The nodes that name it, each once, and the edges to move.
		var nodes []node
		byUID := map[string]bool{}
		var edges []node // (node, predicate) pairs pointing at it
		for _, p := range preds {
			var list []node
			if raw := n0[p]; raw != nil {
				if err := json.Unmarshal(raw, &list); err != nil {
					return fmt.Errorf("decode: %w", err)
				}
			}
			for _, n := range list {
				n.pred = p
				edges = append(edges, n)
				if !byUID[n.UID] {
					byUID[n.UID] = true
					nodes = append(nodes, n)
				}
			}
		}
		// Which new xids are taken already, and by what.
		var newXIDs []string
		for _, n := range nodes {
			if nx := sub(n.XID); nx != n.XID {
				newXIDs = append(newXIDs, nx)
			}
			for _, m := range append(n.Mentions, n.Claims...) {
				if nx := sub(m.XID); nx != m.XID {
					newXIDs = append(newXIDs, nx)
				}
			}
		}
		taken := map[string]string{} // new xid -> uid of the node holding it
		if len(newXIDs) > 0 {
			var qv qvars
			found, err := txn.QueryWithVars(ctx, qv.query(fmt.Sprintf("  x(func: eq(xid, %s)) { uid xid }\n", qv.list(newXIDs))), qv.vars)
			if err != nil {
				return err
			}
			var fx struct {
				X []struct{ UID, XID string } `json:"x"`
			}
			if err := json.Unmarshal(found.GetJson(), &fx); err != nil {
				return fmt.Errorf("decode: %w", err)
			}
			for _, f := range fx.X {
				taken[f.XID] = f.UID
			}
		}

		objs := map[string]map[string]any{}
		var sets, dels []map[string]any
		obj := func(u string) map[string]any {
			o := objs[u]
			if o == nil {
				o = map[string]any{"uid": u}
				objs[u] = o
				sets = append(sets, o)
			}
			return o
		}
		addRefs := func(u, pred string, refs ...string) {
			o := obj(u)
			list, _ := o[pred].([]map[string]any)
			for _, r := range refs {
				list = append(list, map[string]any{"uid": r})
			}
			o[pred] = list
		}
		deleted := map[string]bool{}
		seenMention := map[string]bool{}
		for _, n := range nodes {
			into := taken[sub(n.XID)]
			if into == n.UID {
				into = ""
			}
			var moved []string // its reports, now into's
			for _, m := range append(slices.Clone(n.Mentions), n.Claims...) {
				if seenMention[m.UID] {
					continue
				}
				seenMention[m.UID] = true
				nx := sub(m.XID)
				if t := taken[nx]; t != "" && t != m.UID {
					// The same report is stored under the new key: the old
					// one goes.
					dels = append(dels, map[string]any{"uid": m.UID})
					deleted[m.UID] = true
					continue
				}
				if nx != m.XID {
					obj(m.UID)["xid"] = nx
				}
				nc := sub(m.Coding)
				if fromOrg {
					nc = orgReportAsAgreement(nc, to)
				}
				if nc != m.Coding {
					obj(m.UID)["coding"] = nc
				}
				moved = append(moved, m.UID)
			}
			if n.KeyYear != "" && (toUID != "" || fromOrg) {
				rederive = append(rederive, sub(n.KeyYear))
			}
			if into != "" {
				// One of to's already: its reports join that node.
				dels = append(dels, map[string]any{"uid": n.UID})
				deleted[n.UID] = true
				var ms, cs []string
				for _, m := range n.Mentions {
					if !deleted[m.UID] {
						ms = append(ms, m.UID)
					}
				}
				for _, m := range n.Claims {
					if !deleted[m.UID] {
						cs = append(cs, m.UID)
					}
				}
				if len(ms) > 0 {
					addRefs(into, "mentions", ms...)
				}
				if len(cs) > 0 {
					addRefs(into, "claims", cs...)
				}
				continue
			}
			for pred, v := range map[string]string{"xid": n.XID, "event_key": n.EventKey, "key_year": n.KeyYear, "date_xid": n.DateXID, "evidence_from": n.EvidenceFrom} {
				if nv := sub(v); nv != v {
					obj(n.UID)[pred] = nv
				}
			}
		}
		if toUID != "" {
			// The edges to it move to the node merged into.
			for _, e := range edges {
				if deleted[e.UID] {
					continue
				}
				switch e.pred {
				case "affects", "source_for", "target_for", "reported_sources", "reported_targets":
					dels = append(dels, map[string]any{"uid": e.UID, e.pred: []map[string]any{{"uid": uid}}})
					addRefs(e.UID, e.pred, toUID)
				default:
					obj(e.UID)[e.pred] = map[string]any{"uid": toUID}
				}
			}
			// The names go to the node merged into; the node goes.
			var name string
			var aliases, orgNames []string
			var knownAs []struct {
				UID string `json:"uid"`
			}
			_ = json.Unmarshal(n0["name"], &name)
			_ = json.Unmarshal(n0["aliases"], &aliases)
			_ = json.Unmarshal(n0["known_as"], &knownAs)
			_ = json.Unmarshal(n0["org_names"], &orgNames)
			if len(orgNames) > 0 {
				// The names it was found by find the node merged into.
				obj(toUID)["org_names"] = orgNames
			}
			// The better of the two names is the node's, the other an
			// alias (as the writer settles names), so that merging X into
			// Y and Y into X give one node; the batch then settles the
			// name against the documents'.
			tr, err := txn.Query(ctx, fmt.Sprintf("{ t(func: uid(%s)) { name } }", toUID))
			if err != nil {
				return err
			}
			var tn struct {
				T []struct {
					Name string `json:"name"`
				} `json:"t"`
			}
			if err := json.Unmarshal(tr.GetJson(), &tn); err != nil {
				return fmt.Errorf("decode: %w", err)
			}
			loser := name
			if len(tn.T) > 0 && name != "" && better(name, tn.T[0].Name) {
				obj(toUID)["name"] = name
				loser = tn.T[0].Name
			}
			best := name
			if loser == name && len(tn.T) > 0 {
				best = tn.T[0].Name
			}
			al := slices.DeleteFunc(unionStrings([]string{loser}, aliases), func(a string) bool { return a == "" || a == best })
			if len(al) > 0 {
				obj(toUID)["aliases"] = al
			}
			for _, k := range knownAs {
				addRefs(toUID, "known_as", k.UID)
			}
			dels = append(dels, map[string]any{"uid": uid})
		} else {
			obj(uid)["xid"] = to
			if fromOrg {
				// The organization was the agreement all along.
				obj(uid)["dgraph.type"] = TypeAgreement
				obj(uid)["kind"] = extract.KindAgreement
				dels = append(dels, map[string]any{"uid": uid, "dgraph.type": TypeActor}, map[string]any{"uid": uid, "acronym": nil})
			}
			if !toDescribed {
				dels = append(dels, map[string]any{"uid": uid, "described": nil})
			}
		}
		// A node deleted must not be set again.
		sets = slices.DeleteFunc(sets, func(o map[string]any) bool { return deleted[o["uid"].(string)] })
		req, err := mutationJSON(sets, dels)
		if err != nil {
			return err
		}
		_, err = txn.Do(ctx, req)
		return err
	})
	if err != nil {
		return nil, "", fmt.Errorf("relabel agreement %s as %s at %s: %w", clip(from), clip(to), s.addr, dgraphErr(err))
	}
	slices.Sort(rederive)
	final := toUID
	if final == "" {
		final = uid // relabelled: the node of to from now on
	}
	return slices.Compact(rederive), final, nil
}

// orgReportAsAgreement is the report coding (an event's, as JSON) of an
// organization that turned out to be the agreement to: known as an
// agreement, and the event's agreement when it is its target or object,
// as the writer codes a report of an agreement.
func orgReportAsAgreement(coding, to string) string {
	var r report
	if json.Unmarshal([]byte(coding), &r) != nil || r.Key == "" {
		return coding // a relation's report
	}
	if _, ok := r.Kinds[to]; ok {
		r.Kinds[to] = extract.KindAgreement
	}
	if r.Agreement == "" && (r.Target == to || r.Object == to) {
		r.Agreement = to
	}
	b, err := json.Marshal(r)
	if err != nil {
		return coding
	}
	return string(b)
}

// qvars passes the values of a query as variables, never in its text.
type qvars struct {
	decl []string
	vars map[string]string
}

// list declares vs as variables and returns them as a DQL list.
func (q *qvars) list(vs []string) string {
	if q.vars == nil {
		q.vars = map[string]string{}
	}
	names := make([]string, len(vs))
	for i, v := range vs {
		name := fmt.Sprintf("$v%d", len(q.vars))
		q.decl = append(q.decl, name+": string")
		q.vars[name] = v
		names[i] = name
	}
	return "[" + strings.Join(names, ", ") + "]"
}

// query wraps the blocks in a query that declares the variables.
func (q *qvars) query(blocks string) string {
	return "query q(" + strings.Join(q.decl, ", ") + ") {\n" + blocks + "}\n"
}

// mutationJSON is one mutation of sets and deletions, committed with it.
func mutationJSON(sets, dels []map[string]any) (*api.Request, error) {
	sets, nquads := splitVariableLike(sets)
	js, err := json.Marshal(sets)
	if err != nil {
		return nil, fmt.Errorf("encode mutation: %w", err)
	}
	mu := &api.Mutation{SetJson: js, SetNquads: nquads}
	if len(dels) > 0 {
		if mu.DeleteJson, err = json.Marshal(dels); err != nil {
			return nil, fmt.Errorf("encode mutation: %w", err)
		}
	}
	return &api.Request{Mutations: []*api.Mutation{mu}, CommitNow: true}, nil
}

// replaceKey replaces the entity key from with to in v where it stands
// whole: between the start or one of | " > and the end or one of | " #.
func replaceKey(v, from, to string) string {
	if !strings.Contains(v, from) {
		return v
	}
	var b strings.Builder
	for {
		i := strings.Index(v, from)
		if i < 0 {
			b.WriteString(v)
			return b.String()
		}
		j := i + len(from)
		before := i == 0 || strings.ContainsRune(`|">`, rune(v[i-1]))
		after := j == len(v) || strings.ContainsRune(`|"#`, rune(v[j]))
		b.WriteString(v[:i])
		if before && after {
			b.WriteString(to)
		} else {
			b.WriteString(from)
		}
		v = v[j:]
	}
}

// renameAgreementsIn returns a copy of d with the agreements of ren's keys
// keyed by what ren maps them to: two of its agreements that become one
// are one entity with both names; described reports whether the node a
// key maps to is a description.
func renameAgreementsIn(d extract.Document, ren map[string]string, described, org func(string) bool) extract.Document {
	return renameAgreementsInKind(d, ren, described, org, true)
}

// renameAgreementsInKind is renameAgreementsIn; with agreements false, the
// renamed entities keep their kind (organizations, resolveorgs.go).
func renameAgreementsInKind(d extract.Document, ren map[string]string, described, org func(string) bool, agreements bool) extract.Document {
	touched := false
	for _, e := range d.Entities {
		if _, ok := ren[e.ID]; ok {
			touched = true
			break
		}
	}
	if !touched {
		return d
	}
	rn := func(id string) string {
		if to, ok := ren[id]; ok {
			return to
		}
		return id
	}
	ents := make([]extract.Entity, 0, len(d.Entities))
	at := map[string]int{}
	for _, e := range d.Entities {
		to, moved := ren[e.ID]
		if !moved {
			if k, ok := at[e.ID]; ok {
				ents[k] = mergeEntity(ents[k], e)
				continue
			}
			at[e.ID] = len(ents)
			ents = append(ents, e)
			continue
		}
		if a := keyAcronym(e.ID); agreements && a != "" && a != keyAcronym(to) {
			// The acronym its own key was made of ("Treaty on Open Skies":
			// tos) stays a name the node is known by, as it does when the
			// node was stored under that key and relabelled: the graph
			// is the same in either order.
			e.Descriptors = unionStrings(slices.Clone(e.Descriptors), []string{a})
		}
		e.ID = to
		e.Aliases = slices.Clone(e.Aliases)
		if agreements {
			e.Described = described(to)
			e.Kind = extract.KindAgreement // an acronym's organization too
		}
		if k, ok := at[to]; ok {
			ents[k] = mergeEntity(ents[k], e)
			continue
		}
		at[to] = len(ents)
		ents = append(ents, e)
	}
	d.Entities = ents
	evs := make([]extract.Event, len(d.Events))
	for i, ev := range d.Events {
		wasOrg := ev.Agreement == "" && (org(ev.Target) && ren[ev.Target] != "" || org(ev.Object) && ren[ev.Object] != "")
		ev.Source, ev.Target, ev.Object, ev.Agreement = rn(ev.Source), rn(ev.Target), rn(ev.Object), rn(ev.Agreement)
		if wasOrg {
			// An organization that is an agreement: the event is about it,
			// as extraction codes an agreement it knows.
			if _, ok := ren[d.Events[i].Target]; ok && org(d.Events[i].Target) {
				ev.Agreement = ev.Target
			} else {
				ev.Agreement = ev.Object
			}
		}
		evs[i] = ev
	}
	d.Events = evs
	rels := make([]extract.Relation, 0, len(d.Relations))
	for _, r := range d.Relations {
		r.Head, r.Tail = rn(r.Head), rn(r.Tail)
		rels = append(rels, r)
	}
	d.Relations = rels
	return d
}

// mergeEntity is a with b's names, descriptors and mentions added; the
// longer name is the name.
func mergeEntity(a, b extract.Entity) extract.Entity {
	names := append(append([]string{a.Name}, a.Aliases...), append([]string{b.Name}, b.Aliases...)...)
	name := a.Name
	if better(b.Name, a.Name) {
		name = b.Name
	}
	var aliases []string
	for _, n := range names {
		if n != "" && n != name && !slices.Contains(aliases, n) {
			aliases = append(aliases, n)
		}
	}
	a.Name, a.Aliases = name, aliases
	a.Descriptors = unionStrings(slices.Clone(a.Descriptors), b.Descriptors)
	a.Mentions = append(slices.Clone(a.Mentions), b.Mentions...)
	slices.SortFunc(a.Mentions, func(x, y extract.Span) int { return x.Start - y.Start })
	a.Described = a.Described && b.Described
	return a
}
