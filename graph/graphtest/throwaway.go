//go:build unix

package graphtest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
)

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
	waitStopped(tb, pid)
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

// waitStopped waits until every thread of pid has stopped: kill returns
// before the threads running on other CPUs are, and one of them could still
// answer a request. Where /proc is absent it waits a moment.
func waitStopped(tb testing.TB, pid int) {
	tb.Helper()
	tasks := fmt.Sprintf("/proc/%d/task", pid)
	if _, err := os.Stat(tasks); err != nil {
		time.Sleep(200 * time.Millisecond)
		return
	}
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if allStopped(tasks) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	tb.Fatalf("graphtest: alpha %d did not stop", pid)
}

func allStopped(tasks string) bool {
	ents, err := os.ReadDir(tasks)
	if err != nil || len(ents) == 0 {
		return false
	}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(tasks, e.Name(), "stat"))
		if err != nil {
			return false
		}
		// The state follows the command name, which is in parentheses.
		i := bytes.LastIndexByte(b, ')')
		if i < 0 || i+2 >= len(b) || (b[i+2] != 'T' && b[i+2] != 't') {
			return false
		}
	}
	return true
}
