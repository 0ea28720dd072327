package graph

import (
	"context"
	_ "embed"
	"fmt"

	"github.com/dgraph-io/dgo/v230/protos/api"
)

//go:embed schema.dql
var schemaDQL string

// Schema returns the DQL schema geokg writes against (graph/schema.dql).
func Schema() string { return schemaDQL }

// ApplySchema installs Schema. It is idempotent: applying it to a database
// that already has it changes nothing, and applying it after a schema change
// re-indexes what needs it.
func (s *Store) ApplySchema(ctx context.Context) error {
	if err := s.dg.Alter(ctx, &api.Operation{Schema: schemaDQL}); err != nil {
		return fmt.Errorf("apply schema at %s: %w", s.addr, dgraphErr(err))
	}
	return nil
}
