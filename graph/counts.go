package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/dgraph-io/dgo/v230"
	"github.com/dgraph-io/dgo/v230/protos/api"
)

// An actor's events are those whose source or target is the actor, one of
// its parts or offices (the heads of its part_of and role relations), or
// someone holding a role in one of those: "Russia" also finds what the
// Russian Foreign Ministry or Sergei Lavrov did. Gathering that closure at
// query time cost a hub a read of ~source and ~target for each of its
// thousands of parts and office holders (the United States: 6,624 on the
// 100k-article graph). So the writer keeps it on the events: source_for
// and target_for hold, for each event, every actor its source (target)
// counts for, and ~source_for of an actor is its events as source, one
// posting list.
//
// The edges are a function of the graph: for an event with source s,
// source_for is s, the tails of s's part_of and role relations, and the
// tails of the part_of and role relations of the bodies s holds a role in
// (the closure queries/dql computed before). An event whose reports name a
// state and its organs on one side (EventKey keys them as one) keeps them
// all in reported_sources (reported_targets), and counts for the closure
// of each: one outlet's "Russia" and another's "the Russian government"
// find it under both. They are recomputed, inside
// the write transaction, for every event the transaction writes and for
// every event of an actor whose part_of or role relation it creates (and
// of the holders of roles in that actor), so a relation written after the
// events it bears on still reaches them, and a reload changes nothing.

// countsRelFilter is the relations that make one actor count for another.
const countsRelFilter = `@filter(eq(rel_type, "part_of") OR eq(rel_type, "role"))`

// countsQuery reads what the edges of the events evs, and of the events of
// the actors heads and of the holders of roles in them, derive from.
func countsQuery(evs, heads []string) string {
	var q strings.Builder
	q.WriteString("{\n")
	roots := []string{}
	if len(evs) > 0 {
		fmt.Fprintf(&q, "  E as var(func: uid(%s))\n", strings.Join(evs, ", "))
		roots = append(roots, "E")
	}
	if len(heads) > 0 {
		fmt.Fprintf(&q, "  H as var(func: uid(%s)) { ~tail @filter(eq(rel_type, \"role\")) { HS as head } }\n", strings.Join(heads, ", "))
		q.WriteString("  var(func: uid(H, HS)) { ES as ~source ET as ~target }\n")
		roots = append(roots, "ES", "ET")
	}
	all := strings.Join(roots, ", ")
	fmt.Fprintf(&q, "  ev(func: uid(%s)) @filter(has(event_key)) { uid source { uid } target { uid } reported_sources { uid } reported_targets { uid } source_for { uid } target_for { uid } }\n", all)
	fmt.Fprintf(&q, "  var(func: uid(%s)) @filter(has(event_key)) { A1 as source A2 as target A3 as reported_sources A4 as reported_targets }\n", all)
	fmt.Fprintf(&q, "  act(func: uid(A1, A2, A3, A4)) { uid r: ~head %s { rel_type tail { uid r: ~head %s { tail { uid } } } } }\n", countsRelFilter, countsRelFilter)
	q.WriteString("}\n")
	return q.String()
}

type countsUID struct {
	UID string `json:"uid"`
}

type countsAnswer struct {
	Ev []struct {
		UID       string      `json:"uid"`
		Source    *countsUID  `json:"source"`
		Target    *countsUID  `json:"target"`
		Sources   []countsUID `json:"reported_sources"`
		Targets   []countsUID `json:"reported_targets"`
		SourceFor []countsUID `json:"source_for"`
		TargetFor []countsUID `json:"target_for"`
	} `json:"ev"`
	Act []struct {
		UID string `json:"uid"`
		R   []struct {
			RelType string `json:"rel_type"`
			Tail    *struct {
				UID string `json:"uid"`
				R   []struct {
					Tail *countsUID `json:"tail"`
				} `json:"r"`
			} `json:"tail"`
		} `json:"r"`
	} `json:"act"`
}

// countsEdges computes the N-Quads that bring source_for and target_for of
// the events read by countsQuery up to date: set what is missing, delete
// what no longer holds (an event's ends never change, but a graph written
// by an older geokg may hold anything).
func countsEdges(js []byte) (set, del []byte, err error) {
	var a countsAnswer
	if err := json.Unmarshal(js, &a); err != nil {
		return nil, nil, fmt.Errorf("read the actors events count for: decode: %w", err)
	}
	closure := make(map[string][]string, len(a.Act))
	for _, x := range a.Act {
		c := []string{x.UID}
		for _, r := range x.R {
			if r.Tail == nil {
				continue
			}
			c = append(c, r.Tail.UID)
			if r.RelType != "role" {
				continue
			}
			for _, r2 := range r.Tail.R {
				if r2.Tail != nil {
					c = append(c, r2.Tail.UID)
				}
			}
		}
		slices.Sort(c)
		closure[x.UID] = slices.Compact(c)
	}
	var s, d bytes.Buffer
	diff := func(ev, pred string, end *countsUID, reported, have []countsUID) {
		var want []string
		add := func(uid string) {
			if c, ok := closure[uid]; ok {
				want = append(want, c...)
			} else {
				want = append(want, uid)
			}
		}
		for _, x := range reported {
			add(x.UID)
		}
		if end != nil {
			add(end.UID)
		}
		slices.Sort(want)
		want = slices.Compact(want)
		got := map[string]bool{}
		for _, h := range have {
			got[h.UID] = true
			if !slices.Contains(want, h.UID) {
				fmt.Fprintf(&d, "<%s> <%s> <%s> .\n", ev, pred, h.UID)
			}
		}
		for _, w := range want {
			if !got[w] {
				fmt.Fprintf(&s, "<%s> <%s> <%s> .\n", ev, pred, w)
			}
		}
	}
	for _, e := range a.Ev {
		diff(e.UID, "source_for", e.Source, e.Sources, e.SourceFor)
		diff(e.UID, "target_for", e.Target, e.Targets, e.TargetFor)
	}
	return s.Bytes(), d.Bytes(), nil
}

// countsWork lists, after the plan's mutation, the events it wrote and the
// heads of the part_of and role relations it created (by uid: found holds
// the uids of the xids that existed, created those of the new nodes, by
// blank-node name n<i>).
func (p *plan) countsWork(found, created map[string]string) (evs, heads []string) {
	uidOf := func(i int) string {
		if u, ok := found[p.xids[i]]; ok {
			return u
		}
		return created["n"+fmt.Sprint(i)]
	}
	for i, x := range p.xids {
		switch {
		case strings.HasPrefix(x, "event:"):
			if u := uidOf(i); u != "" {
				evs = append(evs, u)
			}
		case strings.HasPrefix(x, "relation:"):
			if _, old := found[x]; old {
				continue
			}
			obj := p.objs[i]
			if t, _ := obj["rel_type"].(string); t != "part_of" && t != "role" {
				continue
			}
			h, _ := obj["head"].(map[string]any)
			hv, _ := h["uid"].(string)
			var hi int
			if _, err := fmt.Sscanf(hv, "uid(n%d)", &hi); err != nil || hi >= len(p.xids) {
				continue
			}
			if u := uidOf(hi); u != "" {
				heads = append(heads, u)
			}
		}
	}
	slices.Sort(evs)
	slices.Sort(heads)
	return slices.Compact(evs), slices.Compact(heads)
}

// commitCounts brings the counts edges of what the plan wrote up to date
// and commits the transaction.
func commitCounts(ctx context.Context, txn *dgo.Txn, p *plan, found, created map[string]string) error {
	evs, heads := p.countsWork(found, created)
	if len(evs) == 0 && len(heads) == 0 {
		return txn.Commit(ctx)
	}
	resp, err := txn.Query(ctx, countsQuery(evs, heads))
	if err != nil {
		return fmt.Errorf("read the actors events count for: %w", err)
	}
	set, del, err := countsEdges(resp.GetJson())
	if err != nil {
		return err
	}
	if len(set) == 0 && len(del) == 0 {
		return txn.Commit(ctx)
	}
	_, err = txn.Mutate(ctx, &api.Mutation{SetNquads: set, DelNquads: del, CommitNow: true})
	return err
}

// migrateCounts gives the events of a graph written by an older geokg their
// source_for and target_for, a page of events at a time.
func (s *Store) migrateCounts(ctx context.Context) error {
	const q = `query page($after: string) {
  e(func: has(event_key), first: 2000, after: $after) { uid }
}`
	after := "0x0"
	for {
		raw, err := s.Query(ctx, q, map[string]string{"after": after})
		if err != nil {
			return fmt.Errorf("migrate the graph (counts): %w", err)
		}
		var res struct {
			E []countsUID `json:"e"`
		}
		if err := json.Unmarshal(raw, &res); err != nil {
			return fmt.Errorf("migrate the graph (counts): decode: %w", err)
		}
		if len(res.E) == 0 {
			return nil
		}
		evs := make([]string, len(res.E))
		for i, e := range res.E {
			evs[i] = e.UID
		}
		raw, err = s.Query(ctx, countsQuery(evs, nil), nil)
		if err != nil {
			return fmt.Errorf("migrate the graph (counts): %w", err)
		}
		set, _, err := countsEdges(raw)
		if err != nil {
			return err
		}
		if err := s.setNquads(ctx, set, "set source_for and target_for on events"); err != nil {
			return err
		}
		after = res.E[len(res.E)-1].UID
	}
}
