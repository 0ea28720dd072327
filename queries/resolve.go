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

	"github.com/geokg/geokg/extract"
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
func Resolve(ctx context.Context, r Runner, vars map[string]string) (map[string]string, []Unmatched, error) {
	out, copied := vars, false
	var none []Unmatched
	for _, name := range nameVars {
		v, ok := vars["$"+name]
		if !ok || strings.TrimSpace(v) == "" {
			continue
		}
		alt, found, err := resolveName(ctx, r, v)
		if err != nil {
			return nil, nil, fmt.Errorf("--var %s=%q: %w", name, v, err)
		}
		if !found {
			none = append(none, Unmatched{Var: name, Value: v})
		}
		if alt == v {
			continue
		}
		if !copied {
			out, copied = maps.Clone(vars), true
		}
		out["$"+name] = alt
	}
	return out, none, nil
}

// Unmatched is a name given to a canned query that no node has, in any
// case: the query's empty answer means a typo or an unknown actor, not a
// quiet pair. Run lists them in the result as "unmatched".
type Unmatched struct {
	Var   string `json:"var"`
	Value string `json:"value"`
}

// Notice is the line that tells a user about u.
func (u Unmatched) Notice() string {
	return fmt.Sprintf("%s=%q matches nothing by name, alias, CAMEO code or xid (in any case)", u.Var, u.Value)
}

// WithUnmatched adds the names that matched nothing to a query's result
// (a JSON object) as "unmatched".
func WithUnmatched(data json.RawMessage, none []Unmatched) (json.RawMessage, error) {
	if len(none) == 0 {
		return data, nil
	}
	return withKey(data, "unmatched", none)
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
func resolveName(ctx context.Context, r Runner, v string) (alt string, found bool, err error) {
	data, err := r.Query(ctx, exactNameQuery, map[string]string{"$v": v})
	if err != nil {
		return "", false, fmt.Errorf("look up the name: %w", err)
	}
	var exact map[string][]struct{ UID string }
	if err := json.Unmarshal(data, &exact); err != nil {
		return "", false, fmt.Errorf("look up the name: decode: %w", err)
	}
	for _, hits := range exact {
		if len(hits) > 0 {
			return v, true, nil
		}
	}
	key := foldName(v)
	terms := strings.TrimSpace(key)
	if !strings.ContainsFunc(terms, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return v, false, nil
	}
	data, err = r.Query(ctx, termNameQuery, map[string]string{"$t": terms})
	if err != nil {
		return "", false, fmt.Errorf("look up the name: %w", err)
	}
	var cands map[string][]struct {
		XID     string `json:"xid"`
		Name    string `json:"name"`
		Aliases []string
	}
	if err := json.Unmarshal(data, &cands); err != nil {
		return "", false, fmt.Errorf("look up the name: decode: %w", err)
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
		return knownName(ctx, r, v)
	case len(xids) == 1:
		for x := range xids {
			if x != "" {
				return x, true, nil
			}
		}
	}
	if len(spellings) == 1 {
		for s := range spellings {
			return s, true, nil
		}
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for s := range spellings {
			if !yield(fmt.Sprintf("%q", s)) {
				return
			}
		}
	})
	return "", false, fmt.Errorf("%w: no node is named %q as typed, and nodes are named %s; give one of these exactly, or an xid", ErrAmbiguousName, v, strings.Join(names, ", "))
}

const xidsQuery = `query q($x: string) {
  x(func: eq(xid, $x)) { xid }
}`

// knownName finds v, which no node has as a name or alias in any case, in
// the dictionaries extraction uses: "US" is the United States (country:USA)
// whether or not an article loaded called it so. It returns the xid of the
// one node of the graph the dictionaries give v to, else v unmatched.
func knownName(ctx context.Context, r Runner, v string) (alt string, found bool, err error) {
	var have []string
	for _, id := range extract.KnownIDs(v) {
		data, err := r.Query(ctx, xidsQuery, map[string]string{"$x": id})
		if err != nil {
			return "", false, fmt.Errorf("look up the name: %w", err)
		}
		var res struct{ X []struct{ XID string } }
		if err := json.Unmarshal(data, &res); err != nil {
			return "", false, fmt.Errorf("look up the name: decode: %w", err)
		}
		if len(res.X) > 0 {
			have = append(have, id)
		}
	}
	if len(have) != 1 {
		return v, false, nil
	}
	return have[0], true, nil
}

// foldName is how names are compared when none matches as typed: lower
// case, spaces collapsed, a leading "the" left out.
func foldName(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	return strings.TrimPrefix(s, "the ")
}

// UnmatchedOf reads back the names Run found nothing for ("unmatched").
func UnmatchedOf(data json.RawMessage) []Unmatched {
	var res struct{ Unmatched []Unmatched }
	if json.Unmarshal(data, &res) != nil {
		return nil
	}
	return res.Unmatched
}
