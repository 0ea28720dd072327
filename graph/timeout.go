package graph

import (
	"context"
	"fmt"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// DefaultTimeout bounds each request to Dgraph when DialOptions.Timeout is
// zero. Writing one article, a canned query over a large corpus or applying
// an unchanged schema takes well under a second to a few seconds on a
// healthy alpha; a minute leaves room for a busy one while a frozen or
// partitioned alpha is reported in a minute rather than never.
const DefaultTimeout = time.Minute

// DefaultWaitNotice is how long a request runs before OnWait is first
// called: long enough that a healthy load never says it waits.
const DefaultWaitNotice = 5 * time.Second

// DialOptions tune DialWith. The zero value is ready to use.
type DialOptions struct {
	// Timeout bounds every request (query, mutation, commit, schema change)
	// that has no earlier deadline of its own. Default DefaultTimeout.
	Timeout time.Duration
	// OnWait, when set, is called when a request has waited WaitNotice,
	// and again each time its wait has doubled, until it ends, so that the
	// CLI can say it is waiting instead of hanging silently. It is called
	// from another goroutine.
	OnWait func(Wait)
	// WaitNotice is the first wait that OnWait reports. Default
	// DefaultWaitNotice.
	WaitNotice time.Duration
}

func (o *DialOptions) applyDefaults() {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.WaitNotice <= 0 {
		o.WaitNotice = DefaultWaitNotice
	}
}

// Wait describes a request still waiting for Dgraph.
type Wait struct {
	Addr    string        // the alpha
	Request string        // what was asked: query, commit, schema change...
	Waited  time.Duration // so far
	Timeout time.Duration // when it gives up
}

// UnansweredError is a request the alpha did not answer: it went past its
// timeout (a frozen, overloaded or partitioned alpha), or the alpha became
// unreachable after Dial (stopped, crashed). It names the address and says
// what to do; it unwraps to the gRPC error.
type UnansweredError struct {
	Addr    string
	Request string
	Timeout time.Duration // zero when the alpha was unreachable
	Err     error
}

func (e *UnansweredError) Error() string {
	if e.Timeout > 0 {
		return fmt.Sprintf("dgraph at %s did not answer a %s within %s: check that the alpha there is running and "+
			"not frozen or overloaded (its log, its /health), then run the command again; what was written before "+
			"is kept and loading again adds only the rest (a slow but healthy alpha needs a longer --timeout)",
			e.Addr, e.Request, e.Timeout)
	}
	return fmt.Sprintf("dgraph at %s stopped answering a %s (%s): check that the alpha there is running "+
		"(geokg dgraph status, or its log), then run the command again; what was written before is kept",
		e.Addr, e.Request, grpcMessage(e.Err))
}

func (e *UnansweredError) Unwrap() error { return e.Err }

// deadlines is a gRPC interceptor that gives every request to addr a
// deadline and reports requests that wait long. It lives on the connection,
// so every call through dgo gets it without the callers' help.
func deadlines(addr string, o DialOptions) grpc.UnaryClientInterceptor {
	return func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
		parent := ctx
		ctx, cancel := context.WithTimeout(ctx, o.Timeout)
		defer cancel()
		what := requestName(method)
		if o.OnWait != nil {
			done := make(chan struct{})
			defer close(done)
			go func(start time.Time) {
				// Say it at WaitNotice, then each time the wait has doubled:
				// a minute's wait gives four lines, not twelve.
				next := o.WaitNotice
				timer := time.NewTimer(next)
				defer timer.Stop()
				for {
					select {
					case <-done:
						return
					case <-ctx.Done():
						return
					case now := <-timer.C:
						o.OnWait(Wait{Addr: addr, Request: what, Waited: now.Sub(start).Round(time.Second), Timeout: o.Timeout})
						next *= 2
						timer.Reset(start.Add(next).Sub(time.Now()))
					}
				}
			}(time.Now())
		}
		err := invoker(ctx, method, req, reply, cc, opts...)
		if err == nil || parent.Err() != nil || what == "version check" {
			return err // the caller's own deadline or cancel, or Dial's check: theirs to report
		}
		switch status.Code(err) {
		case codes.DeadlineExceeded:
			if ctx.Err() != nil {
				return &UnansweredError{Addr: addr, Request: what, Timeout: o.Timeout, Err: err}
			}
		case codes.Unavailable:
			return &UnansweredError{Addr: addr, Request: what, Err: err}
		}
		return err
	}
}

// requestName says in words what a Dgraph gRPC method does.
func requestName(method string) string {
	switch m := method[strings.LastIndexByte(method, '/')+1:]; m {
	case "Query":
		return "query or mutation"
	case "Alter":
		return "schema change"
	case "CommitOrAbort":
		return "commit"
	case "CheckVersion":
		return "version check"
	default:
		return m + " request"
	}
}
