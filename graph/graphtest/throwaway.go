//go:build unix

package graphtest

import (
	"context"
	"os"
	"syscall"
	"testing"

	"github.com/geokg/geokg/graph"
)

// Throwaway starts a Dgraph of the test's own, apart from the one Main
// shares, for tests that harm it (freeze it, stop it). It skips under
// -short and is stopped when the test ends.
func Throwaway(tb testing.TB) graph.LocalStatus {
	tb.Helper()
	if testing.Short() {
		tb.Skip("needs Dgraph; skipped with -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()
	local, status, err := start(ctx, tb.TempDir())
	if err != nil {
		tb.Fatalf("graphtest: start a throwaway Dgraph: %v", err)
	}
	tb.Cleanup(func() {
		if err := local.Down(context.Background()); err != nil {
			tb.Errorf("graphtest: stop the throwaway Dgraph: %v", err)
		}
	})
	return status
}

// Freeze stops the alpha of status with SIGSTOP, as a hung or swapped-out
// server: its port still accepts connections but nothing answers. The
// returned thaw resumes it; it also runs when the test ends (before the
// Dgraph is stopped, since a stopped process does not act on SIGTERM).
func Freeze(tb testing.TB, status graph.LocalStatus) (thaw func()) {
	tb.Helper()
	pid := status.PIDs["alpha"]
	if pid == 0 {
		tb.Fatal("graphtest: no alpha pid to freeze")
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		tb.Fatal(err)
	}
	if err := p.Signal(syscall.SIGSTOP); err != nil {
		tb.Fatalf("graphtest: freeze alpha %d: %v", pid, err)
	}
	thawed := false
	thaw = func() {
		if !thawed {
			thawed = true
			p.Signal(syscall.SIGCONT)
		}
	}
	tb.Cleanup(thaw)
	return thaw
}
