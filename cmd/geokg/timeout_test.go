//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/geokg/geokg/graph/graphtest"
)

// TestFrozenAlphaCLI: with the alpha frozen (SIGSTOP), load and query fail
// in seconds, naming the address and what to do, instead of hanging; once
// it is thawed, loading works again.
func TestFrozenAlphaCLI(t *testing.T) {
	status := graphtest.Another(t)
	e := newEnv(t, status.AlphaGRPC)
	if code := e.run("load", "testdata/articles"); code != exitOK {
		t.Fatalf("load on a healthy alpha: exit %d: %s", code, e.stderr)
	}

	// Frozen in the middle of a load: the input is a named pipe, which load
	// opens after it has connected and applied the schema. Opening the pipe
	// for writing returns then; the alpha is frozen before the article is
	// written, so the first write is what waits.
	fifo := filepath.Join(t.TempDir(), "article.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	type result struct {
		code   int
		stderr string
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		code, _, stderr := runArgs(t, "load", "--alpha", status.AlphaGRPC, "--timeout", "10s", fifo)
		done <- result{code, stderr}
	}()
	// Open the pipe once load has opened it to read; if load fails before,
	// say why rather than wait for good.
	var w *os.File
	for w == nil {
		select {
		case r := <-done:
			t.Fatalf("load ended before reading its input: exit %d: %s", r.code, r.stderr)
		case <-time.After(50 * time.Millisecond):
		}
		if f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w = f
		}
	}
	thaw := graphtest.Freeze(t, status)
	w.WriteString("Talks resume\n\nTurkey and Greece agreed on Monday to resume talks on the Aegean.\n")
	w.Close()
	select {
	case r := <-done:
		if r.code != exitFailure {
			t.Errorf("load frozen mid-way: exit %d, want %d", r.code, exitFailure)
		}
		for _, want := range []string{"waiting for Dgraph at " + status.AlphaGRPC, "did not answer", status.AlphaGRPC, "check that"} {
			if !strings.Contains(r.stderr, want) {
				t.Errorf("load frozen mid-way: stderr lacks %q:\n%s", want, r.stderr)
			}
		}
		t.Logf("load frozen mid-way gave up after %v:\n%s", time.Since(start).Round(time.Second), strings.TrimSpace(r.stderr))
	case <-time.After(60 * time.Second):
		thaw()
		t.Fatal("load hangs on an alpha frozen mid-way")
	}

	// Frozen before the command starts.
	for _, args := range [][]string{
		{"load", "--timeout", "3s", "testdata/articles"},
		{"query", "--timeout", "3s", "{ q(func: has(xid), first: 1) { xid } }"},
		{"report", "dyad", "--actor", "US", "--with", "Ukraine", "--timeout=3s"},
	} {
		done := make(chan int, 1)
		start := time.Now()
		go func() { done <- e.run(args...) }()
		select {
		case code := <-done:
			if code != exitFailure {
				t.Errorf("%s on a frozen alpha: exit %d, want %d", args[0], code, exitFailure)
			}
			msg := e.stderr.String()
			if !strings.Contains(msg, status.AlphaGRPC) || !strings.Contains(msg, "check that") {
				t.Errorf("%s: error should name the address and what to do: %s", args[0], msg)
			}
			t.Logf("%s gave up after %v: %s", args[0], time.Since(start).Round(time.Second), strings.TrimSpace(msg))
		case <-time.After(60 * time.Second):
			thaw() // let the command end before the test does
			t.Fatalf("%s hangs on a frozen alpha", args[0])
		}
	}

	thaw()
	if code := e.run("load", "testdata/articles"); code != exitOK {
		t.Errorf("load after the alpha thawed: exit %d: %s", code, e.stderr)
	}
}
