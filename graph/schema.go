package graph

import (
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
//   - dated_key (added 2026-12): the writer finds a key's dated events by
//     it, so a dated event written without it would be missed and its
//     reports' event written a second time.
func (s *Store) migrate(ctx context.Context) error {
	const q = `query { E as var(func: has(event_key)) @filter(has(date) AND NOT has(dated_key)) { K as event_key } }`
	err := retryAborted(ctx, writeAttempts, func() error {
		txn := s.dg.NewTxn()
		defer txn.Discard(ctx)
		_, err := txn.Do(ctx, &api.Request{Query: q, CommitNow: true, Mutations: []*api.Mutation{{SetNquads: []byte(`uid(E) <dated_key> val(K) .`)}}})
		return err
	})
	if err != nil {
		return fmt.Errorf("migrate the graph at %s (set dated_key on dated events): %w", s.addr, dgraphErr(err))
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
