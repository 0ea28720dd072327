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
	// (CacheDir/dgraph-v25.4.0/dgraph). Default: os.UserCacheDir()/geokg,
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

	// Alphas is how many alphas to start. Zero runs with --replicas 1, so
	// each alpha serves its own group of predicates: a cluster in which
	// requests cross groups. Alpha i (from 0) listens at port offset
	// PortOffset+i. Default 1; test harnesses start 2 to test clusters.
	Alphas int

	// AlphaFlags are extra flags for every alpha, such as --tls or --acl
	// for a secured test Dgraph. Default none.
	AlphaFlags []string

	// Client is how the health check talks to alphas that AlphaFlags
	// secure (TLS, ACL); its Alphas are ignored. Default: plaintext, no
	// login.
	Client ConnectOptions
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
	if o.Alphas <= 0 {
		o.Alphas = 1
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
	ZeroHTTP  string         `json:"zero_http"`      // HOST:PORT of zero's /state and /moveTablet
	PIDs      map[string]int `json:"pids,omitempty"` // "zero" and "alpha", as recorded; "alpha2"... for more alphas

	// Alphas and AlphasHTTP list every alpha (gRPC and HTTP HOST:PORT), the
	// first being AlphaGRPC and AlphaHTTP; more than one with
	// LocalOptions.Alphas.
	Alphas     []string  `json:"alphas"`
	AlphasHTTP []string  `json:"alphas_http"`
	Bin        string    `json:"bin,omitempty"`
	Started    time.Time `json:"started,omitzero"`
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
	for i := 1; i < len(s.Alphas); i++ {
		fmt.Fprintf(&b, "%-7s %s (gRPC), http://%s (HTTP)\n", alphaName(i)+":", s.Alphas[i], s.AlphasHTTP[i])
	}
	fmt.Fprintf(&b, "zero:   %s\n", s.ZeroGRPC)
	if s.Running {
		fmt.Fprintf(&b, "pids:   zero %d, alpha %d (since %s)\n", s.PIDs["zero"], s.PIDs["alpha"], s.Started.Format(time.RFC3339))
		for i := 1; i < len(s.Alphas); i++ {
			fmt.Fprintf(&b, "        %s %d\n", alphaName(i), s.PIDs[alphaName(i)])
		}
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
	// More are the alphas after the first (LocalOptions.Alphas).
	More    []procState `json:"more_alphas,omitempty"`
	Started time.Time   `json:"started"`
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

// alphas returns st's alphas, the first one first.
func (st *localState) alphas() []procState { return append([]procState{st.Alpha}, st.More...) }

// allOurs reports whether every process of st still runs.
func (st *localState) allOurs() bool {
	for _, p := range append(st.alphas(), st.Zero) {
		if !ours(p) {
			return false
		}
	}
	return true
}

// alphaName names alpha i (from 0) in pids, logs and data directories.
func alphaName(i int) string {
	if i == 0 {
		return "alpha"
	}
	return "alpha" + strconv.Itoa(i+1)
}

// statusOf describes st (nil: nothing recorded, ports from the options).
func (l *Local) statusOf(st *localState) LocalStatus {
	off, n := l.opts.PortOffset, l.opts.Alphas
	s := LocalStatus{DataDir: l.opts.DataDir}
	if st != nil {
		off, n = st.PortOffset, 1+len(st.More)
		s.PIDs = map[string]int{"zero": st.Zero.PID}
		for i, a := range st.alphas() {
			s.PIDs[alphaName(i)] = a.PID
		}
		s.Bin, s.Started = st.Bin, st.Started
	}
	for i := range n {
		s.Alphas = append(s.Alphas, addr(AlphaGRPCPort, off+i))
		s.AlphasHTTP = append(s.AlphasHTTP, addr(AlphaHTTPPort, off+i))
	}
	s.AlphaGRPC, s.AlphaHTTP = s.Alphas[0], s.AlphasHTTP[0]
	s.ZeroGRPC = addr(ZeroGRPCPort, off)
	s.ZeroHTTP = addr(ZeroHTTPPort, off)
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
	s.Running = st.allOurs()
	if s.Running {
		s.Healthy = true
		for i := range s.Alphas {
			s.Healthy = s.Healthy && l.alphaHealthy(ctx, s, i, false) == nil
		}
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
		if st.allOurs() {
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
	ports := []int{ZeroGRPCPort + off, ZeroHTTPPort + off}
	for i := range l.opts.Alphas {
		ports = append(ports, AlphaInternalPort+off+i, AlphaHTTPPort+off+i, AlphaGRPCPort+off+i)
	}
	for _, p := range ports {
		if err := portFree(p); err != nil {
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

// alphaDir is where alpha i keeps its p, w and t directories: the data
// directory itself for the first (as before there were several), a
// subdirectory for the others.
func (l *Local) alphaDir(i int) string {
	if i == 0 {
		return l.opts.DataDir
	}
	return filepath.Join(l.opts.DataDir, alphaName(i))
}

// start launches zero then the alphas with bin, records them, and waits for
// health. The caller holds the data directory lock.
func (l *Local) start(ctx context.Context, bin string) (LocalStatus, error) {
	dd, off := l.opts.DataDir, l.opts.PortOffset
	dirs := []string{filepath.Join(dd, "zw")}
	for i := range l.opts.Alphas {
		for _, d := range []string{"p", "w", "t"} {
			dirs = append(dirs, filepath.Join(l.alphaDir(i), d))
		}
	}
	for _, d := range dirs {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return LocalStatus{}, fmt.Errorf("create data directory: %w", err)
		}
	}
	// No telemetry: a local research database has no business phoning home.
	common := func(off int) []string {
		return []string{
			"--port_offset=" + strconv.Itoa(off),
			"--bindall=false",
			"--telemetry=reports=false;sentry=false;",
			"--logtostderr=true",
		}
	}
	zeroArgs := append([]string{bin, "zero",
		"--my=" + addr(ZeroGRPCPort, off),
		"--wal=" + filepath.Join(dd, "zw"),
		// One alpha per group: with several alphas, each serves its own
		// predicates instead of replicating the others'.
		"--replicas=1",
	}, common(off)...)
	alphaArgs := func(i int) []string {
		ad := l.alphaDir(i)
		args := append([]string{bin, "alpha",
			"--my=" + addr(AlphaInternalPort, off+i),
			"--zero=" + addr(ZeroGRPCPort, off),
			"--postings=" + filepath.Join(ad, "p"),
			"--wal=" + filepath.Join(ad, "w"),
			"--tmp=" + filepath.Join(ad, "t"),
			"--export=" + filepath.Join(ad, "export"),
			"--security=whitelist=127.0.0.1/8",
		}, common(off+i)...)
		return append(args, l.opts.AlphaFlags...)
	}

	what := "zero + alpha"
	if l.opts.Alphas > 1 {
		what = fmt.Sprintf("zero + %d alphas", l.opts.Alphas)
	}
	fmt.Fprintf(l.opts.Log, "geokg: starting Dgraph (%s) in %s\n", what, dd)
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
	children := []*child{zero}
	for i := range l.opts.Alphas {
		alpha, err := l.spawn(alphaName(i), alphaArgs(i))
		if err != nil {
			l.stop(context.WithoutCancel(ctx), st)
			return LocalStatus{}, err
		}
		children = append(children, alpha)
		if i == 0 {
			st.Alpha = alpha.state
		} else {
			st.More = append(st.More, alpha.state)
		}
	}
	// Record the pids before waiting, so that an interrupted Up can still be
	// cleaned up by Down.
	if err := l.writeState(st); err != nil {
		l.stop(context.WithoutCancel(ctx), st)
		return LocalStatus{}, err
	}
	s := l.statusOf(st)
	s.Running = true
	if err := l.waitHealthy(ctx, s, children); err != nil {
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

// waitHealthy waits until every alpha answers /health and a schema query
// over gRPC, failing early when one of children exits.
func (l *Local) waitHealthy(ctx context.Context, s LocalStatus, children []*child) error {
	ctx, cancel := context.WithTimeout(ctx, l.opts.StartTimeout)
	defer cancel()
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	var last error
	healthy := 0 // alphas found healthy, in order
	for {
		for _, c := range children {
			select {
			case <-c.done:
				return c.exitError()
			default:
			}
		}
		for healthy < len(s.Alphas) {
			if last = l.alphaHealthy(ctx, s, healthy, true); last != nil {
				break
			}
			healthy++
		}
		if healthy == len(s.Alphas) {
			return nil
		}
		select {
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				log := l.logPath(alphaName(healthy))
				return fmt.Errorf("start dgraph: %s not healthy after %s (%v); last lines of %s:\n%s",
					alphaName(healthy), l.opts.StartTimeout, last, log, tailFile(log, 20))
			}
			return fmt.Errorf("start dgraph: %w", ctx.Err())
		case <-tick.C:
		}
	}
}

// alphaHealthy checks alpha i of s: its /health, and with query also that
// it answers a schema query over gRPC. Alphas secured by AlphaFlags (TLS,
// ACL) are checked over gRPC only, with LocalOptions.Client, since their
// HTTP port may speak TLS too.
func (l *Local) alphaHealthy(ctx context.Context, s LocalStatus, i int, query bool) error {
	c := l.opts.Client
	if c.TLS.Enabled() || c.User != "" {
		c.Alphas = []string{s.Alphas[i]}
		st, err := Connect(ctx, c)
		if err != nil {
			return err
		}
		defer st.Close()
		_, err = st.Query(ctx, "schema {}", nil)
		return err
	}
	if err := httpHealthy(ctx, s.AlphasHTTP[i]); err != nil || !query {
		return err
	}
	return grpcHealthy(ctx, s.Alphas[i])
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
	for i, a := range st.More {
		if ours(a) {
			fmt.Fprintf(l.opts.Log, "geokg: stopping Dgraph %s %d\n", alphaName(i+1), a.PID)
		}
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
	type named struct {
		name string
		proc procState
	}
	var procs []named
	for i, a := range st.alphas() {
		procs = append(procs, named{alphaName(i), a})
	}
	for _, p := range append(procs, named{"zero", st.Zero}) {
		if !ours(p.proc) {
			continue
		}
		signalProcess(p.proc.PID, sigTerm)
		// Alpha v25 can hang after logging "worker stopped." (its data is
		// safe by then) waiting for its GraphQL schema subscription. A
		// third signal makes it exit at once ("Signaled thrice. Aborting!"),
		// so once it says so, or after stopGrace, signal twice more.
		workerStopped := func() bool {
			return strings.HasPrefix(p.name, "alpha") && strings.Contains(tailFile(l.logPath(p.name), 30), "worker stopped.")
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
	// Not ours any more can mean still exiting: wait (briefly) until it
	// has, so that Down returns with the ports and data directory free.
	for !processExited(p.PID) && time.Now().Before(deadline.Add(5*time.Second)) && ctx.Err() == nil {
		time.Sleep(20 * time.Millisecond)
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
