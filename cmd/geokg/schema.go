package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/geokg/geokg/graph"
)

// SchemaOptions are the flags of `geokg schema`.
type SchemaOptions struct {
	Apply bool
}

func newSchemaCommand(g *globalOptions) *cli.Command {
	var opts SchemaOptions
	return &cli.Command{
		Name:  "schema",
		Usage: "print the Dgraph schema, or apply it with --apply",
		Description: `Examples:
   geokg schema > geokg.schema
   geokg schema --apply
   curl -s localhost:8080/alter --data-binary "$(geokg schema)"`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "apply", Usage: "apply the schema to Dgraph (load does this too)", Destination: &opts.Apply},
		},
		Action: func(c *cli.Context) error { return runSchema(c.Context, opts, g) },
	}
}

func runSchema(ctx context.Context, opts SchemaOptions, g *globalOptions) error {
	if !opts.Apply {
		_, err := fmt.Fprint(g.stdout, graph.Schema())
		return err
	}
	st, err := g.connect(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.ApplySchema(ctx); err != nil {
		return fmt.Errorf("apply schema: %w", err)
	}
	g.notice("schema applied at %s", st.Addr())
	return nil
}
