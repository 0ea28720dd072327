package queries

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

// nameVars are the variables of the canned queries that name an actor or
// an agreement; the queries match them by name, alias, CAMEO code or xid.
var nameVars = []string{"actor", "a", "b", "agreement"}

// ErrAmbiguousName is returned when a name given to a canned query matches
// nothing as typed and, ignoring case and a leading "the", names several
// nodes spelt differently.
var ErrAmbiguousName = errors.New("name matches several nodes")

// Resolve returns vars (bound, "$name" keys) with each actor or agreement
// name that no node has as typed replaced by the name a node does have when
// they differ only in case, spacing or a leading "the": a report's "the
// Kremlin" finds the node whose alias an article gave as "The Kremlin" at
// the start of a sentence, "russia" finds Russia. The canned DQL matches
// names with eq on an exact index, which is case-sensitive, and Dgraph has
// no function that folds case in a variable; the term index does fold it,
// so candidates come from allofterms and are compared here. A value some
// node has exactly is left alone (one cheap read), so exact names cost what
// they did. When the folded name belongs to one node, its xid is used;
// when several nodes carry it in one spelling, that spelling (eq finds them
// all, as typing it would); in several spellings, ErrAmbiguousName names
// them.
func Resolve(ctx context.Context, r Runner, vars map[string]string) (map[string]string, error) {
	out, copied := vars, false
	for _, name := range nameVars {
		v, ok := vars["$"+name]
		if !ok || strings.TrimSpace(v) == "" {
			continue
		}
		alt, err := resolveName(ctx, r, v)
		if err != nil {
			return nil, fmt.Errorf("--var %s=%q: %w", name, v, err)
		}
		if alt == v {
			continue
		}
		if !copied {
			out, copied = maps.Clone(vars), true
		}
		out["$"+name] = alt
	}
	return out, nil
}

const exactNameQuery = `query q($v: string) {
  n(func: eq(name, $v), first: 1) { uid }
  l(func: eq(aliases, $v), first: 1) { uid }
  c(func: eq(actor_code, $v), first: 1) { uid }
  x(func: eq(xid, $v), first: 1) { uid }
}`

const termNameQuery = `query q($t: string) {
  n(func: allofterms(name, $t), first: 500) { xid name aliases }
  l(func: allofterms(aliases, $t), first: 500) { xid name aliases }
}`

// resolveName returns the spelling or xid to query for v (v itself when a
// node has it exactly or nothing matches it folded).
func resolveName(ctx context.Context, r Runner, v string) (string, error) {
	data, err := r.Query(ctx, exactNameQuery, map[string]string{"$v": v})
	if err != nil {
		return "", fmt.Errorf("look up the name: %w", err)
	}
	var exact map[string][]struct{ UID string }
	if err := json.Unmarshal(data, &exact); err != nil {
		return "", fmt.Errorf("look up the name: decode: %w", err)
	}
	for _, hits := range exact {
		if len(hits) > 0 {
			return v, nil
		}
	}
	key := foldName(v)
	terms := strings.TrimSpace(key)
	if !strings.ContainsFunc(terms, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return v, nil
	}
	data, err = r.Query(ctx, termNameQuery, map[string]string{"$t": terms})
	if err != nil {
		return "", fmt.Errorf("look up the name: %w", err)
	}
	var cands map[string][]struct {
		XID     string `json:"xid"`
		Name    string `json:"name"`
		Aliases []string
	}
	if err := json.Unmarshal(data, &cands); err != nil {
		return "", fmt.Errorf("look up the name: decode: %w", err)
	}
	xids := map[string]bool{}
	spellings := map[string]bool{}
	for _, block := range cands {
		for _, c := range block {
			for _, s := range append([]string{c.Name}, c.Aliases...) {
				if s != "" && foldName(s) == key {
					xids[c.XID] = true
					spellings[s] = true
				}
			}
		}
	}
	switch {
	case len(xids) == 0:
		return v, nil
	case len(xids) == 1:
		for x := range xids {
			if x != "" {
				return x, nil
			}
		}
	}
	if len(spellings) == 1 {
		for s := range spellings {
			return s, nil
		}
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for s := range spellings {
			if !yield(fmt.Sprintf("%q", s)) {
				return
			}
		}
	})
	return "", fmt.Errorf("%w: no node is named %q as typed, and nodes are named %s; give one of these exactly, or an xid", ErrAmbiguousName, v, strings.Join(names, ", "))
}

// foldName is how names are compared when none matches as typed: lower
// case, spaces collapsed, a leading "the" left out.
func foldName(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	return strings.TrimPrefix(s, "the ")
}
