package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dgraph-io/dgo/v230"
	"github.com/dgraph-io/dgo/v230/protos/api"

	"github.com/geokg/geokg/extract"
)

// Node types (dgraph.type values), one per kind of node Write creates.
const (
	TypeArticle   = "Article"
	TypeActor     = "Actor"
	TypeAgreement = "Agreement"
	TypeLocation  = "Location"
	TypeEvent     = "Event"
	TypeMention   = "Mention"
	TypeRelation  = "Relation"
	// TypeAgreementName is a name or alias of agreements, shared by every
	// Agreement node an article gives it to (see agreementNameXID).
	TypeAgreementName = "AgreementName"
)

// ErrInvalidDocument is matched (errors.Is) by the *DocumentError Write
// returns for a document it refuses to write.
var ErrInvalidDocument = errors.New("invalid document")

// DocumentError lists what is wrong with a document: references to entities
// it does not contain, dates that do not parse, missing ids. Nothing of the
// document is written when Write returns it.
type DocumentError struct {
	Article  string // the document's article id
	Problems []string
}

func (e *DocumentError) Error() string {
	return fmt.Sprintf("article %q: %s: %s", clip(e.Article), ErrInvalidDocument, strings.Join(e.Problems, "; "))
}

func (e *DocumentError) Is(target error) bool { return target == ErrInvalidDocument }

// ErrRejected is wrapped by Write when Dgraph refused the article's
// mutation itself (a value too large for an index, say): the article is at
// fault, not the connection, so a loader can skip it and go on. Dgraph's
// reason is in the *QueryError beside it.
var ErrRejected = errors.New("dgraph rejected the article")

// WriteStats counts what written documents contributed. Articles, Entities,
// Events, Relations and Mentions count the distinct nodes the documents
// reference (whether or not they existed before); NewNodes counts the nodes
// that did not exist and were created, so writing a document twice gives
// NewNodes == 0 the second time.
type WriteStats struct {
	Articles  int `json:"articles"`
	Entities  int `json:"entities"`
	Events    int `json:"events"`
	Relations int `json:"relations"`
	Mentions  int `json:"mentions"`
	NewNodes  int `json:"new_nodes"`
	// Unchanged counts documents found already written as they are and
	// therefore not written again.
	Unchanged int `json:"unchanged"`
}

// Add adds o to s, for summaries over many documents.
func (s *WriteStats) Add(o WriteStats) {
	s.Articles += o.Articles
	s.Entities += o.Entities
	s.Events += o.Events
	s.Relations += o.Relations
	s.Mentions += o.Mentions
	s.NewNodes += o.NewNodes
	s.Unchanged += o.Unchanged
}

// writeAttempts bounds retries of an aborted write. Aborts happen when
// concurrent writers touch the same xid (two articles naming one actor); each
// retry re-reads the xids. Four loaders on overlapping input keep aborting
// each other on hub actors (the United States): eight attempts lost 7 of 12
// loaders; twenty, with the backoff capped at maxBackoff, wait up to about
// half a minute, which settles them.
const writeAttempts = 20

// maxBackoff caps the wait between attempts: long enough for a competing
// write (tens of milliseconds to a second) to commit.
const maxBackoff = 2 * time.Second

// Write upserts the whole document in one transaction: the article, its
// entities, one Mention per report of an event or relation, and relations;
// then, in the same transaction, it recomputes from everything the graph
// holds what the document touches:
//
//   - the events of each event key (EventKey) the document reports, from
//     all their reports (see clusterReports): the same happening reported
//     by several articles is one Event with a Mention per report, with
//     counts of its articles and outlets;
//   - the since and until of the relations the document or its events
//     touch (see computeValidity): withdrawals close memberships, signings
//     open party_to, resignations and successors close roles;
//   - the signing date and status of the agreements involved.
//
// Every node is looked up by its xid, and everything derived is a function
// of the set of reports, not of their order, so loading articles in any
// order, or again, gives the same graph. See doc.go for the rules and
// their limits.
//
// A document whose references do not resolve or whose dates do not parse is
// rejected whole with a *DocumentError (errors.Is ErrInvalidDocument).
//
// A document written before, unchanged (its digest is among the article's
// digests), is not written again unless the Store was told to Rewrite: the
// write would change nothing, and skipping it spares the read of its
// neighbourhood. Such a document counts in WriteStats.Unchanged.
func (s *Store) Write(ctx context.Context, doc extract.Document) (WriteStats, error) {
	st, errs, err := s.WriteBatch(ctx, []extract.Document{doc})
	if err != nil {
		return WriteStats{}, err
	}
	if errs[0] != nil {
		return WriteStats{}, errs[0]
	}
	return st, nil
}

// batchAttempts bounds the attempts of a transaction of several documents
// before it is split in two: a big transaction that keeps meeting
// concurrent writers (four loaders sharing hub actors) gets through faster
// as smaller ones.
const batchAttempts = 4

// WriteBatch writes docs as Write writes each, in as few transactions as it
// can: one read of the graph around all of them, one derivation, one
// mutation. The graph is the same as after writing them one by one, in any
// order (the derivation is a function of the set of reports), and what
// Write skips (documents written before, unchanged) it skips.
//
// docErrs has one entry per document: nil, a *DocumentError (errors.Is
// ErrInvalidDocument) for a document refused before anything was sent, or
// an error wrapping ErrRejected for a document Dgraph refused (a batch
// Dgraph refuses is split until the refused documents are alone, so the
// others are still written). err is set when the connection failed: then
// what was written is whole documents, and writing the batch again
// completes it.
//
// Two documents of one article (the same text given twice) go into
// different transactions, in their order.
func (s *Store) WriteBatch(ctx context.Context, docs []extract.Document) (sum WriteStats, docErrs []error, err error) {
	docErrs = make([]error, len(docs))
	var todo []int
	stats := make([]WriteStats, len(docs))
	reported := make([]int, len(docs)) // events each document reports, for one skipped as unchanged
	for i, d := range docs {
		p, err := planDocument(d)
		if err != nil {
			docErrs[i] = err
			continue
		}
		stats[i] = p.stats
		keys := map[string]bool{}
		for _, r := range p.reports {
			keys[r.Key] = true
		}
		reported[i] = len(keys)
		todo = append(todo, i)
	}
	if len(todo) == 0 {
		return sum, docErrs, nil
	}
	if !s.rewrite {
		p, err := planDocuments(pick(docs, todo))
		if err != nil {
			return sum, docErrs, err // cannot happen: each was planned alone
		}
		seen, err := s.written(ctx, p)
		if err != nil {
			return sum, docErrs, fmt.Errorf("write %s to %s: %w", describe(docs, todo), s.addr, dgraphErr(err))
		}
		kept := todo[:0]
		for k, i := range todo {
			if seen[k] {
				// Its events are in the graph as they were: counted as the
				// events it reports (derive counts those of written ones).
				st := stats[i]
				st.Unchanged, st.Events = 1, reported[i]
				sum.Add(st)
				continue
			}
			kept = append(kept, i)
		}
		todo = kept
	}
	for len(todo) > 0 {
		// Documents of distinct articles go together; a second document of
		// an article waits for the next transaction.
		var group, rest []int
		arts := map[string]bool{}
		for _, i := range todo {
			x := ArticleXID(docs[i].Article.ID)
			if arts[x] {
				rest = append(rest, i)
				continue
			}
			arts[x] = true
			group = append(group, i)
		}
		if err := s.writeGroup(ctx, docs, group, stats, docErrs, &sum); err != nil {
			return sum, docErrs, err
		}
		todo = rest
	}
	return sum, docErrs, nil
}

// writeGroup writes the documents docs[group] (of distinct articles) in one
// transaction, splitting the group when Dgraph refuses it or it keeps
// aborting.
func (s *Store) writeGroup(ctx context.Context, docs []extract.Document, group []int, stats []WriteStats, docErrs []error, sum *WriteStats) error {
	attempts := writeAttempts
	if len(group) > 1 {
		attempts = batchAttempts
	}
	newNodes, events := 0, 0
	err := retryAborted(ctx, attempts, func() error {
		// The plan is rebuilt on each attempt: what it derives depends on
		// what the graph held when the transaction started.
		// Agreements and organizations named two ways are one node
		// (resolve.go, resolveorgs.go), settled again on each attempt: an
		// attempt aborted by a concurrent write of the other name then sees
		// it. A document written under other keys than it gives keeps its
		// own digest, so that a reload still finds it written.
		gdocs := pick(docs, group)
		rdocs, rederive, err := s.resolveNames(ctx, gdocs)
		if err != nil {
			return err
		}
		p, err := planDocuments(rdocs)
		if err != nil {
			return err
		}
		for k := range group {
			if !sameEntities(gdocs[k], rdocs[k]) {
				p.setDigest(k, documentDigest(gdocs[k]))
			}
		}
		p.rederive = rederive
		txn := s.dg.NewTxn()
		defer txn.Discard(ctx)
		t0 := time.Now()
		snap, err := fetchSnapshot(ctx, txn, p)
		if err != nil {
			return err
		}
		t1 := time.Now()
		p.derive(snap)
		t2 := time.Now()
		lq, lvars := p.lookup()
		found, err := txn.QueryWithVars(ctx, lq, lvars)
		if err != nil {
			return fmt.Errorf("look up nodes: %w", err)
		}
		uids, err := existing(found.GetJson())
		if err != nil {
			return err
		}
		t3 := time.Now()
		req, err := p.request(uids)
		if err != nil {
			return err
		}
		if req == nil {
			return nil
		}
		// The counts edges (counts.go) are read back from what this
		// mutation wrote, in the same transaction, and committed with it.
		req.CommitNow = false
		resp, err := txn.Do(ctx, req)
		if err != nil {
			return err
		}
		t4 := time.Now()
		if err := commitCounts(ctx, txn, p, uids, resp.GetUids()); err != nil {
			return err
		}
		if s.trace != nil {
			fmt.Fprintf(s.trace, "write: %d docs, read %s in %d ms (%d rounds), derive %d ms, look up %d nodes %d ms, mutate %d ms, counts %d ms\n",
				len(group), snap.size(), t1.Sub(t0).Milliseconds(), snap.rounds, t2.Sub(t1).Milliseconds(), len(uids), t3.Sub(t2).Milliseconds(), t4.Sub(t3).Milliseconds(), time.Since(t4).Milliseconds())
		}
		// Upsert variables that matched nothing become blank nodes; the
		// response maps exactly those to their new uids.
		newNodes = len(resp.GetUids())
		events = p.stats.Events // counted by derive, once per article reporting an event
		return nil
	})
	if err == nil {
		for _, i := range group {
			sum.Add(stats[i])
		}
		sum.NewNodes += newNodes
		sum.Events += events
		return nil
	}
	err = dgraphErr(err)
	_, refused := errors.AsType[*QueryError](err)
	if len(group) > 1 && (refused || errors.Is(err, dgo.ErrAborted)) {
		h := len(group) / 2
		if err := s.writeGroup(ctx, docs, group[:h], stats, docErrs, sum); err != nil {
			return err
		}
		return s.writeGroup(ctx, docs, group[h:], stats, docErrs, sum)
	}
	if refused {
		docErrs[group[0]] = fmt.Errorf("write article %q to %s: %w: %w", clip(docs[group[0]].Article.ID), s.addr, ErrRejected, err)
		return nil
	}
	return fmt.Errorf("write %s to %s: %w", describe(docs, group), s.addr, err)
}

// setDigest makes the k-th document of the plan written under digest d.
func (p *plan) setDigest(k int, d string) {
	p.digests[k] = d
	art, _ := p.node(p.articles[k], TypeArticle)
	art["digests"] = []string{d}
}

// sameEntities reports whether b has a's entities, events and relations
// (resolveAgreements returns a document it did not touch as it is).
func sameEntities(a, b extract.Document) bool {
	return len(a.Entities) == len(b.Entities) && (len(a.Entities) == 0 || &a.Entities[0] == &b.Entities[0])
}

// pick returns docs[i] for each i of idx.
func pick(docs []extract.Document, idx []int) []extract.Document {
	out := make([]extract.Document, len(idx))
	for k, i := range idx {
		out[k] = docs[i]
	}
	return out
}

// describe names the documents docs[idx] in an error: the article, or the
// first of several.
func describe(docs []extract.Document, idx []int) string {
	if len(idx) == 1 {
		return fmt.Sprintf("article %q", clip(docs[idx[0]].Article.ID))
	}
	return fmt.Sprintf("%d articles (the first %q)", len(idx), clip(docs[idx[0]].Article.ID))
}

// retryAborted calls f until it succeeds, fails with something other than
// dgo.ErrAborted, or has been called attempts times, backing off between
// calls with jitter so two writers aborting each other drift apart.
func retryAborted(ctx context.Context, attempts int, f func() error) error {
	backoff := 20 * time.Millisecond
	for i := 1; ; i++ {
		err := f()
		if err == nil || !errors.Is(err, dgo.ErrAborted) || i >= attempts {
			return err
		}
		d := backoff/2 + rand.N(backoff)
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w (after %d aborted attempts)", ctx.Err(), i)
		case <-time.After(d):
		}
		backoff = min(2*backoff, maxBackoff)
	}
}

// ArticleXID is the xid of an article's node.
// An id longer than maxIDBytes is replaced by its hash (articleKey).
func ArticleXID(articleID string) string { return "article:" + articleKey(articleID) }

// MentionXID is the xid of one report of an event: the article, the event
// key (EventKey) and the byte offset of the sentence in the article.
func MentionXID(articleID, eventKey string, offset int) string {
	return "mention:" + articleKey(articleID) + "|" + eventKey + "|" + strconv.Itoa(offset)
}

// RelationXID is the xid of a relation's node: its type, its ends and its
// label (a person holding two roles in one organization has two relations).
func RelationXID(r extract.Relation) string {
	return "relation:" + r.Type + "|" + r.Head + "|" + r.Tail + "|" + r.Label
}

// relationMentionXID is the xid of the report of a relation in an article.
// Relations carry no span, so one article reports a relation once.
func relationMentionXID(articleID, relXID string) string {
	return "mention:" + articleKey(articleID) + "|" + relXID
}

// agreementNameXID is the xid of the AgreementName node of a name or alias
// of an agreement: the name lower-cased, without a leading "the", its
// spaces collapsed ("The Arctic Fisheries  framework" and "Arctic fisheries
// framework" are one). "" for an empty name.
func agreementNameXID(name string) string {
	k := strings.Join(strings.Fields(strings.ToLower(name)), " ")
	k = strings.TrimPrefix(k, "the ")
	if k == "" {
		return ""
	}
	return "agreement-name:" + k
}

// knownAs links an Agreement node to the AgreementName nodes of its names
// and aliases. Two Agreement nodes that an article's name or alias ties
// (the one an article keys by its acronym, with "Arctic fisheries
// framework" among its aliases, and the one an article that gives only
// that description keys by it) share a node: a function of the set of
// documents written, whatever their order, with no read of the graph, so
// that two loaders writing the two sides at once still meet (the xid is
// upserted). The canned queries agreement and as-of follow it
// (known_as / ~known_as) to answer for both.
func (p *plan) knownAs(obj map[string]any, names []string) {
	refs, _ := obj["known_as"].([]map[string]any)
	self, _ := obj["xid"].(string)
	for _, n := range names {
		x := agreementNameXID(n)
		if x == "" {
			continue
		}
		if p.agrNames != nil && self != "" && !slices.Contains(p.agrNames[self], x) {
			p.agrNames[self] = append(p.agrNames[self], x)
		}
		p.node(x, TypeAgreementName)
		ref := p.ref(x)
		if !slices.ContainsFunc(refs, func(r map[string]any) bool { return r["uid"] == ref["uid"] }) {
			refs = append(refs, ref)
		}
	}
	if len(refs) > 0 {
		obj["known_as"] = refs
	}
}

// EntityType is the node type of an entity kind: agreements and locations
// have their own types, every other kind is an Actor.
func EntityType(kind string) string {
	switch kind {
	case extract.KindAgreement:
		return TypeAgreement
	case extract.KindLocation:
		return TypeLocation
	}
	return TypeActor
}

// ParseDate parses the dates of the extraction contract, YYYY, YYYY-MM or
// YYYY-MM-DD, into the UTC instant at the start of the period and its
// precision (extract.PrecisionYear, PrecisionMonth or PrecisionDay).
func ParseDate(s string) (time.Time, string, error) {
	var layout, prec string
	switch len(s) {
	case 4:
		layout, prec = "2006", extract.PrecisionYear
	case 7:
		layout, prec = "2006-01", extract.PrecisionMonth
	case 10:
		layout, prec = "2006-01-02", extract.PrecisionDay
	default:
		return time.Time{}, "", fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return time.Time{}, "", fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD: %w", s, err)
	}
	return t, prec, nil
}

// dgraphTime is how datetimes are sent to Dgraph.
func dgraphTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// plan is a document turned into upsert material: node i has xid xids[i],
// is bound to the query variable n<i>, and is described by objs[i]. dels
// are the edges and nodes the derivation retires (by uid).
type plan struct {
	xids  []string
	objs  []map[string]any
	index map[string]int
	dels  []map[string]any
	stats WriteStats

	articles  []string              // the xids of the plan's articles, one per document
	digests   []string              // the documents' digests (documentDigest), by position in articles
	reports   []report              // the documents' event reports
	claims    map[string][]relClaim // the document's relation reports, by relation xid
	relations map[string]extract.Relation
	kinds     map[string]string // entity kinds the document states
	entities  []string          // the document's entity xids, in order
	partOf    map[string][]string
	// agrNames are the AgreementName xids of the document's agreements
	// (knownAs), by agreement xid.
	agrNames map[string][]string
	// rederive are "key|year" whose events are derived again though no
	// document reports them: their reports were moved under another
	// agreement's key (resolve.go).
	rederive []string
}

// node returns the object of the node with xid x, adding it with type typ
// when it is new. The bool says whether it was new.
func (p *plan) node(x, typ string) (map[string]any, bool) {
	if i, ok := p.index[x]; ok {
		return p.objs[i], false
	}
	i := len(p.xids)
	obj := map[string]any{"uid": uidVar(i), "xid": x}
	if typ != "" {
		obj["dgraph.type"] = typ
	}
	p.index[x] = i
	p.xids = append(p.xids, x)
	p.objs = append(p.objs, obj)
	return obj, true
}

// ref is an edge to the node with xid x, which must have been added.
func (p *plan) ref(x string) map[string]any {
	return map[string]any{"uid": uidVar(p.index[x])}
}

func uidVar(i int) string { return "uid(n" + strconv.Itoa(i) + ")" }

// setNonEmpty sets obj[key] only for a non-empty value, so a document that
// lacks a field does not erase what another document said.
func setNonEmpty(obj map[string]any, key, value string) {
	if value != "" {
		obj[key] = value
	}
}

// planDocument validates doc and lays out its nodes. It is pure, so what a
// document becomes in the graph is testable without Dgraph.
func planDocument(doc extract.Document) (*plan, error) {
	p := newPlan()
	if err := p.addDocument(doc); err != nil {
		return nil, err
	}
	return p, nil
}

func newPlan() *plan {
	return &plan{index: make(map[string]int), claims: map[string][]relClaim{},
		relations: map[string]extract.Relation{}, kinds: map[string]string{}, partOf: map[string][]string{}, agrNames: map[string][]string{}}
}

// planDocuments lays out several documents in one plan, written in one
// transaction. Their articles must be distinct (see WriteBatch). Each
// document's reports are coded from that document alone, so the plan holds
// exactly what planning and writing them one by one would.
func planDocuments(docs []extract.Document) (*plan, error) {
	p := newPlan()
	for _, d := range docs {
		if err := p.addDocument(d); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// addDocument validates doc and adds its nodes to the plan. An entity that
// an earlier document of the plan also names keeps the better of their
// names and codes, as settleEntities does against the graph. On a
// *DocumentError the plan is left part-written and must be dropped.
func (p *plan) addDocument(doc extract.Document) error {
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }

	a := doc.Article
	if a.ID == "" {
		bad("article has no id")
	}
	artX := ArticleXID(a.ID)
	p.articles = append(p.articles, artX)
	art, _ := p.node(artX, TypeArticle)
	digest := documentDigest(doc)
	p.digests = append(p.digests, digest)
	art["digests"] = []string{digest}
	if articleKey(a.ID) != a.ID {
		// The xid holds a hash of an over-long id; the id itself is kept.
		art["source_id"] = a.ID
	}
	setNonEmpty(art, "title", a.Title)
	setNonEmpty(art, "url", a.URL)
	setNonEmpty(art, "outlet", a.Source)
	published := ""
	if a.Published != "" {
		if t, _, err := ParseDate(a.Published); err != nil {
			bad("article published: %v", err)
		} else {
			art["published"] = dgraphTime(t)
			published = a.Published
		}
	}
	p.stats.Articles++

	// Entities come first so that events and relations can refer to them.
	// An id listed twice is one node with the union of its aliases.
	entity := make(map[string]bool, len(doc.Entities))
	kinds := map[string]string{}  // what this document states
	states := map[string]string{} // the state each entity acts for (stateOf), by its first listing
	for i, e := range doc.Entities {
		if e.ID == "" {
			bad("entity %d (%q) has no id", i, clip(e.Name))
			continue
		}
		if _, ok := states[e.ID]; !ok {
			states[e.ID] = stateOf(e)
		}
		obj, isNew := p.node(e.ID, EntityType(e.Kind))
		if !entity[e.ID] {
			p.stats.Entities++
		}
		if isNew {
			p.entities = append(p.entities, e.ID)
		}
		if e.Kind != "" {
			kinds[e.ID] = e.Kind
			if k, ok := p.kinds[e.ID]; !ok || better(e.Kind, k) {
				p.kinds[e.ID] = e.Kind
			}
		}
		if !entity[e.ID] || isNew {
			// The first listing in this document: an entity another
			// document of the plan named keeps the better values.
			for _, f := range []struct{ pred, val string }{
				{"name", e.Name}, {"kind", e.Kind}, {"actor_code", e.Code}, {"country", e.Country}, {"sector", e.Sector},
			} {
				settleValue(obj, f.pred, f.val)
			}
		} else {
			setNonEmpty(obj, "name", e.Name)
			setNonEmpty(obj, "kind", e.Kind)
			setNonEmpty(obj, "actor_code", e.Code)
			setNonEmpty(obj, "country", e.Country)
			setNonEmpty(obj, "sector", e.Sector)
		}
		entity[e.ID] = true
		if len(e.Aliases) > 0 {
			prev, _ := obj["aliases"].([]string)
			obj["aliases"] = unionStrings(prev, e.Aliases)
		}
		if a := orgAcronym(e); a != "" {
			obj["acronym"] = a
		}
		if orgSigned(e) {
			if ns := orgNames(e); len(ns) > 0 {
				prev, _ := obj["org_names"].([]string)
				obj["org_names"] = unionStrings(prev, ns)
			}
		}
		if e.Kind == extract.KindAgreement {
			p.knownAs(obj, append(append([]string{e.Name, keyAcronym(e.ID)}, e.Aliases...), e.Descriptors...))
			if e.Described {
				obj["described"] = true
			}
		}
	}
	known := func(what, ref string, optional bool) bool {
		if ref == "" {
			if !optional {
				bad("%s is empty", what)
			}
			return false
		}
		if !entity[ref] {
			bad("%s %q is not among the document's entities", what, clip(ref))
			return false
		}
		return true
	}

	// Events become reports on Mention nodes; the Event nodes are derived
	// from all reports of their key once the graph has been read (derive).
	for _, ev := range doc.Events {
		what := "event " + clip(ev.ID)
		ok := true
		if ev.Cameo == "" {
			bad("%s has no CAMEO code", what)
			ok = false
		}
		ok = known(what+" source", ev.Source, false) && ok
		for _, r := range []struct{ name, ref string }{
			{"target", ev.Target}, {"location", ev.Location}, {"object", ev.Object}, {"agreement", ev.Agreement},
		} {
			if r.ref != "" && !known(what+" "+r.name, r.ref, true) {
				ok = false
			}
		}
		if ev.Date != "" {
			if _, _, err := ParseDate(ev.Date); err != nil {
				bad("%s: %v", what, err)
				ok = false
			}
		}
		if !ok {
			continue
		}

		key := eventKey(a.ID, ev, func(id string) string { return states[id] })
		mx := MentionXID(a.ID, key, ev.Span.Start)
		m, isNew := p.node(mx, TypeMention)
		if !isNew {
			continue // the same sentence coded the same event twice
		}
		p.stats.Mentions++
		rep := report{Mention: mx, Article: artX, Outlet: a.Source, Published: published, Key: key,
			Cameo: ev.Cameo, Plover: ev.Plover, QuadClass: ev.QuadClass, Goldstein: ev.Goldstein,
			Source: ev.Source, Target: ev.Target, Location: ev.Location, Object: ev.Object, Agreement: ev.Agreement,
			Date: ev.Date, DateSource: ev.DateSource, Modality: ev.Modality, Trigger: ev.Trigger, Clause: ev.Clause}
		if ev.DateSource == extract.DateFromPublished {
			rep.Copy = copyPrint(ev.Sentence)
		}
		for _, id := range []string{ev.Source, ev.Target, ev.Object, ev.Agreement} {
			if k := kinds[id]; id != "" && k != "" {
				if rep.Kinds == nil {
					rep.Kinds = map[string]string{}
				}
				rep.Kinds[id] = k
			}
		}
		coding, err := json.Marshal(rep)
		if err != nil {
			return fmt.Errorf("encode report of %s: %w", what, err)
		}
		p.reports = append(p.reports, rep)
		m["article"] = p.ref(artX)
		setNonEmpty(m, "sentence", ev.Sentence)
		setNonEmpty(m, "trigger", ev.Trigger)
		setNonEmpty(m, "clause", ev.Clause)
		m["start"] = ev.Span.Start
		m["end"] = ev.Span.End
		m["confidence"] = ev.Confidence
		m["coding"] = string(coding)
	}

	docRels := map[string]bool{}
	claimed := map[string]bool{} // relation reports already linked as claims
	for i, r := range doc.Relations {
		what := fmt.Sprintf("relation %d (%s)", i, r.Type)
		ok := true
		if r.Type == "" {
			bad("%s has no type", what)
			ok = false
		}
		ok = known(what+" head", r.Head, false) && ok
		ok = known(what+" tail", r.Tail, false) && ok
		for _, d := range []struct{ pred, val string }{{"since", r.Since}, {"until", r.Until}} {
			if d.val == "" {
				continue
			}
			if _, _, err := ParseDate(d.val); err != nil {
				bad("%s %s: %v", what, d.pred, err)
				ok = false
			}
		}
		if !ok {
			continue
		}

		relX := RelationXID(r)
		obj, isNew := p.node(relX, TypeRelation)
		if !docRels[relX] {
			docRels[relX] = true
			p.stats.Relations++
		}
		if isNew {
			p.relations[relX] = r
		}
		obj["rel_type"] = r.Type
		obj["head"] = p.ref(r.Head)
		obj["tail"] = p.ref(r.Tail)
		setNonEmpty(obj, "label", r.Label)
		if r.Type == extract.RelPartOf && !slices.Contains(p.partOf[r.Head], r.Tail) {
			p.partOf[r.Head] = append(p.partOf[r.Head], r.Tail)
		}

		// One article reports a relation once; a second statement of it in
		// the same article adds its dates to the first.
		mx := relationMentionXID(a.ID, relX)
		m, isNew := p.node(mx, TypeMention)
		cs := p.claims[relX]
		if isNew {
			p.stats.Mentions++
			cs = append(cs, relClaim{Mention: mx, Article: artX, Published: published})
			m["article"] = p.ref(artX)
			addRef(obj, "mentions", p.ref(mx))
		}
		c := &cs[len(cs)-1]
		c.Since = firstNonEmpty(c.Since, r.Since)
		c.Until = firstNonEmpty(c.Until, r.Until)
		c.Evidence = firstNonEmpty(c.Evidence, r.Evidence)
		c.Past = c.Past || r.Past
		p.claims[relX] = cs
		setNonEmpty(m, "sentence", c.Evidence)
		if c.Since != "" || c.Until != "" || c.Past {
			// Marks the reports the writer must read back to settle the
			// relation's dates (see fetchSnapshot): the relation's claims.
			m["stated"] = c.Since + ".." + c.Until
			if c.Past {
				m["stated"] = c.Since + "..past"
			}
			if !claimed[mx] {
				claimed[mx] = true
				addRef(obj, "claims", p.ref(mx))
			}
		}
		coding, err := json.Marshal(*c)
		if err != nil {
			return fmt.Errorf("encode report of %s: %w", what, err)
		}
		m["coding"] = string(coding)
	}

	if len(problems) > 0 {
		return &DocumentError{Article: a.ID, Problems: problems}
	}
	return nil
}

// better says whether the value a beats b when two articles give an
// entity different names or codes: the longer, then the alphabetically
// first. Over any sequence of writes this keeps the best value ever seen,
// whatever the order.
func better(a, b string) bool { return len(a) > len(b) || len(a) == len(b) && a < b }

// settleValue sets obj[pred] to val when val beats what obj holds; a name
// that loses either way stays as an alias.
func settleValue(obj map[string]any, pred, val string) {
	cur, _ := obj[pred].(string)
	if val == "" || val == cur {
		return
	}
	loser := val
	if cur == "" || better(val, cur) {
		obj[pred] = val
		loser = cur
	}
	if pred == "name" && loser != "" {
		prev, _ := obj["aliases"].([]string)
		obj["aliases"] = unionStrings(prev, []string{loser})
	}
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// addRef appends an edge to a [uid] predicate of obj.
func addRef(obj map[string]any, pred string, ref map[string]any) {
	refs, _ := obj[pred].([]map[string]any)
	obj[pred] = append(refs, ref)
}

// unionStrings returns a followed by the elements of b not in a.
func unionStrings(a, b []string) []string {
	seen := make(map[string]bool, len(a)+len(b))
	out := make([]string, 0, len(a)+len(b))
	for _, s := range append(append([]string(nil), a...), b...) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// lookup is the query that finds, inside the write transaction, the nodes
// that already hold the plan's xids: one block over the list of xids (as
// variables, never in the query text), which Dgraph answers several times
// faster than a block per xid.
func (p *plan) lookup() (string, map[string]string) {
	var q strings.Builder
	q.WriteString("query lookup(")
	vars := make(map[string]string, len(p.xids))
	names := make([]string, len(p.xids))
	for i, x := range p.xids {
		if i > 0 {
			q.WriteString(", ")
		}
		names[i] = "$x" + strconv.Itoa(i)
		q.WriteString(names[i] + ": string")
		vars[names[i]] = x
	}
	q.WriteString(") {\n  x(func: eq(xid, [" + strings.Join(names, ", ") + "])) { uid xid }\n}\n")
	return q.String(), vars
}

// existing reads the answer of lookup: the uid of each xid found. Were an
// xid held by two nodes, the lower uid is taken, always the same one.
func existing(js []byte) (map[string]string, error) {
	var res struct {
		X []struct{ UID, XID string } `json:"x"`
	}
	if err := json.Unmarshal(js, &res); err != nil {
		return nil, fmt.Errorf("look up nodes: decode: %w", err)
	}
	uids := make(map[string]string, len(res.X))
	for _, n := range res.X {
		if old, ok := uids[n.XID]; !ok || len(n.UID) < len(old) || len(n.UID) == len(old) && n.UID < old {
			uids[n.XID] = n.UID
		}
	}
	return uids, nil
}

// request is the mutation that writes the plan (nil when it would change
// nothing): node i is the uid found for
// its xid (uids, from lookup in the same transaction) or else the blank
// node _:n<i>, which Dgraph creates once however often the mutation refers
// to it. Two transactions that both create a node of one xid conflict on
// its @upsert index, and one of them retries (retryAborted).
func (p *plan) request(uids map[string]string) (*api.Request, error) {
	resolve := make([]string, len(p.xids))
	byVar := make(map[string]string, len(p.xids))
	for i, x := range p.xids {
		if u, ok := uids[x]; ok {
			resolve[i] = u
		} else {
			resolve[i] = "_:n" + strconv.Itoa(i)
		}
		byVar[uidVar(i)] = resolve[i]
	}
	objs := make([]map[string]any, 0, len(p.objs))
	for i, obj := range p.objs {
		o := resolveRefs(obj, byVar)
		if _, found := uids[p.xids[i]]; found {
			delete(o, "xid") // found by it: the same value
			if len(o) == 1 {
				continue // only referred to: nothing of it changes
			}
		}
		objs = append(objs, o)
	}
	dels := p.dels
	for _, x := range p.articles {
		// The article now holds this document alone: the digests of those
		// written into it before go, or a reload of an earlier version
		// (loaded, then loaded without --published, then with it again)
		// would be taken as written while the graph holds the other.
		if u, ok := uids[x]; ok {
			dels = append(slices.Clip(dels), map[string]any{"uid": u, "digests": nil})
		}
	}
	if len(objs) == 0 && len(dels) == 0 {
		return nil, nil // nothing changes
	}
	objs, nquads := splitVariableLike(objs)
	js, err := json.Marshal(objs)
	if err != nil {
		return nil, fmt.Errorf("encode mutation: %w", err)
	}
	mu := &api.Mutation{SetJson: js, SetNquads: nquads}
	if len(dels) > 0 {
		// Dgraph applies a mutation's deletions before its additions, so
		// retiring an edge and setting its replacement in one request is
		// safe.
		if mu.DeleteJson, err = json.Marshal(dels); err != nil {
			return nil, fmt.Errorf("encode mutation: %w", err)
		}
	}
	return &api.Request{Mutations: []*api.Mutation{mu}, CommitNow: true}, nil
}

// resolveRefs copies obj with its uid and the uids of its edges (uid(n<i>)
// placeholders) replaced by what byVar gives.
func resolveRefs(obj map[string]any, byVar map[string]string) map[string]any {
	out := make(map[string]any, len(obj))
	for k, v := range obj {
		switch v := v.(type) {
		case map[string]any:
			out[k] = resolveRefs(v, byVar)
		case []map[string]any:
			refs := make([]map[string]any, len(v))
			for i, r := range v {
				refs[i] = resolveRefs(r, byVar)
			}
			out[k] = refs
		case string:
			if r, ok := byVar[v]; ok && k == "uid" {
				out[k] = r
			} else {
				out[k] = v
			}
		default:
			out[k] = v
		}
	}
	return out
}
