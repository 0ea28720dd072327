package graph

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/dgraph-io/dgo/v230/protos/api"
)

//go:embed schema.dql
var schemaDQL string

// Schema returns the DQL schema geokg writes against (graph/schema.dql).
func Schema() string { return schemaDQL }

// ApplySchema installs Schema when the database's schema differs from it,
// and does nothing when it already has it: an Alter waits for, or fails on,
// the transactions other loaders have open ("Pending transactions found"),
// so loaders that start while another writes must not alter needlessly.
// When it must alter and Dgraph says transactions are pending, it retries
// with backoff for up to a minute. Applying it after a schema change
// re-indexes what needs it.
func (s *Store) ApplySchema(ctx context.Context) error {
	if same, err := s.HasSchema(ctx); err == nil && same {
		return nil
	}
	if err := s.migrate(ctx); err != nil {
		return err
	}
	backoff := 100 * time.Millisecond
	deadline := time.Now().Add(schemaRetryFor)
	for {
		err := s.dg.Alter(ctx, &api.Operation{Schema: schemaDQL})
		if err == nil {
			return nil
		}
		// Another loader may have installed it meanwhile.
		if same, serr := s.HasSchema(ctx); serr == nil && same {
			return nil
		}
		if !strings.Contains(err.Error(), "Pending transactions") || time.Now().After(deadline) {
			return fmt.Errorf("apply schema at %s: %w", s.addr, dgraphErr(err))
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("apply schema at %s: %w", s.addr, ctx.Err())
		case <-time.After(backoff/2 + rand.N(backoff)):
		}
		backoff = min(2*backoff, 2*time.Second)
	}
}

// migrate brings a graph written by an older geokg up to what this one
// reads, before the new schema goes in (so a graph whose schema is current
// is migrated; a crash in between migrates again, which changes nothing):
//
//   - lead (added 2026-12): queries show a relation's lead report's
//     sentence (migrateLeads).
//   - key_year (added 2026-12): the writer reads a key's events by year
//     through it, so a dated event without it would be missed and its
//     reports' event written a second time.
//   - date_xid (added 2026-12): the canned queries sort events by it;
//     undated events have one since 2026-12-05 (agreement sorts them).
//   - an event's lead (added 2026-12-05): the canned queries show its
//     sentence (migrateLeads).
//   - source_for, target_for (added 2026-12): the canned queries find an
//     actor's events through them (migrateCounts).
//   - known_as (added 2026-12): the agreement and as-of queries join the
//     agreements that share a name or alias through it
//     (migrateAgreementNames).
//
// Events are read a page at a time in uid order (no filter in the page
// query: a root filter could leave a page empty before the end) and each
// page is set in its own transaction, so a large graph migrates in
// bounded memory.
func (s *Store) migrate(ctx context.Context) error {
	// A fresh database has nothing to migrate, and no xid to sort by.
	raw, err := s.Query(ctx, `schema(pred: [xid]) { type }`, nil)
	if err != nil {
		return fmt.Errorf("migrate the graph: %w", err)
	}
	var sch struct {
		Schema []json.RawMessage `json:"schema"`
	}
	if err := json.Unmarshal(raw, &sch); err != nil {
		return fmt.Errorf("migrate the graph: decode schema: %w", err)
	}
	if len(sch.Schema) == 0 {
		return nil
	}
	const q = `query page($after: string) {
  e(func: has(event_key), first: 5000, after: $after) { uid xid event_key date key_year date_xid }
}`
	after := "0x0"
	for {
		raw, err := s.Query(ctx, q, map[string]string{"after": after})
		if err != nil {
			return fmt.Errorf("migrate the graph (key_year): %w", err)
		}
		var res struct {
			E []struct {
				UID     string `json:"uid"`
				Key     string `json:"event_key"`
				Date    string `json:"date"`
				KeyYear string `json:"key_year"`
				XID     string `json:"xid"`
				DateXID string `json:"date_xid"`
			}
		}
		if err := json.Unmarshal(raw, &res); err != nil {
			return fmt.Errorf("migrate the graph (key_year): decode: %w", err)
		}
		if len(res.E) == 0 {
			if err := s.migrateLeads(ctx); err != nil {
				return err
			}
			if err := s.migrateAgreementNames(ctx); err != nil {
				return err
			}
			return s.migrateCounts(ctx)
		}
		var nq bytes.Buffer
		for _, e := range res.E {
			if e.KeyYear == "" && len(e.Date) >= 4 {
				val, _ := json.Marshal(e.Key + "|" + e.Date[:4])
				fmt.Fprintf(&nq, "<%s> <key_year> %s .\n", e.UID, val)
			}
			if e.DateXID == "" && e.Date != "" && e.XID != "" {
				if t, err := time.Parse(time.RFC3339, e.Date); err == nil {
					val, _ := json.Marshal(dateXID(dgraphTime(t), e.XID))
					fmt.Fprintf(&nq, "<%s> <date_xid> %s .\n", e.UID, val)
				}
			}
			if e.DateXID == "" && e.Date == "" && e.XID != "" {
				val, _ := json.Marshal(undatedKey(e.XID))
				fmt.Fprintf(&nq, "<%s> <date_xid> %s .\n", e.UID, val)
			}
		}
		if err := s.setNquads(ctx, nq.Bytes(), "set key_year on dated events"); err != nil {
			return err
		}
		after = res.E[len(res.E)-1].UID
	}
}

// migrateLeads gives every relation and every event without a lead (an
// older geokg's) the lead the writer would have kept, a page of nodes at a
// time: a relation's report with the smallest xid, an event's report of
// least leadRank.
func (s *Store) migrateLeads(ctx context.Context) error {
	if err := s.migrateLeadsOf(ctx, "rel_type", "m: mentions(orderasc: xid, first: 1) { uid xid }"); err != nil {
		return err
	}
	// An event has a few reports, read with their codings to rank them.
	return s.migrateLeadsOf(ctx, "event_key", "m: mentions { uid xid coding }")
}

// migrateLeadsOf migrates the nodes that have the predicate has, choosing
// among the mentions that read gives.
func (s *Store) migrateLeadsOf(ctx context.Context, has, read string) error {
	q := `query page($after: string) {
  r(func: has(` + has + `), first: 2000, after: $after) { uid lead { uid } ` + read + ` }
}`
	after := "0x0"
	for {
		raw, err := s.Query(ctx, q, map[string]string{"after": after})
		if err != nil {
			return fmt.Errorf("migrate the graph (lead): %w", err)
		}
		var res struct {
			R []struct {
				UID  string `json:"uid"`
				Lead []struct {
					UID string `json:"uid"`
				} `json:"lead"`
				M []dbMention `json:"m"`
			}
		}
		if err := json.Unmarshal(raw, &res); err != nil {
			return fmt.Errorf("migrate the graph (lead): decode: %w", err)
		}
		if len(res.R) == 0 {
			return nil
		}
		var nq bytes.Buffer
		for _, r := range res.R {
			if len(r.Lead) > 0 || len(r.M) == 0 {
				continue
			}
			lead, best := "", ""
			for _, m := range r.M {
				if rank := mentionRank(m.XID, m.Coding); best == "" || rank < best {
					lead, best = m.UID, rank
				}
			}
			fmt.Fprintf(&nq, "<%s> <lead> <%s> .\n", r.UID, lead)
		}
		if err := s.setNquads(ctx, nq.Bytes(), "set lead on "+has); err != nil {
			return err
		}
		after = res.R[len(res.R)-1].UID
	}
}

// migrateAgreementNames links every Agreement node without known_as (an
// older geokg's) to the AgreementName nodes of its name and aliases, a page
// of agreements at a time, as the writer would have (plan.knownAs).
func (s *Store) migrateAgreementNames(ctx context.Context) error {
	const q = `query page($after: string) {
  a(func: type(Agreement), first: 1000, after: $after) { uid xid name aliases n: count(known_as) }
}`
	after := "0x0"
	for {
		raw, err := s.Query(ctx, q, map[string]string{"after": after})
		if err != nil {
			return fmt.Errorf("migrate the graph (known_as): %w", err)
		}
		var res struct {
			A []struct {
				UID, XID, Name string
				Aliases        []string
				N              int `json:"n"`
			} `json:"a"`
		}
		if err := json.Unmarshal(raw, &res); err != nil {
			return fmt.Errorf("migrate the graph (known_as): decode: %w", err)
		}
		if len(res.A) == 0 {
			return nil
		}
		p := newPlan()
		for _, a := range res.A {
			if a.N == 0 && a.XID != "" {
				obj, _ := p.node(a.XID, TypeAgreement)
				p.knownAs(obj, append([]string{a.Name, keyAcronym(a.XID)}, a.Aliases...))
			}
		}
		if len(p.xids) > 0 {
			err := retryAborted(ctx, writeAttempts, func() error {
				txn := s.dg.NewTxn()
				defer txn.Discard(ctx)
				lq, lvars := p.lookup()
				found, err := txn.QueryWithVars(ctx, lq, lvars)
				if err != nil {
					return err
				}
				uids, err := existing(found.GetJson())
				if err != nil {
					return err
				}
				req, err := p.request(uids)
				if err != nil || req == nil {
					return err
				}
				_, err = txn.Do(ctx, req)
				return err
			})
			if err != nil {
				return fmt.Errorf("migrate the graph at %s (known_as): %w", s.addr, dgraphErr(err))
			}
		}
		after = res.A[len(res.A)-1].UID
	}
}

// setNquads commits the N-Quads of one page of a migration, retrying
// aborts; nothing to set is no request.
func (s *Store) setNquads(ctx context.Context, nq []byte, what string) error {
	if len(nq) == 0 {
		return nil
	}
	err := retryAborted(ctx, writeAttempts, func() error {
		txn := s.dg.NewTxn()
		defer txn.Discard(ctx)
		_, err := txn.Mutate(ctx, &api.Mutation{SetNquads: nq, CommitNow: true})
		return err
	})
	if err != nil {
		return fmt.Errorf("migrate the graph at %s (%s): %w", s.addr, what, dgraphErr(err))
	}
	return nil
}

// schemaRetryFor bounds how long ApplySchema waits for other writers'
// transactions to end: a loader commits every article within seconds, so a
// minute of "Pending transactions" means something else is wrong.
const schemaRetryFor = time.Minute

// predSchema is one predicate as Dgraph's `schema {}` query reports it.
type predSchema struct {
	Predicate string   `json:"predicate"`
	Type      string   `json:"type"`
	Tokenizer []string `json:"tokenizer"`
	List      bool     `json:"list"`
	Reverse   bool     `json:"reverse"`
	Count     bool     `json:"count"`
	Upsert    bool     `json:"upsert"`
}

// HasSchema reports whether the database already has every predicate and
// type of Schema exactly as Schema declares them (other predicates may be
// there too).
func (s *Store) HasSchema(ctx context.Context) (bool, error) {
	raw, err := s.Query(ctx, "schema {}", nil)
	if err != nil {
		return false, fmt.Errorf("read schema: %w", err)
	}
	var cur struct {
		Schema []predSchema `json:"schema"`
		Types  []struct {
			Name   string `json:"name"`
			Fields []struct {
				Name string `json:"name"`
			} `json:"fields"`
		} `json:"types"`
	}
	if err := json.Unmarshal(raw, &cur); err != nil {
		return false, fmt.Errorf("read schema: %w", err)
	}
	want, types := parseSchema(schemaDQL)
	have := make(map[string]predSchema, len(cur.Schema))
	for _, p := range cur.Schema {
		slices.Sort(p.Tokenizer)
		have[p.Predicate] = p
	}
	for _, w := range want {
		h, ok := have[w.Predicate]
		if !ok || h.Type != w.Type || h.List != w.List || h.Reverse != w.Reverse || h.Count != w.Count ||
			h.Upsert != w.Upsert || !slices.Equal(h.Tokenizer, w.Tokenizer) {
			return false, nil
		}
	}
	haveTypes := map[string][]string{}
	for _, t := range cur.Types {
		var fs []string
		for _, f := range t.Fields {
			fs = append(fs, f.Name)
		}
		slices.Sort(fs)
		haveTypes[t.Name] = fs
	}
	for name, fields := range types {
		if !slices.Equal(haveTypes[name], fields) {
			return false, nil
		}
	}
	return true, nil
}

// parseSchema reads the predicates and types of a schema in the subset of
// DQL schema.dql uses: `name: type @index(a, b) @reverse @count @upsert .`
// and `type T { field ... }`.
func parseSchema(dql string) ([]predSchema, map[string][]string) {
	var preds []predSchema
	types := map[string][]string{}
	inType := ""
	for line := range strings.Lines(dql) {
		line = strings.TrimSpace(line)
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		switch {
		case line == "":
		case inType != "":
			if line == "}" {
				slices.Sort(types[inType])
				inType = ""
			} else {
				types[inType] = append(types[inType], line)
			}
		case strings.HasPrefix(line, "type "):
			inType = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(line, "type "), "{"))
			types[inType] = nil
		default:
			name, rest, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			p := predSchema{Predicate: strings.TrimSpace(name)}
			rest = strings.TrimSuffix(strings.TrimSpace(rest), ".")
			typ, dirs, _ := strings.Cut(strings.TrimSpace(rest), " ")
			if strings.HasPrefix(typ, "[") {
				p.List = true
				typ = strings.Trim(typ, "[]")
			}
			p.Type = typ
			if i := strings.Index(dirs, "@index("); i >= 0 {
				toks, _, _ := strings.Cut(dirs[i+len("@index("):], ")")
				for _, t := range strings.Split(toks, ",") {
					p.Tokenizer = append(p.Tokenizer, strings.TrimSpace(t))
				}
				slices.Sort(p.Tokenizer)
			}
			p.Reverse = strings.Contains(dirs, "@reverse")
			p.Count = strings.Contains(dirs, "@count")
			p.Upsert = strings.Contains(dirs, "@upsert")
			preds = append(preds, p)
		}
	}
	return preds, types
}
