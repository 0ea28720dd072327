package graph

import (
	"context"

	"github.com/dgraph-io/dgo/v230/protos/api"
)

// Alter changes the schema; tests use it to make the database's schema
// differ from Schema.
func (s *Store) Alter(ctx context.Context, schema string) error {
	return s.dg.Alter(ctx, &api.Operation{Schema: schema})
}
