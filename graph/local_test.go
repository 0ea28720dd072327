package graph_test

import (
	"context"
	"errors"
	"maps"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// freeOffset finds a port offset whose Dgraph ports are all free, away from
// the one graphtest.Main picked (that one is busy by now).
func freeOffset(t *testing.T) int {
	t.Helper()
	for off := 20000 + os.Getpid()%5000; off < 30000; off += 7 {
		if graph.PortsFree(off) {
			return off
		}
	}
	t.Fatal("no free port offset")
	return 0
}

// TestLocalUpStatusDown runs a second managed Dgraph beside the test
// binary's: up, up again (a no-op), status, a query, down, status.
func TestLocalUpStatusDown(t *testing.T) {
	graphtest.Addr(t) // skip under -short like the other Dgraph tests
	ctx := context.Background()
	var log strings.Builder
	l := graph.NewLocal(graph.LocalOptions{DataDir: t.TempDir(), PortOffset: freeOffset(t), Log: &log, KillWithParent: true})
	t.Cleanup(func() { l.Down(context.Background()) })

	st, err := l.Up(ctx)
	if err != nil {
		t.Fatalf("Up: %v\nlog:\n%s", err, log.String())
	}
	if !st.Running || !st.Healthy || st.PIDs["zero"] == 0 || st.PIDs["alpha"] == 0 {
		t.Fatalf("Up status = %+v, want running and healthy with pids", st)
	}
	if !strings.Contains(log.String(), "Dgraph is up") {
		t.Errorf("Up logged %q, want a line saying Dgraph is up", log.String())
	}

	again, err := l.Up(ctx)
	if err != nil {
		t.Fatalf("second Up: %v", err)
	}
	if again.PIDs["zero"] != st.PIDs["zero"] || again.PIDs["alpha"] != st.PIDs["alpha"] {
		t.Errorf("second Up started new processes: %v, first %v", again.PIDs, st.PIDs)
	}

	status, err := l.Status(ctx)
	if err != nil || !status.Running || !status.Healthy || status.AlphaGRPC != st.AlphaGRPC {
		t.Fatalf("Status = %+v, %v; want running at %s", status, err, st.AlphaGRPC)
	}
	countsBefore := writeSome(t, st.AlphaGRPC)

	// Another data directory on the same ports finds them taken by a
	// Dgraph it can point the user to.
	other := graph.NewLocal(graph.LocalOptions{DataDir: t.TempDir(), PortOffset: l.Options().PortOffset})
	if _, err := other.Up(ctx); err == nil || !strings.Contains(err.Error(), "already answers at "+st.AlphaGRPC) {
		t.Errorf("Up from another data directory on busy ports = %v, want it to point at %s", err, st.AlphaGRPC)
	}
	for _, f := range []string{"zero.log", "alpha.log"} {
		if fi, err := os.Stat(filepath.Join(st.DataDir, f)); err != nil || fi.Size() == 0 {
			t.Errorf("log %s: %v (want a non-empty file)", f, err)
		}
	}

	if err := l.Down(ctx); err != nil {
		t.Fatalf("Down: %v", err)
	}
	for name, pid := range st.PIDs {
		if alive(pid) {
			t.Errorf("%s (pid %d) still runs after Down", name, pid)
		}
	}
	status, err = l.Status(ctx)
	if err != nil || status.Running {
		t.Errorf("Status after Down = %+v, %v; want not running", status, err)
	}
	if err := l.Down(ctx); err != nil {
		t.Errorf("Down when stopped: %v, want a no-op", err)
	}

	// The data survives a restart.
	st, err = l.Up(ctx)
	if err != nil {
		t.Fatalf("Up after Down: %v\nlog:\n%s", err, log.String())
	}
	s, err := graph.Dial(ctx, st.AlphaGRPC)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	countsAfter, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(countsBefore, countsAfter) {
		t.Errorf("counts after restart = %v, want %v", countsAfter, countsBefore)
	}
	if err := l.Down(ctx); err != nil {
		t.Fatalf("Down: %v", err)
	}
}

// writeSome loads a fixture into the Dgraph at addr and returns its counts.
func writeSome(t *testing.T, addr string) map[string]int {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Dial(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Write(ctx, withdrawal()); err != nil {
		t.Fatal(err)
	}
	counts, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if counts[graph.TypeEvent] == 0 {
		t.Fatalf("counts after a write = %v", counts)
	}
	return counts
}

func alive(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	// A zombie (state Z) has exited; only its parent's wait is missing.
	return err == nil && !strings.Contains(string(b), ") Z ")
}

// TestLocalPortBusy occupies one of the ports and expects Up to name it,
// without starting anything.
func TestLocalPortBusy(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port := ln.Addr().(*net.TCPAddr).Port
	off := port - graph.AlphaHTTPPort
	if off < 0 {
		t.Skipf("listener got port %d, below Dgraph's; cannot place an offset on it", port)
	}
	dir := t.TempDir()
	l := graph.NewLocal(graph.LocalOptions{DataDir: dir, PortOffset: off, Bin: "/nonexistent/dgraph"})
	_, err = l.Up(context.Background())
	if err == nil {
		l.Down(context.Background())
		t.Fatal("Up succeeded on a busy port")
	}
	t.Logf("Up error: %v", err)
	want := "port " + strconv.Itoa(port) + " is busy"
	if !strings.Contains(err.Error(), want) {
		t.Errorf("Up error = %v, want it to say %q", err, want)
	}
	if _, ok := errors.AsType[*graph.PortBusyError](err); !ok {
		t.Errorf("Up error %T is not a *graph.PortBusyError", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "geokg-dgraph.json")); err == nil {
		t.Error("Up left a state file though it started nothing")
	}
}

// TestLocalStartFailureShowsLog runs a "dgraph" that prints a complaint and
// exits: Up must fail fast with the complaint from the log.
func TestLocalStartFailureShowsLog(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "dgraph")
	script := "#!/bin/sh\necho \"fake dgraph: $1 refuses to start\" >&2\nexit 3\n"
	if err := os.WriteFile(bin, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	l := graph.NewLocal(graph.LocalOptions{DataDir: filepath.Join(dir, "data"), PortOffset: freeOffset(t), Bin: bin})
	t0 := time.Now()
	_, err := l.Up(context.Background())
	if err == nil {
		t.Fatal("Up succeeded with a dgraph that exits")
	}
	t.Logf("Up error: %v", err)
	if !strings.Contains(err.Error(), "fake dgraph: zero refuses to start") {
		t.Errorf("Up error = %v\nwant the last lines of zero's log in it", err)
	}
	if d := time.Since(t0); d > 10*time.Second {
		t.Errorf("Up took %s to notice the exit", d)
	}
	if st, _ := l.Status(context.Background()); st.Running {
		t.Errorf("Status after a failed Up = %+v", st)
	}
}
