package graph

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/dgraph-io/dgo/v230"
)

// Snapshot runs read-only queries that all see the database as it was at
// the first of them: one read-only transaction, whose start timestamp the
// first query fixes. An export that reads a graph in many pages uses it so
// that writes landing meanwhile (a load running beside it) do not give it
// half of a document, or an edge to a node it did not read.
// It is not safe for concurrent use.
type Snapshot struct {
	addr string
	txn  *dgo.Txn
}

// Snapshot returns a new snapshot of the database; see Snapshot.
func (s *Store) Snapshot() *Snapshot {
	return &Snapshot{addr: s.addr, txn: s.dg.NewReadOnlyTxn()}
}

// Query is Store.Query at the snapshot's timestamp.
func (s *Snapshot) Query(ctx context.Context, q string, vars map[string]string) (json.RawMessage, error) {
	resp, err := s.txn.QueryWithVars(ctx, q, dollarVars(vars))
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", s.addr, dgraphErr(err))
	}
	return json.RawMessage(resp.GetJson()), nil
}
