package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/geokg/geokg/extract"
)

// writerVersion is part of every document digest. Change it whenever what a
// document becomes in the graph changes (the plan, the derivation, the
// schema's meaning), so that a reload with the new geokg writes every
// article again instead of taking it as already written.
const writerVersion = "geokg-writer-2026-12-06-copied-sentences"

// documentDigest identifies a document as written: a hash of the writer's
// version and the whole document. The Article node keeps the digest of the
// document last written into it (plan.request replaces the ones before:
// the article's reports are that document's); finding the digest there
// means that writing the document again would change nothing. A set of
// every document ever written took an earlier version, written over by
// another, for written.
func documentDigest(doc extract.Document) string {
	b, err := json.Marshal(doc)
	if err != nil {
		return "" // never matches: the document is written as usual
	}
	h := sha256.New()
	h.Write([]byte(writerVersion))
	h.Write([]byte{0})
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil))
}

// written reports, for each article of p, whether its document was written
// before, unchanged: one query for the whole plan.
func (s *Store) written(ctx context.Context, p *plan) ([]bool, error) {
	seen := make([]bool, len(p.articles))
	var b, decl strings.Builder
	vars := map[string]string{}
	for i, x := range p.articles {
		if p.digests[i] == "" {
			continue
		}
		if decl.Len() > 0 {
			decl.WriteString(", ")
		}
		fmt.Fprintf(&decl, "$x%d: string, $d%d: string", i, i)
		vars["$x"+strconv.Itoa(i)], vars["$d"+strconv.Itoa(i)] = x, p.digests[i]
		fmt.Fprintf(&b, "  a%d(func: eq(xid, $x%d)) @filter(eq(digests, $d%d)) { uid }\n", i, i, i)
	}
	if len(vars) == 0 {
		return seen, nil
	}
	q := "query q(" + decl.String() + ") {\n" + b.String() + "}\n"
	resp, err := s.dg.NewReadOnlyTxn().QueryWithVars(ctx, q, vars)
	if err != nil {
		return nil, fmt.Errorf("look up the articles: %w", err)
	}
	var res map[string][]struct{ UID string }
	if err := json.Unmarshal(resp.GetJson(), &res); err != nil {
		return nil, fmt.Errorf("look up the articles: decode: %w", err)
	}
	for i := range p.articles {
		seen[i] = len(res["a"+strconv.Itoa(i)]) > 0
	}
	return seen, nil
}
