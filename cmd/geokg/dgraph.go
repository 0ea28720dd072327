package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v2"
)

func newDgraphCommand(g *globalOptions) *cli.Command {
	return &cli.Command{
		Name:  "dgraph",
		Usage: "manage the local Dgraph that geokg starts by itself",
		Description: `The managed Dgraph is a zero and an alpha bound to 127.0.0.1, with data and logs
under the data directory (--data-dir, GEOKG_DATA_DIR). Its binary is $GEOKG_DGRAPH_BIN,
else dgraph on PATH, else built once from the pinned Dgraph module (a few minutes, needs
Go). It keeps running between commands until "geokg dgraph down".

Researchers can point Ratel or curl at its HTTP port, e.g.
   curl -s -H 'Content-Type: application/dql' localhost:8080/query \
     -d '{ a(func: type(Actor), first: 5) { name kind actor_code } }'

Examples:
   geokg dgraph up
   geokg dgraph status
   geokg dgraph down`,
		Subcommands: []*cli.Command{
			{Name: "up", Usage: "start the managed Dgraph (building it the first time) and wait until it is healthy",
				Action: func(c *cli.Context) error { return runDgraphUp(c.Context, g) }},
			{Name: "down", Usage: "stop the processes the managed Dgraph started",
				Action: func(c *cli.Context) error { return runDgraphDown(c.Context, g) }},
			{Name: "build", Usage: "find or build the Dgraph binary (done by up when needed) and print its path",
				Action: func(c *cli.Context) error { return runDgraphBuild(c.Context, g) }},
			{Name: "status", Usage: "say whether the managed Dgraph runs, where, and its pids",
				Action: func(c *cli.Context) error { return runDgraphStatus(c.Context, g) }},
		},
	}
}

func runDgraphUp(ctx context.Context, g *globalOptions) error {
	s, err := g.local().Up(ctx)
	if err != nil {
		return fmt.Errorf("dgraph up: %w", err)
	}
	fmt.Fprintf(g.stdout, "Dgraph is up: gRPC %s, HTTP %s, data in %s\n", s.AlphaGRPC, s.AlphaHTTP, s.DataDir)
	return nil
}

func runDgraphDown(ctx context.Context, g *globalOptions) error {
	if err := g.local().Down(ctx); err != nil {
		return fmt.Errorf("dgraph down: %w", err)
	}
	fmt.Fprintln(g.stdout, "Dgraph is down")
	return nil
}

func runDgraphStatus(ctx context.Context, g *globalOptions) error {
	s, err := g.local().Status(ctx)
	if err != nil {
		return fmt.Errorf("dgraph status: %w", err)
	}
	if !s.Running {
		fmt.Fprintf(g.stdout, "Dgraph is not running (data in %s)\n", s.DataDir)
		return nil
	}
	fmt.Fprintf(g.stdout, "Dgraph is running: gRPC %s, HTTP %s, data in %s, pids %v\n", s.AlphaGRPC, s.AlphaHTTP, s.DataDir, s.PIDs)
	return nil
}

func runDgraphBuild(ctx context.Context, g *globalOptions) error {
	bin, err := g.local().Binary(ctx)
	if err != nil {
		return fmt.Errorf("dgraph build: %w", err)
	}
	fmt.Fprintln(g.stdout, bin)
	return nil
}
