package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Dgraph's default ports; a managed Dgraph listens on these plus
// LocalOptions.PortOffset, all on loopback.
const (
	ZeroGRPCPort      = 5080
	ZeroHTTPPort      = 6080
	AlphaInternalPort = 7080
	AlphaHTTPPort     = 8080
	AlphaGRPCPort     = 9080
)

// LocalOptions configures a managed local Dgraph. The zero value is the
// geokg default; every field documents what an empty value means.
type LocalOptions struct {
	// DataDir holds Dgraph's data (zero's zw, alpha's p, w and t), its logs
	// (zero.log, alpha.log) and the state file with the pids geokg started.
	// Default: $GEOKG_DATA_DIR, else $XDG_DATA_HOME/geokg/dgraph, else
	// ~/.local/share/geokg/dgraph: data a researcher loaded must survive
	// reboots and cache cleaning, so it lives with user data.
	DataDir string

	// CacheDir is where a Dgraph binary built from source is kept
	// (CacheDir/dgraph-v25.3.8/dgraph). Default: os.UserCacheDir()/geokg,
	// because the binary can always be rebuilt.
	CacheDir string

	// Bin is the dgraph binary to run. Default: $GEOKG_DGRAPH_BIN, else
	// dgraph on PATH, else the cached build, else built once from the
	// pinned module (about two minutes; needs Go).
	Bin string

	// PortOffset is added to every Dgraph port (zero 5080/6080, alpha
	// 7080/8080/9080), as dgraph's own --port_offset. Default 0: the ports
	// Ratel, curl examples and other Dgraph tools expect.
	PortOffset int

	// Log receives progress: starting, building the binary, stopping.
	// Default: discarded; the CLI passes stderr.
	Log io.Writer

	// StartTimeout bounds how long Up waits for Dgraph to become healthy.
	// Default 90s: a cold start takes about 10s on a 2-core machine, and a
	// busy machine (tests of several packages in parallel) can be much
	// slower.
	StartTimeout time.Duration

	// StopTimeout is how long Down waits after SIGTERM before SIGKILL.
	// Default 15s: alpha flushes its posting lists on SIGTERM, which takes a
	// few seconds on a large store; killing it earlier only costs a replay.
	StopTimeout time.Duration

	// KillWithParent makes the kernel kill Dgraph when the process that
	// started it dies (Linux only). Default false: the CLI wants Dgraph to
	// keep running for the next command; test harnesses set it so a test
	// binary killed by a timeout does not leave Dgraph behind.
	KillWithParent bool
}

// Local is a managed Dgraph (one zero, one alpha) on loopback, with its data
// under one directory. Up, Down and Status may be called from different
// processes: what runs is recorded in a state file in DataDir.
type Local struct {
	opts LocalOptions
	err  error // a default that could not be determined
}

// NewLocal returns a managed Dgraph configured by opts, filling in defaults.
func NewLocal(opts LocalOptions) *Local {
	l := &Local{opts: opts}
	l.err = l.opts.applyDefaults()
	return l
}

func (o *LocalOptions) applyDefaults() error {
	var errs []error
	if o.DataDir == "" {
		o.DataDir = os.Getenv("GEOKG_DATA_DIR")
	}
	if o.DataDir == "" {
		if x := os.Getenv("XDG_DATA_HOME"); x != "" {
			o.DataDir = filepath.Join(x, "geokg", "dgraph")
		} else if home, err := os.UserHomeDir(); err == nil {
			o.DataDir = filepath.Join(home, ".local", "share", "geokg", "dgraph")
		} else {
			errs = append(errs, fmt.Errorf("no data directory: set GEOKG_DATA_DIR (%w)", err))
		}
	}
	if o.DataDir != "" {
		// Absolute, because it is recorded in the state file and in the
		// processes' command lines, which identify them later.
		abs, err := filepath.Abs(o.DataDir)
		if err != nil {
			errs = append(errs, fmt.Errorf("data directory %s: %w", o.DataDir, err))
		}
		o.DataDir = abs
	}
	if o.CacheDir == "" {
		if c, err := os.UserCacheDir(); err == nil {
			o.CacheDir = filepath.Join(c, "geokg")
		} else {
			o.CacheDir = filepath.Join(o.DataDir, "cache")
		}
	}
	if abs, err := filepath.Abs(o.CacheDir); err == nil {
		o.CacheDir = abs
	}
	if o.Bin == "" {
		o.Bin = os.Getenv("GEOKG_DGRAPH_BIN")
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.StartTimeout <= 0 {
		o.StartTimeout = 90 * time.Second
	}
	if o.StopTimeout <= 0 {
		o.StopTimeout = 15 * time.Second
	}
	return errors.Join(errs...)
}

// Options returns the options with defaults filled in.
func (l *Local) Options() LocalOptions { return l.opts }

// LocalStatus describes a managed Dgraph.
type LocalStatus struct {
	Running   bool           `json:"running"`        // both processes geokg started are alive
	Healthy   bool           `json:"healthy"`        // alpha answers its /health endpoint
	DataDir   string         `json:"data_dir"`       // where data and logs are
	AlphaGRPC string         `json:"alpha_grpc"`     // HOST:PORT for Dial and --alpha
	AlphaHTTP string         `json:"alpha_http"`     // HOST:PORT for Ratel and curl (http://AlphaHTTP)
	ZeroGRPC  string         `json:"zero_grpc"`      // HOST:PORT
	PIDs      map[string]int `json:"pids,omitempty"` // "zero" and "alpha", as recorded
	Bin       string         `json:"bin,omitempty"`
	Started   time.Time      `json:"started,omitzero"`
}

func (s LocalStatus) String() string {
	var b strings.Builder
	state := "stopped"
	switch {
	case s.Running && s.Healthy:
		state = "running"
	case s.Running:
		state = "running, not healthy"
	}
	fmt.Fprintf(&b, "dgraph: %s\n", state)
	fmt.Fprintf(&b, "data:   %s\n", s.DataDir)
	fmt.Fprintf(&b, "alpha:  %s (gRPC, --alpha), http://%s (HTTP, Ratel/curl)\n", s.AlphaGRPC, s.AlphaHTTP)
	fmt.Fprintf(&b, "zero:   %s\n", s.ZeroGRPC)
	if s.Running {
		fmt.Fprintf(&b, "pids:   zero %d, alpha %d (since %s)\n", s.PIDs["zero"], s.PIDs["alpha"], s.Started.Format(time.RFC3339))
		fmt.Fprintf(&b, "binary: %s\n", s.Bin)
	}
	return b.String()
}

// PortBusyError reports a Dgraph port taken by something geokg did not
// start.
type PortBusyError struct {
	Port int
	Err  error
}

func (e *PortBusyError) Error() string {
	return fmt.Sprintf("port %d is busy (another program listens on it; stop it or use another port offset): %v", e.Port, e.Err)
}

func (e *PortBusyError) Unwrap() error { return e.Err }

// localState is what the state file records about a running Dgraph.
type localState struct {
	Bin        string    `json:"bin"`
	PortOffset int       `json:"port_offset"`
	Zero       procState `json:"zero"`
	Alpha      procState `json:"alpha"`
	Started    time.Time `json:"started"`
}

// procState identifies a started process: its pid and the exact command
// line, which (with the absolute data directory in it) tells our process
// apart from whatever reuses the pid later.
type procState struct {
	PID  int      `json:"pid"`
	Args []string `json:"args"`
}

const (
	stateFile = "geokg-dgraph.json"
	lockName  = "geokg-dgraph.lock"
)

func (l *Local) statePath() string { return filepath.Join(l.opts.DataDir, stateFile) }
func (l *Local) logPath(name string) string {
	return filepath.Join(l.opts.DataDir, name+".log")
}

func addr(port, offset int) string { return net.JoinHostPort("127.0.0.1", strconv.Itoa(port+offset)) }

// statusOf describes st (nil: nothing recorded, ports from the options).
func (l *Local) statusOf(st *localState) LocalStatus {
	off := l.opts.PortOffset
	s := LocalStatus{DataDir: l.opts.DataDir}
	if st != nil {
		off = st.PortOffset
		s.PIDs = map[string]int{"zero": st.Zero.PID, "alpha": st.Alpha.PID}
		s.Bin, s.Started = st.Bin, st.Started
	}
	s.AlphaGRPC = addr(AlphaGRPCPort, off)
	s.AlphaHTTP = addr(AlphaHTTPPort, off)
	s.ZeroGRPC = addr(ZeroGRPCPort, off)
	return s
}

// Status reports whether the managed Dgraph runs, where, and with which
// pids. It takes no lock and changes nothing.
func (l *Local) Status(ctx context.Context) (LocalStatus, error) {
	if l.err != nil {
		return LocalStatus{}, l.err
	}
	st, err := l.readState()
	if err != nil {
		return l.statusOf(nil), err
	}
	s := l.statusOf(st)
	if st == nil {
		return s, nil
	}
	s.Running = ours(st.Zero) && ours(st.Alpha)
	if s.Running {
		s.Healthy = httpHealthy(ctx, s.AlphaHTTP) == nil
	}
	return s, nil
}

// Up starts the managed Dgraph and waits until it answers queries. When it
// already runs, Up only reports its status. The processes are detached and
// keep running after this process exits, until Down. If Dgraph does not come
// up, Up stops what it started and returns an error with the last lines of
// the log that explains it; a port taken by another program is reported as
// a *PortBusyError before anything starts.
func (l *Local) Up(ctx context.Context) (LocalStatus, error) {
	if l.err != nil {
		return LocalStatus{}, l.err
	}
	if err := os.MkdirAll(l.opts.DataDir, 0o755); err != nil {
		return LocalStatus{}, fmt.Errorf("create data directory: %w", err)
	}
	release, err := acquireLock(ctx, filepath.Join(l.opts.DataDir, lockName), func() {
		fmt.Fprintf(l.opts.Log, "geokg: waiting for another geokg starting or stopping Dgraph in %s\n", l.opts.DataDir)
	})
	if err != nil {
		return LocalStatus{}, fmt.Errorf("lock data directory: %w", err)
	}
	defer release()

	st, err := l.readState()
	if err != nil {
		return LocalStatus{}, err
	}
	if st != nil {
		if ours(st.Zero) && ours(st.Alpha) {
			s := l.statusOf(st)
			s.Running = true
			if err := l.waitHealthy(ctx, s, nil); err != nil {
				return s, err
			}
			s.Healthy = true
			return s, nil
		}
		// Half of it died (or the machine rebooted): clear what is left and
		// start afresh; the data directory carries the data over.
		fmt.Fprintf(l.opts.Log, "geokg: Dgraph in %s is not fully running; restarting it\n", l.opts.DataDir)
		if err := l.stop(ctx, st); err != nil {
			return LocalStatus{}, err
		}
	}

	off := l.opts.PortOffset
	for _, p := range []int{ZeroGRPCPort, ZeroHTTPPort, AlphaInternalPort, AlphaHTTPPort, AlphaGRPCPort} {
		if err := portFree(p + off); err != nil {
			s := l.statusOf(nil)
			if httpHealthy(ctx, s.AlphaHTTP) == nil {
				// Most likely a Dgraph started by hand or from another data
				// directory: say so, since it can simply be used.
				return s, fmt.Errorf("start dgraph: %w; a Dgraph not started from %s already answers at %s: use it (--alpha %s) or stop it",
					err, l.opts.DataDir, s.AlphaGRPC, s.AlphaGRPC)
			}
			return s, fmt.Errorf("start dgraph: %w", err)
		}
	}
	bin, err := l.Binary(ctx)
	if err != nil {
		return l.statusOf(nil), err
	}
	return l.start(ctx, bin)
}

// start launches zero then alpha with bin, records them, and waits for
// health. The caller holds the data directory lock.
func (l *Local) start(ctx context.Context, bin string) (LocalStatus, error) {
	dd, off := l.opts.DataDir, l.opts.PortOffset
	for _, d := range []string{"zw", "p", "w", "t"} {
		if err := os.MkdirAll(filepath.Join(dd, d), 0o755); err != nil {
			return LocalStatus{}, fmt.Errorf("create data directory: %w", err)
		}
	}
	// No telemetry: a local research database has no business phoning home.
	common := []string{
		"--port_offset=" + strconv.Itoa(off),
		"--bindall=false",
		"--telemetry=reports=false;sentry=false;",
		"--logtostderr=true",
	}
	zeroArgs := append([]string{bin, "zero",
		"--my=" + addr(ZeroGRPCPort, off),
		"--wal=" + filepath.Join(dd, "zw"),
	}, common...)
	alphaArgs := append([]string{bin, "alpha",
		"--my=" + addr(AlphaInternalPort, off),
		"--zero=" + addr(ZeroGRPCPort, off),
		"--postings=" + filepath.Join(dd, "p"),
		"--wal=" + filepath.Join(dd, "w"),
		"--tmp=" + filepath.Join(dd, "t"),
		"--export=" + filepath.Join(dd, "export"),
		"--security=whitelist=127.0.0.1/8",
	}, common...)

	fmt.Fprintf(l.opts.Log, "geokg: starting Dgraph (zero + alpha) in %s\n", dd)
	t0 := time.Now()
	zero, err := l.spawn("zero", zeroArgs)
	if err != nil {
		return LocalStatus{}, err
	}
	st := &localState{Bin: bin, PortOffset: off, Zero: zero.state, Started: time.Now().UTC().Truncate(time.Second)}
	// Alpha cannot work without zero: wait until zero listens, so that a zero
	// that fails is reported with its own log rather than alpha's complaint
	// about the missing zero.
	if err := l.waitListening(ctx, zero, addr(ZeroGRPCPort, off)); err != nil {
		l.stop(context.WithoutCancel(ctx), st)
		return LocalStatus{}, err
	}
	alpha, err := l.spawn("alpha", alphaArgs)
	if err != nil {
		l.stop(context.WithoutCancel(ctx), st)
		return LocalStatus{}, err
	}
	st.Alpha = alpha.state
	// Record the pids before waiting, so that an interrupted Up can still be
	// cleaned up by Down.
	if err := l.writeState(st); err != nil {
		l.stop(context.WithoutCancel(ctx), st)
		return LocalStatus{}, err
	}
	s := l.statusOf(st)
	s.Running = true
	if err := l.waitHealthy(ctx, s, []*child{zero, alpha}); err != nil {
		l.stop(context.WithoutCancel(ctx), st)
		os.Remove(l.statePath())
		s.Running = false
		return s, err
	}
	s.Healthy = true
	fmt.Fprintf(l.opts.Log, "geokg: Dgraph is up in %.1fs: gRPC %s, HTTP http://%s\n", time.Since(t0).Seconds(), s.AlphaGRPC, s.AlphaHTTP)
	return s, nil
}

// child is a process this process started; done closes when it exits.
type child struct {
	name  string
	state procState
	log   string
	done  chan struct{}
	err   error // exit status, valid after done
}

func (l *Local) spawn(name string, args []string) (*child, error) {
	logPath := l.logPath(name)
	// A fresh log per start: the lines quoted in errors are about this run.
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, fmt.Errorf("start dgraph %s: %w", name, err)
	}
	defer logf.Close() // the child has its own copy
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = l.opts.DataDir
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = sysProcAttr(l.opts.KillWithParent)
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start dgraph %s: %w", name, err)
	}
	c := &child{name: name, state: procState{PID: cmd.Process.Pid, Args: args}, log: logPath, done: make(chan struct{})}
	// Reap the child if it exits while we run, so it does not linger as a
	// zombie that still looks alive; once we exit, init adopts it.
	go func() {
		c.err = cmd.Wait()
		close(c.done)
	}()
	return c, nil
}

// waitListening waits until c accepts TCP connections on hostport, failing
// early with c's log when it exits.
func (l *Local) waitListening(ctx context.Context, c *child, hostport string) error {
	ctx, cancel := context.WithTimeout(ctx, l.opts.StartTimeout)
	defer cancel()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-c.done:
			return c.exitError()
		default:
		}
		var d net.Dialer
		conn, err := d.DialContext(ctx, "tcp", hostport)
		if err == nil {
			conn.Close()
			return nil
		}
		select {
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return fmt.Errorf("start dgraph: %s not listening on %s after %s; last lines of %s:\n%s",
					c.name, hostport, l.opts.StartTimeout, c.log, tailFile(c.log, 20))
			}
			return fmt.Errorf("start dgraph: %w", ctx.Err())
		case <-c.done:
		case <-tick.C:
		}
	}
}

func (c *child) exitError() error {
	return fmt.Errorf("start dgraph: %s exited during start (%v); last lines of %s:\n%s",
		c.name, c.err, c.log, tailFile(c.log, 20))
}

// waitHealthy waits until alpha answers /health and a schema query over
// gRPC, failing early when one of children exits.
func (l *Local) waitHealthy(ctx context.Context, s LocalStatus, children []*child) error {
	ctx, cancel := context.WithTimeout(ctx, l.opts.StartTimeout)
	defer cancel()
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	var last error
	for {
		for _, c := range children {
			select {
			case <-c.done:
				return c.exitError()
			default:
			}
		}
		if last = httpHealthy(ctx, s.AlphaHTTP); last == nil {
			if last = grpcHealthy(ctx, s.AlphaGRPC); last == nil {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return fmt.Errorf("start dgraph: alpha not healthy after %s (%v); last lines of %s:\n%s",
					l.opts.StartTimeout, last, l.logPath("alpha"), tailFile(l.logPath("alpha"), 20))
			}
			return fmt.Errorf("start dgraph: %w", ctx.Err())
		case <-tick.C:
		}
	}
}

func httpHealthy(ctx context.Context, hostport string) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+hostport+"/health", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("/health: %s: %s", resp.Status, strings.TrimSpace(string(body)))
	}
	return nil
}

// grpcHealthy checks what geokg needs: alpha has joined its zero and
// answers queries.
func grpcHealthy(ctx context.Context, alpha string) error {
	s, err := Dial(ctx, alpha)
	if err != nil {
		return err
	}
	defer s.Close()
	_, err = s.Query(ctx, "schema {}", nil)
	return err
}

// Down stops the managed Dgraph: exactly the processes recorded in the state
// file, and only while they still are those processes (a pid reused by
// another program is left alone). SIGTERM first, SIGKILL after StopTimeout.
// Down when nothing runs is a no-op.
func (l *Local) Down(ctx context.Context) error {
	if l.err != nil {
		return l.err
	}
	if _, err := os.Stat(l.opts.DataDir); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	release, err := acquireLock(ctx, filepath.Join(l.opts.DataDir, lockName), func() {
		fmt.Fprintf(l.opts.Log, "geokg: waiting for another geokg starting or stopping Dgraph in %s\n", l.opts.DataDir)
	})
	if err != nil {
		return fmt.Errorf("lock data directory: %w", err)
	}
	defer release()
	st, err := l.readState()
	if err != nil || st == nil {
		return err
	}
	if ours(st.Alpha) || ours(st.Zero) {
		fmt.Fprintf(l.opts.Log, "geokg: stopping Dgraph (zero %d, alpha %d)\n", st.Zero.PID, st.Alpha.PID)
	}
	if err := l.stop(ctx, st); err != nil {
		return err
	}
	return nil
}

// stop ends the recorded processes that are still ours and removes the
// state file. Alpha goes first and zero only once alpha is gone: alpha
// asks zero for timestamps while it shuts down, and with zero already gone
// it retries until killed.
func (l *Local) stop(ctx context.Context, st *localState) error {
	for _, p := range []struct {
		name string
		proc procState
	}{{"alpha", st.Alpha}, {"zero", st.Zero}} {
		if !ours(p.proc) {
			continue
		}
		signalProcess(p.proc.PID, sigTerm)
		// Alpha v25 can hang after logging "worker stopped." (its data is
		// safe by then) waiting for its GraphQL schema subscription. A
		// third signal makes it exit at once ("Signaled thrice. Aborting!"),
		// so once it says so, or after stopGrace, signal twice more.
		workerStopped := func() bool {
			return p.name == "alpha" && strings.Contains(tailFile(l.logPath("alpha"), 30), "worker stopped.")
		}
		if waitGone(ctx, p.proc, min(stopGrace, l.opts.StopTimeout), workerStopped) {
			continue
		}
		if waitGone(ctx, p.proc, time.Second, nil) { // it may still exit cleanly
			continue
		}
		// Signals of one kind do not queue: two sent back to back may
		// arrive as one. Repeat them spaced out until it is gone.
		if l.resignal(ctx, p.proc, l.opts.StopTimeout) {
			continue
		}
		fmt.Fprintf(l.opts.Log, "geokg: dgraph %s (pid %d) ignored SIGTERM for %s; killing it\n", p.name, p.proc.PID, l.opts.StopTimeout)
		signalProcess(p.proc.PID, sigKill)
		if !waitGone(ctx, p.proc, 5*time.Second, nil) {
			return fmt.Errorf("stop dgraph: %s (pid %d) still runs after SIGKILL", p.name, p.proc.PID)
		}
	}
	if err := os.Remove(l.statePath()); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("stop dgraph: %w", err)
	}
	return nil
}

// resignal sends SIGTERM to p every half second until it is gone, for up
// to d.
func (l *Local) resignal(ctx context.Context, p procState, d time.Duration) bool {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		signalProcess(p.PID, sigTerm)
		if waitGone(ctx, p, 500*time.Millisecond, nil) {
			return true
		}
	}
	return false
}

// stopGrace is how long a Dgraph process gets to stop on one SIGTERM before
// it is signalled again: alpha shuts down in about a second when it does not
// hang.
const stopGrace = 5 * time.Second

// waitGone waits until p is no longer ours, for up to d or until until
// (when not nil) returns true.
func waitGone(ctx context.Context, p procState, d time.Duration, until func() bool) bool {
	deadline := time.Now().Add(d)
	for ours(p) {
		if time.Now().After(deadline) || ctx.Err() != nil || (until != nil && until()) {
			return false
		}
		time.Sleep(50 * time.Millisecond)
	}
	return true
}

// ours reports whether p still runs the command line we started it with.
func ours(p procState) bool {
	if p.PID <= 0 || len(p.Args) == 0 || !processAlive(p.PID) {
		return false
	}
	args, err := processArgs(p.PID)
	if err != nil {
		return false
	}
	return strings.Join(args, " ") == strings.Join(p.Args, " ")
}

func (l *Local) readState() (*localState, error) {
	b, err := os.ReadFile(l.statePath())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read dgraph state: %w", err)
	}
	var st localState
	if err := json.Unmarshal(b, &st); err != nil {
		// A corrupt state file names no process we could safely stop.
		return nil, fmt.Errorf("read dgraph state %s: %w (if no dgraph runs from %s, delete the file)", l.statePath(), err, l.opts.DataDir)
	}
	return &st, nil
}

func (l *Local) writeState(st *localState) error {
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	tmp := l.statePath() + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write dgraph state: %w", err)
	}
	if err := os.Rename(tmp, l.statePath()); err != nil {
		return fmt.Errorf("write dgraph state: %w", err)
	}
	return nil
}

// portFree checks that nothing listens on the loopback port.
func portFree(port int) error {
	ln, err := net.Listen("tcp", addr(port, 0))
	if err != nil {
		return &PortBusyError{Port: port, Err: err}
	}
	return ln.Close()
}

// PortsFree reports whether all five ports of a managed Dgraph at offset
// are free on loopback. Test harnesses use it to pick an offset.
func PortsFree(offset int) bool {
	for _, p := range []int{ZeroGRPCPort, ZeroHTTPPort, AlphaInternalPort, AlphaHTTPPort, AlphaGRPCPort} {
		if portFree(p+offset) != nil {
			return false
		}
	}
	return true
}

// tailFile returns the last n lines of the file at path, indented, or a
// note saying why it cannot.
func tailFile(path string, n int) string {
	f, err := os.Open(path)
	if err != nil {
		return "  (" + err.Error() + ")"
	}
	defer f.Close()
	const max = 64 << 10
	if fi, err := f.Stat(); err == nil && fi.Size() > max {
		f.Seek(fi.Size()-max, io.SeekStart)
	}
	b, _ := io.ReadAll(f)
	return tailLines(string(b), n)
}

func tailLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	if len(lines) == 1 && lines[0] == "" {
		return "  (empty)"
	}
	return "  " + strings.Join(lines, "\n  ")
}

// acquireLock takes an exclusive lock on the file at path, polling so that
// ctx can cancel the wait; onWait is called once if it has to wait.
func acquireLock(ctx context.Context, path string, onWait func()) (release func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	waited := false
	for {
		ok, err := lockFile(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		if ok {
			return func() { unlockFile(f); f.Close() }, nil
		}
		if !waited && onWait != nil {
			onWait()
		}
		waited = true
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}
