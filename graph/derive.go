package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dgraph-io/dgo/v230/protos/api"

	"github.com/geokg/geokg/extract"
)

// What the write transaction reads back from the graph, as Dgraph returns it.
type (
	dbRef struct {
		UID   string `json:"uid"`
		XID   string `json:"xid"`
		Kind  string `json:"kind"`
		Parts []struct {
			Tail *dbRef `json:"tail"`
		} `json:"parts"`
	}
	dbMention struct {
		UID    string `json:"uid"`
		XID    string `json:"xid"`
		Coding string `json:"coding"`
	}
	dbEvent struct {
		UID             string      `json:"uid"`
		XID             string      `json:"xid"`
		Key             string      `json:"event_key"`
		Date            string      `json:"date"`
		Prec            string      `json:"date_precision"`
		Cameo           string      `json:"cameo"`
		Modality        string      `json:"modality"`
		Plover          string      `json:"plover"`
		DateSource      string      `json:"date_source"`
		AgreementStatus string      `json:"agreement_status"`
		Source          *dbRef      `json:"source"`
		Target          *dbRef      `json:"target"`
		Location        *dbRef      `json:"location"`
		Object          *dbRef      `json:"object"`
		Agreement       *dbRef      `json:"agreement"`
		Mentions        []dbMention `json:"mentions"`
		Lead            []dbMention `json:"lead"`
	}
	dbRel struct {
		UID            string `json:"uid"`
		XID            string `json:"xid"`
		RelType        string `json:"rel_type"`
		Label          string `json:"label"`
		Since          string `json:"since"`
		SincePrecision string `json:"since_precision"`
		Until          string `json:"until"`
		UntilPrecision string `json:"until_precision"`
		Evidence       string `json:"evidence"`
		StartedBy      *dbRef `json:"started_by"`
		EndedBy        *dbRef `json:"ended_by"`
		Head           *dbRef `json:"head"`
		Tail           *dbRef `json:"tail"`
		LastSeen       string `json:"last_seen"`
		EvidenceFrom   string `json:"evidence_from"`
		// Claims are only the reports that state a start or an end:
		// reading all reports would grow with every article naming a
		// prime minister. What the others contribute (the evidence, the
		// last date the relation was seen) is kept on the relation as a
		// minimum or maximum, which does not depend on the order either.
		Claims []dbMention `json:"claims"`
		Lead   []dbMention `json:"lead"`
	}
	dbScalars struct {
		XID       string   `json:"xid"`
		Name      string   `json:"name"`
		Kind      string   `json:"kind"`
		ActorCode string   `json:"actor_code"`
		Country   string   `json:"country"`
		Sector    string   `json:"sector"`
		Title     string   `json:"title"`
		URL       string   `json:"url"`
		Outlet    string   `json:"outlet"`
		Published string   `json:"published"`
		Types     []string `json:"dgraph.type"`
		Aliases   []string `json:"aliases"`
	}
	dbEntity struct {
		dbRef
		Signed          string    `json:"signed"`
		SignedPrecision string    `json:"signed_precision"`
		Status          string    `json:"status"`
		StatusSince     string    `json:"status_since"`
		StatusPrecision string    `json:"status_precision"`
		RH              []dbRel   `json:"rh"`
		RT              []dbRel   `json:"rt"`
		Events          []dbEvent `json:"ev"`
		KnownAs         []dbName  `json:"known_as"`
	}
	// dbName is an AgreementName node with the agreements known by it.
	dbName struct {
		XID        string `json:"xid"`
		Agreements []struct {
			XID string `json:"xid"`
		} `json:"~known_as"`
	}
)

const (
	refFields   = `uid xid kind parts: ~head @filter(eq(rel_type, "part_of")) { tail { uid xid kind } }`
	eventFields = `uid xid event_key date date_precision cameo modality plover date_source agreement_status
      source { ` + refFields + ` } target { uid xid kind } location { uid xid } object { uid xid kind } agreement { uid xid kind }`
	relFields = `uid xid rel_type label since since_precision until until_precision evidence
      started_by { uid xid } ended_by { uid xid } head { uid xid kind } tail { uid xid kind } last_seen evidence_from
      claims { uid xid coding } lead { uid xid }`
	// validTypes are the relations whose validity events change;
	// memberTypes those read from the body's side (roles are read there
	// by title, see fetchSnapshot).
	validTypes  = `eq(rel_type, ["member_of", "party_to", "role"])`
	memberTypes = `eq(rel_type, ["member_of", "party_to"])`
	// nameFields are an agreement's names and the agreements known by each.
	nameFields = `known_as { xid ~known_as @filter(type(Agreement)) { xid } }`
)

// snapshot is what the graph holds around a document, read inside the
// write transaction.
type snapshot struct {
	byKey map[string][]dbEvent // events of the document's keys, with their mentions
	// keyYears are the "key|year" whose events were read (keyYears()).
	keyYears map[string]bool
	rounds   int                // queries it took (SetTrace)
	events   map[string]dbEvent // events that change relations of the entities read
	rels     map[string]dbRel
	// periods are the later periods of rels left and rejoined, by the
	// xid of the relation (see computePeriods, periodXID).
	periods map[string][]dbRel
	ents    map[string]*dbEntity
	partOf  map[string][]string
	kinds   map[string]string
	// scalars are the stored names and codes of the document's entities.
	scalars  map[string]dbScalars
	offices  map[[2]string]bool // (body, title) pairs whose holders were read
	entsRead map[string]bool    // entities whose relations and events were read, found or not
	// same are, for each agreement read or written, the other agreements
	// that share one of its names, aliases or descriptors (known_as): a
	// withdrawal from one ends a party to the other (see candidates).
	same map[string]map[string]bool
	// stale are the stored reports of the plan's articles that their
	// documents no longer give (an article re-extracted, or keyed by an
	// older geokg: EventKey): they are removed, and the events of their
	// keys derived again without them (deriveEvents).
	stale map[string]dbMention
	// staleReports are the stale reports decoded, and articleMentions the
	// coded mentions of the plan's articles as read.
	staleReports    []report
	articleMentions []dbMention
	// named are the agreements known by each AgreementName read.
	named map[string][]string
}

// link records that agreements a and b share a name.
func (s *snapshot) link(a, b string) {
	if a == b || a == "" || b == "" {
		return
	}
	for _, x := range [][2]string{{a, b}, {b, a}} {
		if s.same[x[0]] == nil {
			s.same[x[0]] = map[string]bool{}
		}
		s.same[x[0]][x[1]] = true
	}
}

// linkPlan links the document's agreements to those, stored or written
// with them, that share a name.
func (s *snapshot) linkPlan(p *plan) {
	byName := map[string][]string{}
	for x, ns := range p.agrNames {
		for _, n := range ns {
			byName[n] = append(byName[n], x)
		}
	}
	for n, xs := range byName {
		for _, x := range xs {
			for _, y := range append(slices.Clone(xs), s.named[n]...) {
				s.link(x, y)
			}
		}
	}
}

// siblingsComplete says whether every agreement sharing a name with x
// was read, so that the withdrawals from them are known.
func (s *snapshot) siblingsComplete(x string) bool {
	for y := range s.same[x] {
		if !s.entsRead[y] {
			return false
		}
	}
	return true
}

// complete says whether everything r's validity depends on was read, so
// that recomputing it cannot lose what another article established. A
// relation read only as context (a holder of a title, a member read
// through another's body) is left as it is unless it is complete.
func (s *snapshot) complete(r *relInfo) bool {
	switch r.Type {
	case extract.RelMemberOf, extract.RelPartyTo:
		return s.entsRead[r.Tail] && s.siblingsComplete(r.Tail)
	case extract.RelRole:
		return s.entsRead[r.Head] && (r.Label == "" || s.offices[[2]string{r.Tail, r.Label}])
	}
	return r.InDoc
}

type querier interface {
	QueryWithVars(ctx context.Context, q string, vars map[string]string) (*api.Response, error)
}

// focus lists the entities whose relations and agreement status the
// document may change: the ends of its relations and everyone involved in
// its reports of acts that change relations or agreements.
func (p *plan) focus() []string {
	set := map[string]bool{}
	for _, r := range p.relations {
		set[r.Head], set[r.Tail] = true, true
	}
	for _, r := range p.reports {
		c := &cluster{Reports: []report{r}}
		f := eventFacts{Cameo: r.Cameo, Modality: r.Modality, Source: r.Source, Target: r.Target,
			Object: r.Object, Agreement: r.Agreement, Trigger: r.Trigger}
		if _, st := agreementStatus(c, f); st == "" && changeOf(r.Cameo, r.Modality, r.Kinds[r.Source]) == "" && r.Agreement == "" {
			continue
		}
		for _, x := range []string{r.Source, r.Target, r.Object, r.Agreement} {
			set[x] = true
		}
	}
	// Every agreement of the document: a name it shares with another
	// joins their parties' validity (snapshot.same).
	for x := range p.agrNames {
		set[x] = true
	}
	delete(set, "")
	return slices.Sorted(maps.Keys(set))
}

// readSet is what one round of fetchSnapshot reads.
type readSet struct {
	keys     []string    // the document's event keys
	keyYears []string    // "key|year": the key's events dated in that year, with their mentions
	reports  []string    // the document's report mentions: the events holding them
	ents     []string    // entities: their memberships, parties, roles and the events that change them
	rels     []string    // relations by xid, with their claims
	scalars  []string    // entities whose names and codes are settled (settleEntities)
	offices  [][2]string // (body, title): every holder of the title there, for successions
	names    []string    // AgreementName xids: the agreements known by them
	agrs     []string    // agreements among ents: their names are read too
	articles []string    // the plan's articles: their stored reports (snapshot.stale)
}

// fetchSnapshot reads, in two rounds, the events of the document's keys,
// the relations of its focus entities and the events that change them,
// then the same for the far ends of those relations (a membership read
// through its member needs the withdrawals from its organization, a role
// read through its holder the other holders of the title).
//
// Roles are read by body and title, not all roles of a body: a country
// has hundreds of office holders, and only the holders of one title can
// succeed each other.
func fetchSnapshot(ctx context.Context, q querier, p *plan) (*snapshot, error) {
	s := &snapshot{byKey: map[string][]dbEvent{}, keyYears: map[string]bool{}, events: map[string]dbEvent{}, rels: map[string]dbRel{}, periods: map[string][]dbRel{},
		ents: map[string]*dbEntity{}, partOf: map[string][]string{}, kinds: map[string]string{},
		scalars: map[string]dbScalars{}, offices: map[[2]string]bool{}, entsRead: map[string]bool{},
		same: map[string]map[string]bool{}, named: map[string][]string{}, stale: map[string]dbMention{}}
	keys := map[string]bool{}
	for _, r := range p.reports {
		keys[r.Key] = true
	}
	var reports []string
	for _, r := range p.reports {
		reports = append(reports, r.Mention)
	}
	slices.Sort(reports)
	// Only agreements have names to read (known_as): one more read per
	// entity costs a hub-heavy batch its share of alpha CPU.
	agreements := func(xs []string, kinds map[string]string) []string {
		var out []string
		for _, x := range xs {
			if kinds[x] == extract.KindAgreement {
				out = append(out, x)
			}
		}
		return out
	}
	first := readSet{keys: slices.Sorted(maps.Keys(keys)), reports: slices.Compact(reports), ents: p.focus(), articles: p.articles,
		keyYears: s.missingKeyYears(p.reports, p.rederive),
		rels:     slices.Sorted(maps.Keys(p.relations)), scalars: append(slices.Clone(p.articles), p.entities...)}
	first.agrs = agreements(first.ents, p.kinds)
	for _, ns := range p.agrNames {
		first.names = append(first.names, ns...)
	}
	slices.Sort(first.names)
	first.names = slices.Compact(first.names)
	for _, x := range first.rels {
		if r := p.relations[x]; r.Type == extract.RelRole && r.Label != "" {
			first.offices = append(first.offices, [2]string{r.Tail, r.Label})
		}
	}
	if err := s.read(ctx, q, first); err != nil {
		return nil, err
	}
	// The stored reports of the plan's articles that their documents no
	// longer give are stale: the events holding them, and the events of
	// their keys in the years they reach, are read to be derived again.
	docMention := make(map[string]bool, len(p.reports))
	for _, r := range p.reports {
		docMention[r.Mention] = true
	}
	allKeys := slices.Clone(first.keys)
	var staleX []string
	for _, m := range s.articleMentions {
		var r report
		if docMention[m.XID] || s.stale[m.XID].XID != "" || json.Unmarshal([]byte(m.Coding), &r) != nil || r.Key == "" {
			continue // the document's own, or a relation's
		}
		r.Mention = m.XID
		s.stale[m.XID] = m
		s.staleReports = append(s.staleReports, r)
		staleX = append(staleX, m.XID)
		if !slices.Contains(allKeys, r.Key) {
			allKeys = append(allKeys, r.Key)
		}
	}
	slices.Sort(allKeys)
	slices.Sort(staleX)
	if len(staleX) > 0 {
		if err := s.read(ctx, q, readSet{keys: allKeys, reports: staleX, keyYears: s.missingKeyYears(s.staleReports)}); err != nil {
			return nil, err
		}
	}
	// The years the stored reports bring in (an event moved by a reload,
	// a day chain over New Year) are read until none is missing.
	for {
		more := s.missingKeyYears(append(slices.Clone(p.reports), s.staleReports...))
		if len(more) == 0 {
			break
		}
		if err := s.read(ctx, q, readSet{keys: allKeys, keyYears: more}); err != nil {
			return nil, err
		}
	}
	// A relation read in the first round is recomputed, so what it
	// depends on is read in the second: for a membership or party, what
	// changes its body or agreement (its tail); for a role, what its holder
	// did (resignations) and the other holders of the title.
	var second readSet
	need := func(x string) {
		if x != "" && !s.entsRead[x] && !slices.Contains(second.ents, x) {
			second.ents = append(second.ents, x)
		}
	}
	for _, x := range slices.Sorted(maps.Keys(s.rels)) {
		r := s.rels[x]
		if r.Tail == nil || r.Head == nil {
			continue
		}
		switch r.RelType {
		case extract.RelMemberOf, extract.RelPartyTo:
			need(r.Tail.XID)
		case extract.RelRole:
			need(r.Head.XID)
			if o := [2]string{r.Tail.XID, r.Label}; r.Label != "" && !s.offices[o] && !slices.Contains(second.offices, o) {
				second.offices = append(second.offices, o)
			}
		}
	}
	// An agreement's parties are recomputed only when the agreements
	// sharing a name with it were read too (complete): read them, and
	// then those of the ones read in the second round.
	s.linkPlan(p)
	needSiblings := func() {
		for _, x := range slices.Sorted(maps.Keys(s.same)) {
			if s.entsRead[x] || p.agrNames[x] != nil {
				for _, y := range slices.Sorted(maps.Keys(s.same[x])) {
					need(y)
					if !s.entsRead[y] && !slices.Contains(second.agrs, y) {
						second.agrs = append(second.agrs, y)
					}
				}
			}
		}
	}
	needSiblings()
	kinds := maps.Clone(s.kinds)
	maps.Copy(kinds, p.kinds)
	for _, x := range agreements(second.ents, kinds) {
		if !slices.Contains(second.agrs, x) {
			second.agrs = append(second.agrs, x)
		}
	}
	if len(second.ents)+len(second.offices) > 0 {
		if err := s.read(ctx, q, second); err != nil {
			return nil, err
		}
	}
	second = readSet{}
	needSiblings()
	if len(second.ents) > 0 {
		if err := s.read(ctx, q, second); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// missingKeyYears lists the "key|year" not yet read that the events of
// the document's keys depend on. clusterReports groups a key's reports
// within a day (month, year) of each other, so the events a report can
// join or split are those dated in its year, except for a chain of days
// over New Year: a report on 1 January needs the year before (whose
// windows may reach into it), one on 31 December the year after (whose
// windows it may shift). So: the year of every report known (the
// document's and those of the events read), the year before one on
// 1 January and the year after one on 31 December.
func (s *snapshot) missingKeyYears(doc []report, extra ...[]string) []string {
	need := map[string]bool{}
	for _, kys := range extra {
		for _, ky := range kys {
			need[ky] = true
		}
	}
	add := func(r report) {
		t, prec, err := ParseDate(r.Date)
		if r.Date == "" || err != nil {
			return
		}
		y := t.Year()
		need[keyYear(r.Key, y)] = true
		if prec == extract.PrecisionDay {
			switch {
			case t.Month() == time.January && t.Day() == 1:
				need[keyYear(r.Key, y-1)] = true
			case t.Month() == time.December && t.Day() == 31:
				need[keyYear(r.Key, y+1)] = true
			}
		}
	}
	for _, r := range doc {
		add(r)
	}
	for key, evs := range s.byKey {
		for _, e := range evs {
			for _, m := range e.Mentions {
				var r report
				if json.Unmarshal([]byte(m.Coding), &r) == nil && r.Key == key {
					add(r)
				}
			}
		}
	}
	var out []string
	for ky := range need {
		if !s.keyYears[ky] {
			out = append(out, ky)
		}
	}
	slices.Sort(out)
	return out
}

// dateXID is the date_xid of an event: its stored date (RFC 3339, fixed
// width) and its xid, so that one sortable string orders events by date,
// ties by xid, as the canned queries list them. Sorting on two predicates
// made Dgraph read the xid of every event of a hub (the United States'
// 14,688 on the 100k-article graph: 110 ms of alpha CPU of 190).
func dateXID(stored, xid string) string { return stored + "|" + xid }

// undatedKey is the date_xid of an undated event: "~" sorts after every
// stored date (they begin with a digit), so one key orders an agreement's
// events, dated and undated, oldest first, ties by xid, as the queries
// say. Sorting by date then xid put the undated ones last in uid order,
// that is in load order, not by xid.
func undatedKey(xid string) string { return "~|" + xid }

// keyYear is the key_year of an event of key dated in year.
func keyYear(key string, year int) string { return fmt.Sprintf("%s|%04d", key, year) }

func (s *snapshot) read(ctx context.Context, q querier, rs readSet) error {
	keys, ents, rels, scalars := rs.keys, rs.ents, rs.rels, rs.scalars
	if len(rs.keyYears)+len(rs.reports)+len(ents)+len(rels)+len(scalars)+len(rs.offices)+len(rs.names)+len(rs.articles) == 0 {
		return nil
	}
	// Each kind of lookup is one block over a list of values: Dgraph
	// answers one eq() over a thousand xids about three times faster than
	// a thousand blocks of one each. Values travel as variables, never in
	// the query text. Every block returns the key it was looked up by
	// (xid, event_key), so the answers are sorted back by it.
	var b, decl strings.Builder
	vars := map[string]string{}
	n := 0
	list := func(vs []string) string {
		names := make([]string, len(vs))
		for i, v := range vs {
			name := "$v" + strconv.Itoa(n)
			n++
			if decl.Len() > 0 {
				decl.WriteString(", ")
			}
			decl.WriteString(name + ": string")
			vars[name] = v
			names[i] = name
		}
		return "[" + strings.Join(names, ", ") + "]"
	}
	// A key's events are read by year (key_year), only the years its
	// reports can reach (missingKeyYears), and its undated events never by
	// key: each is an event of its own report, which no other report joins
	// (clusterReports). Reading all of a key's events grew with the corpus:
	// a key such as two countries' consultations gathers thousands. The
	// events that hold the document's own reports are read through them,
	// whatever their date: a reload may move a report out of its event.
	for _, ky := range rs.keyYears {
		s.keyYears[ky] = true
	}
	if len(rs.keyYears) > 0 {
		fmt.Fprintf(&b, "  k(func: eq(key_year, %s)) { %s mentions { uid xid coding } lead { uid xid } }\n", list(rs.keyYears), eventFields)
	}
	if len(rs.reports) > 0 {
		fmt.Fprintf(&b, "  u(func: eq(xid, %s)) { ~mentions { %s mentions { uid xid coding } lead { uid xid } } }\n", list(rs.reports), eventFields)
	}
	if len(rs.articles) > 0 {
		fmt.Fprintf(&b, "  sa(func: eq(xid, %s)) { ~article @filter(has(coding)) { uid xid coding } }\n", list(rs.articles))
	}
	for _, e := range ents {
		s.entsRead[e] = true
	}
	if len(ents) > 0 {
		fmt.Fprintf(&b, "  e(func: eq(xid, %s)) { %s signed signed_precision status status_since status_precision\n"+
			"    rh: ~head @filter(%s) { %s }\n    rt: ~tail @filter(%s) { %s }\n    ev: ~affects { %s } }\n",
			list(ents), refFields, validTypes, relFields, memberTypes, relFields, eventFields)
	}
	if len(rs.agrs) > 0 {
		fmt.Fprintf(&b, "  ea(func: eq(xid, %s)) { xid %s }\n", list(rs.agrs), nameFields)
	}
	if len(rs.names) > 0 {
		fmt.Fprintf(&b, "  an(func: eq(xid, %s)) { %s }\n", list(rs.names), strings.TrimPrefix(strings.TrimSuffix(nameFields, " }"), "known_as { "))
	}
	if len(rels) > 0 {
		fmt.Fprintf(&b, "  r(func: eq(xid, %s)) { %s }\n", list(rels), relFields)
	}
	// Offices are read in one block, every title asked for at every body
	// asked for, and the pairs not asked for are dropped when decoded: a
	// block per (body, title) cost about 1 ms each, hundreds a batch.
	if len(rs.offices) > 0 {
		var bodies, titles []string
		for _, o := range rs.offices {
			s.offices[o] = true
			bodies, titles = append(bodies, o[0]), append(titles, o[1])
		}
		slices.Sort(bodies)
		slices.Sort(titles)
		fmt.Fprintf(&b, "  o(func: eq(xid, %s)) { xid rt: ~tail @filter(eq(rel_type, \"role\") AND eq(label, %s)) { %s } }\n",
			list(slices.Compact(bodies)), list(slices.Compact(titles)), relFields)
	}
	if len(scalars) > 0 {
		fmt.Fprintf(&b, "  d(func: eq(xid, %s)) { xid name kind actor_code country sector title url outlet published dgraph.type aliases }\n", list(scalars))
	}
	query := "query snapshot(" + decl.String() + ") {\n" + b.String() + "}\n"
	s.rounds++
	resp, err := q.QueryWithVars(ctx, query, vars)
	if err != nil {
		return fmt.Errorf("read the graph around the document: %w", err)
	}
	var res map[string]json.RawMessage
	if err := json.Unmarshal(resp.GetJson(), &res); err != nil {
		return fmt.Errorf("read the graph around the document: decode: %w", err)
	}
	decode := func(block string, v any) error {
		if raw := res[block]; raw != nil {
			if err := json.Unmarshal(raw, v); err != nil {
				return fmt.Errorf("read the graph around the document: decode %s: %w", block, err)
			}
		}
		return nil
	}
	var evs []dbEvent
	if err := decode("k", &evs); err != nil {
		return err
	}
	var arts []struct {
		Mentions []dbMention `json:"~article"`
	}
	if err := decode("sa", &arts); err != nil {
		return err
	}
	for _, a := range arts {
		s.articleMentions = append(s.articleMentions, a.Mentions...)
	}
	var held []struct {
		Events []dbEvent `json:"~mentions"`
	}
	if err := decode("u", &held); err != nil {
		return err
	}
	for _, h := range held {
		for _, e := range h.Events {
			if slices.Contains(keys, e.Key) {
				evs = append(evs, e)
			}
		}
	}
	for _, k := range keys {
		if _, ok := s.byKey[k]; !ok {
			s.byKey[k] = nil // read, even when none is stored
		}
	}
	for _, e := range evs {
		// Read again when it holds a report and lies in a year read.
		if !slices.ContainsFunc(s.byKey[e.Key], func(o dbEvent) bool { return o.UID == e.UID }) {
			s.byKey[e.Key] = append(s.byKey[e.Key], e)
		}
		s.event(e)
	}
	var es []*dbEntity
	if err := decode("e", &es); err != nil {
		return err
	}
	var ns []dbName
	if err := decode("an", &ns); err != nil {
		return err
	}
	var eas []dbEntity
	if err := decode("ea", &eas); err != nil {
		return err
	}
	for _, e := range eas {
		for _, n := range e.KnownAs {
			for _, a := range n.Agreements {
				s.link(e.XID, a.XID)
			}
		}
		ns = append(ns, e.KnownAs...)
	}
	for _, n := range ns {
		for _, a := range n.Agreements {
			if !slices.Contains(s.named[n.XID], a.XID) {
				s.named[n.XID] = append(s.named[n.XID], a.XID)
			}
		}
	}
	for _, e := range es {
		s.ents[e.XID] = e
		s.ref(&e.dbRef)
		for _, r := range append(e.RH, e.RT...) {
			s.rel(r)
		}
		for _, ev := range e.Events {
			s.event(ev)
		}
	}
	if len(rs.offices) > 0 {
		want := map[[2]string]bool{}
		for _, o := range rs.offices {
			want[o] = true
		}
		var os []struct {
			XID string  `json:"xid"`
			RT  []dbRel `json:"rt"`
		}
		if err := decode("o", &os); err != nil {
			return err
		}
		for _, x := range os {
			for _, r := range x.RT {
				if want[[2]string{x.XID, r.Label}] {
					s.rel(r)
				}
			}
		}
	}
	var ds []dbScalars
	if err := decode("d", &ds); err != nil {
		return err
	}
	for _, d := range ds {
		s.scalars[d.XID] = d
	}
	var rs2 []dbRel
	if err := decode("r", &rs2); err != nil {
		return err
	}
	for _, r := range rs2 {
		s.rel(r)
	}
	return nil
}

// size says how much was read, for SetTrace.
func (s *snapshot) size() string {
	evs, mentions := 0, 0
	for _, es := range s.byKey {
		evs += len(es)
		for _, e := range es {
			mentions += len(e.Mentions)
		}
	}
	claims := 0
	for _, r := range s.rels {
		claims += len(r.Claims)
	}
	return fmt.Sprintf("%d key-years, %d events of keys with %d mentions, %d other events, %d relations with %d claims, %d entities",
		len(s.keyYears), evs, mentions, len(s.events)-evs, len(s.rels), claims, len(s.ents))
}

func (s *snapshot) ref(r *dbRef) {
	if r == nil || r.XID == "" {
		return
	}
	if r.Kind != "" {
		s.kinds[r.XID] = r.Kind
	}
	for _, p := range r.Parts {
		if p.Tail != nil && p.Tail.XID != "" && !slices.Contains(s.partOf[r.XID], p.Tail.XID) {
			s.partOf[r.XID] = append(s.partOf[r.XID], p.Tail.XID)
			s.ref(p.Tail)
		}
	}
}

func (s *snapshot) event(e dbEvent) {
	for _, r := range []*dbRef{e.Source, e.Target, e.Object, e.Agreement} {
		s.ref(r)
	}
	s.events[e.XID] = e
}

func (s *snapshot) rel(r dbRel) {
	s.ref(r.Head)
	s.ref(r.Tail)
	if base, _, ok := strings.Cut(r.XID, periodMark); ok {
		if !slices.ContainsFunc(s.periods[base], func(o dbRel) bool { return o.XID == r.XID }) {
			s.periods[base] = append(s.periods[base], r)
		}
		return
	}
	s.rels[r.XID] = r
}

// periodMark separates a relation's xid from the number of a later period:
// relation:member_of|country:RUS|org:jccc|#2 is Russia's second membership.
const periodMark = "#"

// periodXID is the xid of the n-th period (n >= 2) of the relation x.
func periodXID(x string, n int) string { return x + periodMark + strconv.Itoa(n) }

func xidOfRef(r *dbRef) string {
	if r == nil {
		return ""
	}
	return r.XID
}

// contractDate turns a stored datetime back into the contract form at its
// precision ("2017-12-01T00:00:00Z", month -> "2017-12").
func contractDate(stored, prec string) string {
	if len(stored) < 10 {
		return ""
	}
	switch prec {
	case extract.PrecisionYear:
		return stored[:4]
	case extract.PrecisionMonth:
		return stored[:7]
	}
	return stored[:10]
}

// storedDate is how a contract date is stored: the datetime at the start of
// its period and the precision.
func storedDate(d string) (string, string) {
	t, prec, err := ParseDate(d)
	if err != nil {
		return "", ""
	}
	return dgraphTime(t), prec
}

// derive recomputes what the document touches (see Write) and adds it to
// the plan: event nodes, relation validity, agreement status, and the
// deletions of what they replace.
func (p *plan) derive(s *snapshot) {
	kinds := maps.Clone(s.kinds)
	maps.Copy(kinds, p.kinds)
	partOf := map[string][]string{}
	for k, v := range s.partOf {
		partOf[k] = slices.Clone(v)
	}
	for k, v := range p.partOf {
		for _, t := range v {
			if !slices.Contains(partOf[k], t) {
				partOf[k] = append(partOf[k], t)
			}
		}
	}

	p.settleEntities(s)
	evs := map[string]*evInfo{}
	for _, e := range s.events {
		evs[e.XID] = dbEventInfo(e, kinds)
	}
	p.deriveEvents(s, evs)
	p.deriveLeads(s)
	evList := slices.SortedFunc(maps.Values(evs), func(a, b *evInfo) int { return strings.Compare(a.XID, b.XID) })

	rels := p.relInfos(s)
	// A signing makes its sides parties to the agreement even when no
	// article states it as a relation.
	for _, e := range evList {
		if e.Change != changeOpen || e.AgreementID == "" {
			continue
		}
		for _, party := range partiesOf(e, kinds, partOf) {
			r := extract.Relation{Type: extract.RelPartyTo, Head: party, Tail: e.AgreementID}
			x := RelationXID(r)
			if rels[x] == nil {
				rels[x] = &relInfo{XID: x, Type: r.Type, Head: r.Head, Tail: r.Tail, Claims: map[string]relClaim{}}
			}
		}
	}
	var roles []*relInfo
	for _, r := range rels {
		if r.Type == extract.RelRole {
			roles = append(roles, r)
		}
	}
	for _, x := range slices.Sorted(maps.Keys(rels)) {
		r := rels[x]
		if !s.complete(r) {
			continue
		}
		r.Same = s.same[r.Tail]
		vs := computePeriods(r, evList, partOf, roles)
		p.writeValidity(r, vs[0])
		// Later periods are Relation nodes of their own, so that "as of"
		// and "what changed" find each; one that no longer holds is
		// removed.
		stored := map[string]dbRel{}
		for _, o := range s.periods[r.XID] {
			stored[o.XID] = o
		}
		for n := 2; n <= len(vs); n++ {
			pr := &relInfo{XID: periodXID(r.XID, n), Type: r.Type, Head: r.Head, Tail: r.Tail, Label: r.Label, InDoc: r.InDoc}
			if o, ok := stored[pr.XID]; ok {
				pr.DB = &o
				delete(stored, pr.XID)
			}
			p.writeValidity(pr, vs[n-1])
		}
		for _, x := range slices.Sorted(maps.Keys(stored)) {
			p.dels = append(p.dels, map[string]any{"uid": stored[x].UID})
		}
	}
	p.deriveAgreements(s, evList, rels, kinds)
}

// trimEntity leaves out of the mutation what the graph already holds of a
// stored entity (old): the values settleEntities kept as they were, the
// aliases and the type it has. Re-sending them changed nothing but cost
// Dgraph an index update per value (a hub actor named by every batch), and
// made every two transactions naming one actor conflict.
func trimEntity(obj map[string]any, old dbScalars) {
	for _, f := range []struct{ pred, stored string }{
		{"name", old.Name}, {"kind", old.Kind}, {"actor_code", old.ActorCode}, {"country", old.Country}, {"sector", old.Sector},
	} {
		if cur, ok := obj[f.pred].(string); ok && cur == f.stored {
			delete(obj, f.pred)
		}
	}
	if as, ok := obj["aliases"].([]string); ok {
		as = slices.DeleteFunc(slices.Clone(as), func(a string) bool { return slices.Contains(old.Aliases, a) })
		if len(as) == 0 {
			delete(obj, "aliases")
		} else {
			obj["aliases"] = as
		}
	}
	if t, ok := obj["dgraph.type"].(string); ok && slices.Contains(old.Types, t) {
		delete(obj, "dgraph.type")
	}
	delete(obj, "xid") // found by it
}

// dbEventInfo is an event read from the graph as the validity rules see it.
func dbEventInfo(e dbEvent, kinds map[string]string) *evInfo {
	in := &evInfo{XID: e.XID, Date: contractDate(e.Date, e.Prec), Source: xidOfRef(e.Source), Target: xidOfRef(e.Target),
		Object: xidOfRef(e.Object), Agree: xidOfRef(e.Agreement), AgreementStatus: e.AgreementStatus}
	in.SourceKind = kinds[in.Source]
	in.Change = changeOf(e.Cameo, e.Modality, in.SourceKind)
	switch {
	case in.Agree != "":
		in.AgreementID = in.Agree
	case in.Object != "" && kinds[in.Object] == extract.KindAgreement:
		in.AgreementID = in.Object
	case in.Target != "" && kinds[in.Target] == extract.KindAgreement:
		in.AgreementID = in.Target
	}
	return in
}

// heldReport is where a stored report hangs before the document is written.
type heldReport struct {
	event   dbEvent
	mention dbMention
}

// deriveEvents recomputes the events of every key the document reports
// from all their reports, old and new, and retires the event nodes and
// mention edges the new clustering no longer has.
func (p *plan) deriveEvents(s *snapshot, evs map[string]*evInfo) {
	byKey := map[string]map[string]report{}
	for _, r := range p.reports {
		if byKey[r.Key] == nil {
			byKey[r.Key] = map[string]report{}
		}
	}
	moved := map[string]bool{}
	for _, ky := range p.rederive {
		// A key whose reports moved here from another agreement's key:
		// its stored events hold them but were not derived from them.
		if i := strings.LastIndexByte(ky, '|'); i > 0 {
			moved[ky[:i]] = true
			if byKey[ky[:i]] == nil {
				byKey[ky[:i]] = map[string]report{}
			}
		}
	}
	for _, r := range s.staleReports {
		if byKey[r.Key] == nil {
			byKey[r.Key] = map[string]report{}
		}
	}
	oldOf := map[string]heldReport{} // mention xid -> where it hangs now
	for key := range byKey {
		for _, e := range s.byKey[key] {
			delete(evs, e.XID)
			for _, m := range e.Mentions {
				if _, gone := s.stale[m.XID]; gone {
					// A report its article no longer gives leaves the
					// event (eventLead skips it: it is in oldOf).
					p.dels = append(p.dels, map[string]any{"uid": e.UID, "mentions": []map[string]any{{"uid": m.UID}}})
					oldOf[m.XID] = heldReport{e, m}
					continue
				}
				var r report
				if json.Unmarshal([]byte(m.Coding), &r) != nil || r.Key != key {
					continue // written by an older geokg: left where it is
				}
				r.Mention = m.XID
				byKey[key][m.XID] = r
				oldOf[m.XID] = heldReport{e, m}
			}
		}
	}
	docMention := map[string]bool{}
	for _, r := range p.reports {
		byKey[r.Key][r.Mention] = r // the document's own report replaces a stored one
		docMention[r.Mention] = true
	}
	for _, key := range slices.Sorted(maps.Keys(byKey)) {
		reps := slices.SortedFunc(maps.Values(byKey[key]), func(a, b report) int { return strings.Compare(a.Mention, b.Mention) })
		kept := map[string]bool{}
		for _, c := range clusterReports(key, reps) {
			x := c.xid()
			kept[x] = true
			f := c.facts()
			if !moved[key] && unchangedEvent(s.byKey[key], x, c, docMention) {
				// Stored from exactly these reports, none of them the
				// document's: what setEvent would write is already there
				// (it is a function of the reports alone), so neither the
				// event nor its mentions are sent again.
				evs[x] = eventInfo(x, c, f)
				continue
			}
			obj, _ := p.node(x, TypeEvent)
			inDoc := map[string]bool{} // the plan's articles that report the event
			for _, r := range c.Reports {
				if docMention[r.Mention] {
					inDoc[r.Article] = true
				}
				p.node(r.Mention, TypeMention)
				addRef(obj, "mentions", p.ref(r.Mention))
				if o, ok := oldOf[r.Mention]; ok && o.event.XID != x {
					p.dels = append(p.dels, map[string]any{"uid": o.event.UID, "mentions": []map[string]any{{"uid": o.mention.UID}}})
				}
			}
			p.stats.Events += len(inDoc)
			p.setEvent(obj, c, f)
			var prev *dbEvent
			for _, e := range s.byKey[key] {
				if e.XID == x {
					prev = &e
				}
			}
			p.eventLead(obj, c, prev, oldOf)
			if prev != nil {
				// Fields the reports no longer settle are removed, not left
				// over from an earlier clustering.
				// The reported sources and targets, and the entities it
				// affects, are set anew (a mutation deletes before it
				// adds): the source a state's reports settle on can change
				// when a report comes (EventKey, facts).
				del := map[string]any{"reported_sources": nil, "reported_targets": nil, "affects": nil}
				for pred, gone := range map[string]bool{
					"plover": f.Plover == "" && prev.Plover != "", "date_source": f.DateSource == "" && prev.DateSource != "",
					"location": f.Location == "" && prev.Location != nil, "object": f.Object == "" && prev.Object != nil,
					"agreement": f.Agreement == "" && prev.Agreement != nil, "agreement_status": f.AgreementStatus == "" && prev.AgreementStatus != "",
				} {
					if gone {
						del[pred] = nil
					}
				}
				del["uid"] = prev.UID
				p.dels = append(p.dels, del)
			}
			evs[x] = eventInfo(x, c, f)
		}
		for _, e := range s.byKey[key] {
			if !kept[e.XID] {
				p.dels = append(p.dels, map[string]any{"uid": e.UID})
			}
		}
	}
	// The stale reports' Mention nodes go.
	for _, x := range slices.Sorted(maps.Keys(s.stale)) {
		p.dels = append(p.dels, map[string]any{"uid": s.stale[x].UID})
	}
}

// deriveLeads keeps each relation's lead, its report with the smallest
// xid: the smaller of the stored lead and the document's reports. Reports
// of a relation are only ever added, so the minimum depends on the set of
// reports alone, not on their order.
func (p *plan) deriveLeads(s *snapshot) {
	for _, x := range slices.Sorted(maps.Keys(p.claims)) {
		lead := ""
		for _, c := range p.claims[x] {
			if lead == "" || c.Mention < lead {
				lead = c.Mention
			}
		}
		stored := s.rels[x]
		if len(stored.Lead) == 1 && stored.Lead[0].XID <= lead {
			continue
		}
		for _, m := range stored.Lead {
			if m.XID < lead {
				lead = m.XID
			}
		}
		obj, _ := p.node(x, TypeRelation)
		obj["lead"] = []map[string]any{p.ref(lead)}
		for _, m := range stored.Lead {
			if m.XID != lead {
				p.dels = append(p.dels, map[string]any{"uid": stored.UID, "lead": []map[string]any{{"uid": m.UID}}})
			}
		}
	}
}

// eventLead keeps an event's lead, its report of least leadRank (a main
// clause's, then the first published: the sentence the canned queries
// show), as relations keep theirs: sorting the mentions of every event of
// a page cost the queries about a third of their time. The event's reports
// after this write are c's and the stored ones an older geokg wrote that
// re-clustering leaves where they are (not in oldOf), so the lead is a
// function of the reports alone.
func (p *plan) eventLead(obj map[string]any, c *cluster, prev *dbEvent, oldOf map[string]heldReport) {
	lead, best := "", ""
	var ref map[string]any
	for _, r := range c.Reports {
		if rank := r.leadRank(); best == "" || rank < best {
			lead, best, ref = r.Mention, rank, p.ref(r.Mention)
		}
	}
	var stored []dbMention
	if prev != nil {
		stored = prev.Lead
		for _, m := range prev.Mentions {
			if _, moved := oldOf[m.XID]; moved {
				continue
			}
			if rank := mentionRank(m.XID, m.Coding); best == "" || rank < best {
				lead, best, ref = m.XID, rank, map[string]any{"uid": m.UID}
			}
		}
	}
	if lead == "" || (len(stored) == 1 && stored[0].XID == lead) {
		return
	}
	obj["lead"] = []map[string]any{ref}
	for _, m := range stored {
		if m.XID != lead {
			p.dels = append(p.dels, map[string]any{"uid": prev.UID, "lead": []map[string]any{{"uid": m.UID}}})
		}
	}
}

// eventInfo is a derived event as the validity rules see it.
func eventInfo(x string, c *cluster, f eventFacts) *evInfo {
	in := &evInfo{XID: x, Date: c.Date, Source: f.Source, Target: f.Target, Object: f.Object, Agree: f.Agreement,
		AgreementID: f.AgreementID, AgreementStatus: f.AgreementStatus, SourceKind: c.kind(f.Source)}
	in.Change = changeOf(f.Cameo, f.Modality, in.SourceKind)
	return in
}

// unchangedEvent reports whether the stored events of a key hold the event
// x with exactly c's reports, none of them in the document.
func unchangedEvent(stored []dbEvent, x string, c *cluster, docMention map[string]bool) bool {
	i := slices.IndexFunc(stored, func(e dbEvent) bool { return e.XID == x })
	if i < 0 || len(stored[i].Mentions) != len(c.Reports) {
		return false
	}
	have := make(map[string]bool, len(c.Reports))
	for _, m := range stored[i].Mentions {
		have[m.XID] = true
	}
	for _, r := range c.Reports {
		if docMention[r.Mention] || !have[r.Mention] {
			return false
		}
	}
	return true
}

// setEvent fills an event node from its cluster.
func (p *plan) setEvent(obj map[string]any, c *cluster, f eventFacts) {
	obj["event_key"] = c.Key
	if c.Date != "" {
		// An event's xid holds its date or "undated", so its year never
		// changes: key_year never needs removing.
		obj["key_year"] = c.Key + "|" + c.Date[:4]
	}
	obj["cameo"] = f.Cameo
	if len(f.Cameo) >= 2 {
		obj["cameo_root"] = f.Cameo[:2]
	}
	setNonEmpty(obj, "plover", f.Plover)
	obj["quad_class"] = f.QuadClass
	obj["goldstein"] = f.Goldstein
	if c.Date != "" {
		obj["date"], obj["date_precision"] = storedDate(c.Date)
		// An event's xid holds its date, so date_xid never changes either.
		obj["date_xid"] = dateXID(obj["date"].(string), obj["xid"].(string))
		if c.Prec == extract.PrecisionDay || c.Prec == extract.PrecisionMonth {
			obj["month"] = c.Date[:7]
		}
	} else {
		// Nor does an undated event's: its xid says "undated".
		obj["date_xid"] = undatedKey(obj["xid"].(string))
	}
	setNonEmpty(obj, "date_source", f.DateSource)
	setNonEmpty(obj, "modality", f.Modality)
	setNonEmpty(obj, "agreement_status", f.AgreementStatus)
	obj["article_count"] = f.Articles
	obj["outlet_count"] = f.Outlets
	obj["source"] = p.entityRef(f.Source)
	// Reports that name a state and its organs (EventKey): the event
	// counts for each of them (counts.go).
	for _, r := range []struct {
		pred string
		ids  []string
	}{{"reported_sources", f.Sources}, {"reported_targets", f.Targets}} {
		if len(r.ids) > 1 {
			refs := make([]map[string]any, len(r.ids))
			for i, x := range r.ids {
				refs[i] = p.entityRef(x)
			}
			obj[r.pred] = refs
		}
	}
	var affects []map[string]any
	for _, r := range []struct{ pred, ref string }{
		{"target", f.Target}, {"location", f.Location}, {"object", f.Object}, {"agreement", f.Agreement},
	} {
		if r.ref != "" {
			obj[r.pred] = p.entityRef(r.ref)
		}
	}
	if changeOf(f.Cameo, f.Modality, c.kind(f.Source)) != "" || f.AgreementStatus != "" {
		seen := map[string]bool{}
		for _, x := range []string{f.Source, f.Target, f.Object, f.Agreement} {
			if x != "" && !seen[x] {
				seen[x] = true
				affects = append(affects, p.entityRef(x))
			}
		}
		obj["affects"] = affects
	}
}

// entityRef is an edge to an entity that may not be in the document (an
// object named by another article's report): it is looked up by xid and
// given no type, so its own type stays as its article wrote it.
func (p *plan) entityRef(x string) map[string]any {
	p.node(x, "")
	return p.ref(x)
}

// relInfos gathers the relations to recompute: those read from the graph
// and those of the document, with all their claims.
func (p *plan) relInfos(s *snapshot) map[string]*relInfo {
	rels := map[string]*relInfo{}
	for x, r := range s.rels {
		in := &relInfo{XID: x, Type: r.RelType, Head: xidOfRef(r.Head), Tail: xidOfRef(r.Tail), Label: r.Label,
			Claims: map[string]relClaim{}, DB: &r}
		for _, m := range r.Claims {
			var c relClaim
			if m.Coding != "" && json.Unmarshal([]byte(m.Coding), &c) == nil {
				c.Mention = m.XID
				in.Claims[m.XID] = c
			}
		}
		if r.Evidence != "" {
			in.First = relClaim{Mention: r.EvidenceFrom, Evidence: r.Evidence}
		}
		if t, err := time.Parse(time.RFC3339, r.LastSeen); err == nil {
			in.Seen = t
		}
		rels[x] = in
	}
	for x, r := range p.relations {
		in := rels[x]
		if in == nil {
			in = &relInfo{XID: x, Type: r.Type, Head: r.Head, Tail: r.Tail, Label: r.Label, Claims: map[string]relClaim{}}
			rels[x] = in
		}
		in.InDoc = true
		for _, c := range p.claims[x] {
			in.Claims[c.Mention] = c
		}
	}
	return rels
}

// writeValidity sets what computeValidity settled on a relation, writing
// only what differs from the graph unless the document states the
// relation, and removing what no longer holds.
func (p *plan) writeValidity(r *relInfo, v validity) {
	set := map[string]any{}
	var del []string
	db := r.DB
	if db == nil {
		db = &dbRel{}
	}
	field := func(pred string, has bool, c cand, old, oldPrec string) {
		if !has {
			if old != "" {
				del = append(del, pred, pred+"_precision")
			}
			return
		}
		t, prec := storedDate(c.Date)
		if t != old || prec != oldPrec {
			set[pred], set[pred+"_precision"] = t, prec
		}
	}
	field("since", v.HasSince, v.Since, db.Since, db.SincePrecision)
	field("until", v.HasUntil, v.Until, db.Until, db.UntilPrecision)
	edge := func(pred, ev string, old *dbRef) {
		switch {
		case ev == "" && old != nil:
			del = append(del, pred)
		case ev != "" && (old == nil || old.XID != ev):
			p.node(ev, TypeEvent)
			set[pred] = p.ref(ev)
		}
	}
	edge("started_by", v.Since.Event, db.StartedBy)
	edge("ended_by", v.Until.Event, db.EndedBy)
	if v.Evidence != "" && (v.Evidence != db.Evidence || v.EvidenceFrom != db.EvidenceFrom) {
		set["evidence"], set["evidence_from"] = v.Evidence, v.EvidenceFrom
	}
	if !v.LastSeen.IsZero() && dgraphTime(v.LastSeen) != db.LastSeen {
		set["last_seen"] = dgraphTime(v.LastSeen)
	}
	if len(set) == 0 && len(del) == 0 && !r.InDoc && r.DB != nil {
		return
	}
	obj, _ := p.node(r.XID, TypeRelation)
	if r.DB == nil {
		obj["rel_type"] = r.Type
		obj["head"] = p.entityRef(r.Head)
		obj["tail"] = p.entityRef(r.Tail)
		setNonEmpty(obj, "label", r.Label)
	} else {
		// Stored: its type, ends and label are its xid and already there
		// (the document's plan set them for a relation it states).
		for _, pred := range []string{"xid", "dgraph.type", "rel_type", "head", "tail", "label"} {
			delete(obj, pred)
		}
	}
	maps.Copy(obj, set)
	if len(del) > 0 && r.DB != nil {
		d := map[string]any{"uid": r.DB.UID}
		for _, pred := range del {
			d[pred] = nil
		}
		p.dels = append(p.dels, d)
	}
}

// deriveAgreements sets, on every agreement read, its signing date (the
// earliest signing event, else the earliest start of a party) and its
// status (that of the latest event giving it one; on the same date the
// event with the larger xid, an arbitrary but fixed choice).
func (p *plan) deriveAgreements(s *snapshot, evs []*evInfo, rels map[string]*relInfo, kinds map[string]string) {
	// Every agreement whose events were read, including one the document
	// names for the first time (not yet in the graph).
	for _, x := range slices.Sorted(maps.Keys(s.entsRead)) {
		if kinds[x] != extract.KindAgreement {
			continue
		}
		ent := s.ents[x]
		if ent == nil {
			ent = &dbEntity{}
		}
		var signs []cand
		var last *evInfo
		for _, e := range evs {
			if e.AgreementID != x || e.AgreementStatus == "" || e.Date == "" {
				continue
			}
			if e.AgreementStatus == StatusSigned {
				signs = append(signs, cand{e.Date, e.XID})
			}
			if last == nil {
				last = e
				continue
			}
			ls, _, _ := period(last.Date)
			es, _, _ := period(e.Date)
			if es.After(ls) || es.Equal(ls) && e.XID > last.XID {
				last = e
			}
		}
		signed, ok := earliest(signs)
		if !ok {
			var starts []cand
			for _, r := range rels {
				if r.Type == extract.RelPartyTo && r.Tail == x {
					if c, ok := r.statedSince(); ok {
						starts = append(starts, c)
					}
				}
			}
			signed, ok = earliest(starts)
		}
		set := map[string]any{}
		del := map[string]any{}
		if ok {
			if t, prec := storedDate(signed.Date); t != ent.Signed || prec != ent.SignedPrecision {
				set["signed"], set["signed_precision"] = t, prec
			}
		} else if ent.Signed != "" {
			del["signed"], del["signed_precision"] = nil, nil
		}
		if last != nil {
			t, prec := storedDate(last.Date)
			if last.AgreementStatus != ent.Status || t != ent.StatusSince || prec != ent.StatusPrecision {
				set["status"], set["status_since"], set["status_precision"] = last.AgreementStatus, t, prec
			}
		} else if ent.Status != "" {
			del["status"], del["status_since"], del["status_precision"] = nil, nil, nil
		}
		if len(set) > 0 {
			obj, _ := p.node(x, "")
			maps.Copy(obj, set)
		}
		if len(del) > 0 && ent.UID != "" {
			del["uid"] = ent.UID
			p.dels = append(p.dels, del)
		}
	}
}

// settleEntities makes an entity's name and codes independent of the order
// articles came in: of the stored value and the document's, the longer
// wins ("Joint Center for Control and Coordination" over "JCCC", "RUSMIL"
// over "RUS"), then the alphabetically first; a name that loses stays as
// an alias. Over any sequence of writes this keeps the best value ever
// seen, whatever the order.
func (p *plan) settleEntities(s *snapshot) {
	for _, x := range p.articles {
		p.settleArticle(s, x)
	}
	for _, x := range p.entities {
		old, ok := s.scalars[x]
		if !ok {
			continue
		}
		obj := p.objs[p.index[x]]
		for _, f := range []struct{ pred, stored string }{
			{"name", old.Name}, {"kind", old.Kind}, {"actor_code", old.ActorCode}, {"country", old.Country}, {"sector", old.Sector},
		} {
			settleValue(obj, f.pred, f.stored)
		}
		trimEntity(obj, old)
	}
}

// settleArticle does for an article what settleEntities does for an actor:
// two inputs with the same text are one article (its id is derived from
// the text), and its title, url and outlet are the better of what they
// give, its publication date the earliest. The document's reports are
// re-coded with the settled outlet and date, since events count outlets.
func (p *plan) settleArticle(s *snapshot, article string) {
	old, ok := s.scalars[article]
	if !ok {
		return
	}
	obj := p.objs[p.index[article]]
	for _, f := range []struct{ pred, stored string }{{"title", old.Title}, {"url", old.URL}, {"outlet", old.Outlet}} {
		if cur, _ := obj[f.pred].(string); f.stored != "" && (cur == "" || better(f.stored, cur)) {
			obj[f.pred] = f.stored
		}
	}
	if cur, _ := obj["published"].(string); old.Published != "" && (cur == "" || old.Published < cur) {
		obj["published"] = old.Published
	}
	outlet, _ := obj["outlet"].(string)
	published := ""
	if t, _ := obj["published"].(string); len(t) >= 10 {
		published = t[:10]
	}
	for i := range p.reports {
		r := &p.reports[i]
		if r.Article != article || r.Outlet == outlet && r.Published == published {
			continue
		}
		r.Outlet, r.Published = outlet, published
		if b, err := json.Marshal(*r); err == nil {
			p.objs[p.index[r.Mention]]["coding"] = string(b)
		}
	}
	for x, cs := range p.claims {
		for i := range cs {
			c := &cs[i]
			if c.Article != article || c.Published == published {
				continue
			}
			c.Published = published
			if b, err := json.Marshal(*c); err == nil {
				p.objs[p.index[c.Mention]]["coding"] = string(b)
			}
		}
		p.claims[x] = cs
	}
}
