package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/geokg/geokg/extract"
)

// writerVersion is part of every document digest. Change it whenever what a
// document becomes in the graph changes (the plan, the derivation, the
// schema's meaning), so that a reload with the new geokg writes every
// article again instead of taking it as already written.
const writerVersion = "geokg-writer-2026-12-04"

// documentDigest identifies a document as written: a hash of the writer's
// version and the whole document. The Article node keeps the digests of
// every document written into it (digests, a set, so that the graph is the
// same whatever the order); finding the digest there means that writing the
// document again would change nothing.
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

// written reports whether p's document was written before, unchanged.
func (s *Store) written(ctx context.Context, p *plan) (bool, error) {
	if p.digest == "" {
		return false, nil
	}
	const q = `query q($x: string, $d: string) { a(func: eq(xid, $x)) @filter(eq(digests, $d)) { uid } }`
	resp, err := s.dg.NewReadOnlyTxn().QueryWithVars(ctx, q, map[string]string{"$x": p.article, "$d": p.digest})
	if err != nil {
		return false, fmt.Errorf("look up the article: %w", err)
	}
	var res struct {
		A []struct{ UID string } `json:"a"`
	}
	if err := json.Unmarshal(resp.GetJson(), &res); err != nil {
		return false, fmt.Errorf("look up the article: decode: %w", err)
	}
	return len(res.A) > 0, nil
}
