// Package graphtest gives tests a real, throwaway Dgraph. A package's
// TestMain calls Main, which starts one Dgraph for the whole test binary with
// graph's own managed-Dgraph code (temporary data directory, free loopback
// ports), runs the tests and stops it. Tests then call Addr or Store.
//
// Dgraph tests run by default: if Dgraph cannot start, Main fails the test
// binary with the reason instead of skipping. `go test -short` starts
// nothing, and Addr and Store skip the calling test.
//
// The Dgraph binary is found as the CLI finds it: $GEOKG_DGRAPH_BIN, dgraph
// on PATH, the user cache, or built once from the pinned module (about two
// minutes, shared by all later runs).
package graphtest

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
)

// envAlpha carries the address of the Dgraph Main started to Addr (and to
// any subprocess a test runs), which keeps this package free of mutable
// globals. Main always sets it, so a value left in the environment never
// points tests, which drop all data, at someone's real database.
const envAlpha = "GEOKG_GRAPHTEST_ALPHA"

// startTimeout covers building Dgraph on first use (about two minutes cold)
// plus starting it on a machine busy running other test binaries.
const startTimeout = 8 * time.Minute

// Main is for TestMain: func TestMain(m *testing.M) { graphtest.Main(m) }.
// Unless -short is given it starts a Dgraph, runs the tests, stops Dgraph
// and exits with the tests' code; it exits 1 with the reason when Dgraph
// cannot start.
func Main(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	flag.Parse()
	if testing.Short() {
		return m.Run()
	}
	dir, err := os.MkdirTemp("", "geokg-graphtest-")
	if err != nil {
		fmt.Fprintf(os.Stderr, "graphtest: cannot start Dgraph: %v\n", err)
		return 1
	}
	defer os.RemoveAll(dir)

	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	local, status, err := start(ctx, dir)
	cancel()
	if err != nil {
		fmt.Fprintf(os.Stderr, "graphtest: cannot start Dgraph for the tests: %v\n"+
			"graphtest: the tests need a real Dgraph; go test -short skips them\n", err)
		return 1
	}
	os.Setenv(envAlpha, status.AlphaGRPC)
	code := m.Run()
	if err := local.Down(context.Background()); err != nil {
		fmt.Fprintf(os.Stderr, "graphtest: stop Dgraph: %v\n", err)
		if code == 0 {
			code = 1
		}
	}
	return code
}

// start brings up a Dgraph (one zero, one alpha) in dir on a free port
// offset.
func start(ctx context.Context, dir string) (*graph.Local, graph.LocalStatus, error) {
	return startWith(ctx, dir, graph.LocalOptions{})
}

// startWith is start with opts for what is not about where (Alphas,
// AlphaFlags, Client). Several test
// binaries start their Dgraph at the same time (go test ./...), so a port
// can be taken between the check and the start: that case retries with
// another offset.
func startWith(ctx context.Context, dir string, opts graph.LocalOptions) (*graph.Local, graph.LocalStatus, error) {
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		off, err := freeOffset(max(opts.Alphas, 1))
		if err != nil {
			return nil, graph.LocalStatus{}, err
		}
		opts.DataDir = filepath.Join(dir, fmt.Sprintf("dgraph-%d", off))
		opts.PortOffset = off
		opts.Log = os.Stderr
		opts.KillWithParent = true
		local := graph.NewLocal(opts)
		status, err := local.Up(ctx)
		if err == nil {
			return local, status, nil
		}
		lastErr = err
		if _, busy := errors.AsType[*graph.PortBusyError](err); !busy && !strings.Contains(err.Error(), "address already in use") {
			break
		}
	}
	return nil, graph.LocalStatus{}, lastErr
}

// freeOffset picks a port offset whose ports are free for a Dgraph of
// alphas alphas (the ports of alpha i are at offset+i). Offsets are drawn
// at random from a range that keeps all ports (5080+o to 9080+o) below the
// usual ephemeral range, so parallel test binaries rarely meet.
func freeOffset(alphas int) (int, error) {
next:
	for range 100 {
		off := 1000 + rand.IntN(19000)
		for i := range alphas {
			if !graph.PortsFree(off + i) {
				continue next
			}
		}
		return off, nil
	}
	return 0, errors.New("no free port offset found for Dgraph")
}

// Addr returns the gRPC address of the test binary's Dgraph. It skips the
// test under -short and fails it when Main was not called from TestMain.
func Addr(tb testing.TB) string {
	tb.Helper()
	if testing.Short() {
		tb.Skip("needs Dgraph; skipped with -short")
	}
	a := os.Getenv(envAlpha)
	if a == "" {
		tb.Fatal("graphtest: no Dgraph: the package's TestMain must call graphtest.Main(m)")
	}
	return a
}

// Store returns a store on an empty database with the geokg schema: it drops
// all data first. Tests that use it therefore must not run in parallel with
// each other (no t.Parallel); each test binary has its own Dgraph, so
// packages do run in parallel. The store is closed when the test ends.
func Store(tb testing.TB) *graph.Store {
	tb.Helper()
	addr := Addr(tb)
	ctx := tb.Context()
	st, err := graph.Dial(ctx, addr)
	if err != nil {
		tb.Fatalf("graphtest: %v", err)
	}
	tb.Cleanup(func() { st.Close() })
	if err := st.DropAll(ctx); err != nil {
		tb.Fatalf("graphtest: %v", err)
	}
	if err := st.ApplySchema(ctx); err != nil {
		tb.Fatalf("graphtest: %v", err)
	}
	return st
}

// Dump returns the whole graph in a canonical text form, one node a line:
// every node with an xid, its types and predicates, edges shown as the xids
// they point to, lists sorted, uids left out. Two graphs built from the
// same articles in different orders must dump identically.
func Dump(tb testing.TB, st *graph.Store) string {
	tb.Helper()
	raw, err := st.Query(tb.Context(), `{ n(func: has(xid)) { dgraph.type expand(_all_) { xid } } }`, nil)
	if err != nil {
		tb.Fatalf("graphtest: dump: %v", err)
	}
	var res struct{ N []map[string]any }
	if err := json.Unmarshal(raw, &res); err != nil {
		tb.Fatalf("graphtest: dump: %v", err)
	}
	lines := make([]string, 0, len(res.N))
	for _, n := range res.N {
		b, err := json.Marshal(canonical(n))
		if err != nil {
			tb.Fatalf("graphtest: dump: %v", err)
		}
		lines = append(lines, string(b))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n") + "\n"
}

// canonical drops uids and sorts lists by their JSON form, so that a dump
// does not depend on the order Dgraph stored or returns things in.
func canonical(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			if k != "uid" {
				out[k] = canonical(x)
			}
		}
		if x, ok := out["xid"]; ok && len(out) == 1 {
			return x // an edge: the xid it points to
		}
		return out
	case []any:
		type kv struct {
			key string
			val any
		}
		items := make([]kv, 0, len(v))
		for _, x := range v {
			c := canonical(x)
			b, _ := json.Marshal(c)
			items = append(items, kv{string(b), c})
		}
		slices.SortFunc(items, func(a, b kv) int { return strings.Compare(a.key, b.key) })
		out := make([]any, len(items))
		for i, it := range items {
			out[i] = it.val
		}
		return out
	}
	return v
}

// LineDiff lists the lines only in want (-) and only in got (+), for
// showing how two dumps differ.
func LineDiff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	mw, mg := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !mg[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !mw[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}
