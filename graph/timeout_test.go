//go:build unix

package graph_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// TestFrozenAlpha freezes a real alpha (SIGSTOP) after the store is
// connected: every kind of request must give up at its timeout with an
// *UnansweredError naming the address, say while it waits, and the store
// must work again once the alpha is thawed.
func TestFrozenAlpha(t *testing.T) {
	status := graphtest.Another(t)
	ctx := context.Background()
	// The schema first, with the default timeout: a fresh alpha on a busy
	// machine can take seconds over it.
	setup, err := graph.Dial(ctx, status.AlphaGRPC)
	if err != nil {
		t.Fatal(err)
	}
	if err := setup.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	setup.Close()
	var waits atomic.Int32
	st, err := graph.DialWith(ctx, status.AlphaGRPC, graph.DialOptions{
		Timeout:    2 * time.Second,
		WaitNotice: 500 * time.Millisecond,
		OnWait: func(w graph.Wait) {
			if w.Addr == status.AlphaGRPC && w.Waited > 0 && w.Timeout == 2*time.Second {
				waits.Add(1)
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Query(ctx, `{ q(func: has(xid), first: 1) { xid } }`, nil); err != nil {
		t.Fatalf("query before the freeze: %v", err)
	}

	thaw := graphtest.Freeze(t, status)
	// Without the store's own timeout a request would hang for good: this
	// later deadline turns that into a failure, not a stuck test.
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	requests := []struct {
		name string
		do   func() error
	}{
		{"query", func() error { _, err := st.Query(ctx, `{ q(func: has(xid), first: 1) { xid } }`, nil); return err }},
		{"schema", func() error { return st.ApplySchema(ctx) }},
		{"counts", func() error { _, err := st.Counts(ctx); return err }},
	}
	for _, r := range requests {
		waits.Store(0)
		start := time.Now()
		err := r.do()
		took := time.Since(start)
		ue, ok := errors.AsType[*graph.UnansweredError](err)
		if !ok {
			t.Fatalf("%s on a frozen alpha: err = %v, want *UnansweredError", r.name, err)
		}
		if took > 10*time.Second {
			t.Errorf("%s gave up after %v, want about the 2s timeout", r.name, took)
		}
		if msg := err.Error(); !strings.Contains(msg, status.AlphaGRPC) || !strings.Contains(msg, "check that") || ue.Timeout != 2*time.Second {
			t.Errorf("%s: error should name the address and what to do: %v", r.name, msg)
		}
		if waits.Load() == 0 {
			t.Errorf("%s: OnWait never called while waiting %v", r.name, took)
		}
	}

	thaw()
	if _, err := st.Query(ctx, `{ q(func: has(xid), first: 1) { xid } }`, nil); err != nil {
		t.Errorf("query after the alpha thawed: %v", err)
	}

	// Killed: the next request fails at once, naming the address.
	if p, err := os.FindProcess(status.PIDs["alpha"]); err == nil {
		p.Kill()
		p.Wait()
	}
	time.Sleep(200 * time.Millisecond)
	start := time.Now()
	_, err = st.Query(ctx, `{ q(func: has(xid), first: 1) { xid } }`, nil)
	ue, ok := errors.AsType[*graph.UnansweredError](err)
	if !ok || ue.Timeout != 0 || !strings.Contains(err.Error(), status.AlphaGRPC) || !strings.Contains(err.Error(), "stopped answering") {
		t.Errorf("query to a killed alpha: err = %v, want *UnansweredError saying it stopped answering", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("query to a killed alpha took %v", d)
	}
}
