package main

import (
	"context"
	"fmt"
	"time"

	"github.com/geokg/geokg/graph"
)

// defaultAlpha is where load, query and report look for Dgraph when no
// --alpha is given; it is also where the managed local Dgraph listens.
func (g *globalOptions) defaultAlpha() string {
	return fmt.Sprintf("127.0.0.1:%d", graph.AlphaGRPCPort+g.Offset)
}

// probeTimeout bounds the check for a Dgraph at the default address: long
// enough for a loaded local server, short enough not to stall the CLI.
const probeTimeout = 3 * time.Second

// local returns the managed local Dgraph of these options.
func (g *globalOptions) local() *graph.Local {
	opts := graph.LocalOptions{DataDir: g.DataDir, PortOffset: g.Offset, Log: g.stderr}
	if g.Quiet {
		opts.Log = nil
	}
	return graph.NewLocal(opts)
}

// connect returns a store on the Dgraph the user means: --alpha (or
// GEOKG_ALPHA) when given, which must answer; else the default address; else
// the managed local Dgraph, started now and given the schema, so that a
// query on a new database reports no rows rather than unindexed predicates.
func (g *globalOptions) connect(ctx context.Context) (*graph.Store, error) {
	if err := g.checkCluster(); err != nil {
		return nil, err
	}

	if g.Alpha != "" {
		st, err := g.dial(ctx, g.Alpha)
		if err != nil {
			return nil, fmt.Errorf("connect to Dgraph at %s (from --alpha or GEOKG_ALPHA): %w; "+
				"check that a Dgraph alpha runs there and answers (a frozen or overloaded one does not), "+
				"or leave out --alpha to use the managed local Dgraph", g.Alpha, err)
		}
		return st, nil
	}
	pctx, cancel := context.WithTimeout(ctx, probeTimeout)
	st, err := g.dial(pctx, g.defaultAlpha())
	cancel()
	if err == nil {
		return st, nil
	}
	g.notice("no Dgraph answers at %s; starting the managed local Dgraph (stop it with: geokg dgraph down)", g.defaultAlpha())
	status, err := g.local().Up(ctx)
	if err != nil {
		return nil, fmt.Errorf("start the managed local Dgraph: %w", err)
	}
	g.notice("managed Dgraph is up: gRPC %s, HTTP %s, data in %s", status.AlphaGRPC, status.AlphaHTTP, status.DataDir)
	st, err = g.dial(ctx, status.AlphaGRPC)
	if err != nil {
		return nil, fmt.Errorf("connect to the managed Dgraph at %s: %w", status.AlphaGRPC, err)
	}
	if err := st.ApplySchema(ctx); err != nil {
		st.Close()
		return nil, fmt.Errorf("apply schema: %w", err)
	}
	return st, nil
}
