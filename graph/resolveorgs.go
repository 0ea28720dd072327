package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/geokg/geokg/extract"
)

// One organization, one node, across articles.
//
// Extraction keys an organization it finds by its shape by its full name,
// its acronym an alias ("the Trades Union Congress (TUC)":
// org:trades-union-congress), and by the acronym when an article gives only
// that ("the TUC": org:tuc). Before a batch is written, resolveOrganizations
// joins them: an acronym-only organization (no country, code or sector) and
// the organizations, in the batch or stored, that carry that acronym as an
// alias and whose full name it abbreviates (the initials of its words, or
// of the parts of its hyphenated words; "and", "of", "for", "the", "on",
// "in" left out) are one node, keyed by the smallest full-name key, when
// those full names are one name written differently (the same words once
// function words and plural endings are left out: "Office for National
// Statistics" and "Office of National Statistics"); two different bodies
// with one acronym are left apart. Stored members under another key are
// relabelled or merged as agreements are (resolve.go), so the graph is the
// same in any load order.

// resolveNames settles the agreements, then the organizations, of docs.
func (s *Store) resolveNames(ctx context.Context, docs []extract.Document) ([]extract.Document, []string, error) {
	docs, kys, err := s.resolveAgreements(ctx, docs)
	if err != nil {
		return nil, nil, err
	}
	docs, okys, err := s.resolveOrganizations(ctx, docs)
	if err != nil {
		return nil, nil, err
	}
	return docs, append(kys, okys...), nil
}

// orgAcronym is the acronym the node of the organization e is written
// with: its name for one named by its acronym alone, else the first alias
// that abbreviates its full name; "" for others.
func orgAcronym(e extract.Entity) string {
	if acronymOrg(e) {
		return e.Name
	}
	if e.Kind != extract.KindOrganization {
		return ""
	}
	var as []string
	for _, a := range e.Aliases {
		if abbreviates(a, e.Name) {
			as = append(as, a)
		}
	}
	if len(as) == 0 {
		return ""
	}
	return slices.Min(as)
}

// abbreviates reports whether the acronym a is made of name's initials.
func abbreviates(a, name string) bool {
	return isAcronym(a) && (initials(name) == a || initials(strings.ReplaceAll(name, "-", " ")) == a)
}

// orgMember is an organization of the batch or the graph that an acronym
// or a name written another way may join.
type orgMember struct {
	id, uid, name string
	acronymOnly   bool
	acros         []string // for a full name: its aliases that abbreviate it
	sigs          []string // for one found by its shape: its names' signatures (orgNames)
}

// orgSigned reports whether e is an organization that extraction found by
// its shape, whose names join it to another written the same way
// (orgNames): an "org:" key, no sector but NGO (the dictionary's bodies
// and a state's parts have one, and their own keys), not an acronym.
func orgSigned(e extract.Entity) bool {
	return e.Kind == extract.KindOrganization && strings.HasPrefix(e.ID, "org:") && (e.Sector == "" || e.Sector == "NGO") &&
		!acronymOrg(e) && !isAcronym(e.Name)
}

// orgNames are the signatures (orgSignature) of e's name and aliases of two
// words or more, acronyms left out: what the graph stores as org_names.
// One word ("Union", "Association") names too many bodies to join by.
func orgNames(e extract.Entity) []string {
	var out []string
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if sg := extract.OrgSignature(n); !isAcronym(n) && strings.Contains(sg, " ") {
			out = append(out, sg)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// resolveOrganizations returns docs with the organizations of one acronym
// keyed by one node (see above), relabelling stored ones first.
func (s *Store) resolveOrganizations(ctx context.Context, docs []extract.Document) ([]extract.Document, []string, error) {
	members := map[string]*orgMember{}
	add := func(id, name string, aliases []string, only bool) {
		m := members[id]
		if m == nil {
			m = &orgMember{id: id, name: name, acronymOnly: only}
			members[id] = m
		}
		if !only {
			for _, a := range aliases {
				if abbreviates(a, m.name) && !slices.Contains(m.acros, a) {
					m.acros = append(m.acros, a)
				}
			}
		}
	}
	sign := func(id string, sigs []string) {
		m := members[id]
		m.sigs = append(m.sigs, sigs...)
		slices.Sort(m.sigs)
		m.sigs = slices.Compact(m.sigs)
	}
	for _, d := range docs {
		for _, e := range d.Entities {
			switch {
			case acronymOrg(e):
				add(e.ID, e.Name, nil, true)
			case e.Kind == extract.KindOrganization && strings.HasPrefix(e.ID, "org:"):
				add(e.ID, e.Name, e.Aliases, false)
				if orgSigned(e) {
					sign(e.ID, orgNames(e))
				}
			}
		}
	}
	var acros, acroXIDs, sigs []string
	for _, m := range members {
		if m.acronymOnly {
			acros = append(acros, m.name)
		}
		for _, a := range m.acros {
			acros = append(acros, a)
			acroXIDs = append(acroXIDs, "org:"+strings.ToLower(a))
		}
		sigs = append(sigs, m.sigs...)
	}
	if len(acros) == 0 && len(sigs) == 0 {
		return docs, nil, nil
	}
	slices.Sort(acros)
	acros = slices.Compact(acros)
	slices.Sort(acroXIDs)
	acroXIDs = slices.Compact(acroXIDs)
	slices.Sort(sigs)
	sigs = slices.Compact(sigs)

	// The stored full names with those acronyms, the stored
	// acronym-only organizations of the batch's full names, and the stored
	// organizations with the names of the batch's written another way.
	var qv qvars
	var blocks string
	if len(acros) > 0 {
		blocks += fmt.Sprintf("  f(func: eq(aliases, %s)) @filter(type(Actor) AND eq(kind, %q)) { uid xid name aliases }\n",
			qv.list(acros), extract.KindOrganization)
	}
	if len(sigs) > 0 {
		blocks += fmt.Sprintf("  s(func: eq(org_names, %s)) @filter(type(Actor) AND eq(kind, %q)) { uid xid name aliases org_names }\n",
			qv.list(sigs), extract.KindOrganization)
	}
	if len(acroXIDs) > 0 {
		blocks += fmt.Sprintf("  a(func: eq(xid, %s)) @filter(type(Actor) AND eq(kind, %q) AND NOT has(country) AND NOT has(actor_code) AND NOT has(sector)) { uid xid name }\n",
			qv.list(acroXIDs), extract.KindOrganization)
	}
	resp, err := s.dg.NewReadOnlyTxn().QueryWithVars(ctx, qv.query(blocks), qv.vars)
	if err != nil {
		return nil, nil, fmt.Errorf("read the organizations of the batch: %w", dgraphErr(err))
	}
	type stored struct {
		UID, XID, Name string
		Aliases        []string
		OrgNames       []string `json:"org_names"`
	}
	var out struct{ F, A, S []stored }
	if err := json.Unmarshal(resp.GetJson(), &out); err != nil {
		return nil, nil, fmt.Errorf("read the organizations of the batch: decode: %w", err)
	}
	for _, f := range out.F {
		if f.XID == "org:"+strings.ToLower(f.Name) && isAcronym(f.Name) {
			continue // an acronym-only one with an alias
		}
		add(f.XID, f.Name, f.Aliases, false)
		members[f.XID].uid = f.UID
	}
	for _, f := range out.S {
		add(f.XID, f.Name, f.Aliases, false)
		members[f.XID].uid = f.UID
		sign(f.XID, f.OrgNames)
	}
	for _, a := range out.A {
		if isAcronym(a.Name) && a.XID == "org:"+strings.ToLower(a.Name) {
			add(a.XID, a.Name, nil, true)
			members[a.XID].uid = a.UID
		}
	}

	uids := map[string]string{}
	for id, m := range members {
		uids[id] = m.uid
	}
	relabel := func(id, to, toUID string) ([]string, string, error) {
		return s.relabelNode(ctx, uids[id], id, to, toUID, true, false)
	}
	return settleGroups(docs, orgCanon(members), uids, relabel, renameEntitiesIn)
}

// orgCanon maps the members an acronym or a name joins to the key of
// their node. An acronym joins the acronym-only organization and the full
// names it abbreviates, when those are one name (orgSignature); two full
// names that share a signature are one. The members so joined, directly or
// through one another, are one node under the smallest full name's key.
func orgCanon(members map[string]*orgMember) map[string]string {
	ids := slices.Sorted(maps.Keys(members))
	parent := map[string]string{}
	find := func(x string) string {
		for parent[x] != "" {
			x = parent[x]
		}
		return x
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	byAcro := map[string][]string{}
	bySig := map[string][]string{}
	for _, id := range ids {
		m := members[id]
		if m.acronymOnly {
			byAcro[m.name] = append(byAcro[m.name], id)
		}
		for _, a := range m.acros {
			byAcro[a] = append(byAcro[a], id)
		}
		for _, sg := range m.sigs {
			bySig[sg] = append(bySig[sg], id)
		}
	}
	for _, a := range slices.Sorted(maps.Keys(byAcro)) {
		var full []string
		sigs := map[string]bool{}
		for _, id := range byAcro[a] {
			if m := members[id]; !m.acronymOnly {
				full = append(full, id)
				sigs[extract.OrgSignature(m.name)] = true
			}
		}
		if len(full) == 0 || len(sigs) > 1 {
			continue // no full name, or two bodies with one acronym
		}
		for _, id := range byAcro[a] {
			union(full[0], id)
		}
	}
	for _, list := range bySig {
		for _, id := range list[1:] {
			union(list[0], id)
		}
	}
	best := map[string]string{} // a group's smallest full-name key
	size := map[string]int{}
	for _, id := range ids {
		r := find(id)
		size[r]++
		if !members[id].acronymOnly && (best[r] == "" || id < best[r]) {
			best[r] = id
		}
	}
	canon := map[string]string{}
	for _, id := range ids {
		if r := find(id); size[r] > 1 && best[r] != "" {
			canon[id] = best[r]
		}
	}
	return canon
}

// orgFunctionWords are left out of an acronym's initials, as
// extract.OrgSignature leaves them out of a name's signature.
var orgFunctionWords = map[string]bool{"and": true, "of": true, "for": true, "the": true, "on": true, "in": true, "&": true}

// initials is the acronym of a name: the first letter of each word but
// function words, upper-cased ("Office for National Statistics": ONS).
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if orgFunctionWords[strings.ToLower(w)] {
			continue
		}
		c := w[0]
		if c < 'A' || c > 'Z' {
			return ""
		}
		b.WriteByte(c)
	}
	return b.String()
}

// renameEntitiesIn returns a copy of d with the entities of ren's keys
// keyed by what ren maps them to (two that become one are one entity with
// both names).
func renameEntitiesIn(d extract.Document, ren map[string]string) extract.Document {
	return renameAgreementsInKind(d, ren, func(string) bool { return false }, func(string) bool { return false }, false)
}
