package graphtest

import (
	"context"
	"os"
	"testing"

	"github.com/geokg/geokg/graph"
)

// Another starts a throwaway Dgraph of the calling test's own, apart from
// the one Main shares (for a test that copies a graph from one Dgraph into
// another, as an export and a reload do, or that harms it: Freeze), and
// stops it when the test ends. It returns its status:
// AlphaGRPC for Dial and for dgraph live's --alpha, ZeroGRPC for --zero.
// The database is empty, with no schema. It skips under -short and fails the
// test when Dgraph cannot start. It costs a few seconds: use it sparingly.
func Another(tb testing.TB) graph.LocalStatus {
	tb.Helper()
	if testing.Short() {
		tb.Skip("needs Dgraph; skipped with -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()
	local, status, err := start(ctx, tb.TempDir())
	if err != nil {
		tb.Fatalf("graphtest: start another Dgraph: %v", err)
	}
	tb.Cleanup(func() {
		if err := local.Down(context.Background()); err != nil {
			tb.Errorf("graphtest: stop Dgraph: %v", err)
		}
	})
	return status
}

// Binary returns the dgraph binary the test Dgraphs run, found as the CLI
// finds it, for tests that run its other commands (dgraph live, bulk).
func Binary(tb testing.TB) string {
	tb.Helper()
	bin, err := graph.NewLocal(graph.LocalOptions{Log: os.Stderr}).Binary(tb.Context())
	if err != nil {
		tb.Fatalf("graphtest: dgraph binary: %v", err)
	}
	return bin
}
