package graph

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/dgraph-io/dgo/v230"
	"github.com/dgraph-io/dgo/v230/protos/api"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
)

// ConnectOptions say how to reach a Dgraph: which alphas, over TLS or not,
// logged in as whom. The zero value of every field but Alphas means a
// plaintext connection without login, as to the managed local Dgraph.
type ConnectOptions struct {
	// Alphas are the gRPC HOST:PORT addresses of one or more alphas of one
	// cluster. Every transaction and schema change goes to one of them
	// picked at random (dgo's own choice), so the work spreads over them;
	// each alpha forwards what belongs to another group itself, so any
	// subset of a cluster's alphas will do.
	Alphas []string

	// TLS, when any field is set, connects over TLS.
	TLS TLSOptions

	// User, when set, logs in with Dgraph's ACL as this user (e.g. groot)
	// into Namespace with Password. dgo renews the access token with the
	// refresh token when the alpha says it expired, so a load that outlasts
	// the token's TTL (--acl access-ttl, 6h by default) goes on.
	User      string
	Password  string
	Namespace uint64

	// Dial bounds every request with a deadline and reports long waits
	// (timeout.go); its zero value takes the defaults.
	Dial DialOptions
}

// TLSOptions configure TLS to the alphas. The files are PEM.
type TLSOptions struct {
	// CACert is the certificate of the CA that signed the alphas'
	// certificates (Dgraph's --tls ca-cert). Empty: the system's roots.
	CACert string
	// Cert and Key are a client certificate and its key, for alphas that
	// ask for one (--tls client-auth-type=REQUIREANDVERIFY or
	// VERIFYIFGIVEN). Both or neither.
	Cert, Key string
	// ServerName is the name the alphas' certificates must carry. Empty:
	// the host part of each address.
	ServerName string
}

// Enabled reports whether any TLS option is set, which turns TLS on.
func (t TLSOptions) Enabled() bool {
	return t.CACert != "" || t.Cert != "" || t.Key != "" || t.ServerName != ""
}

// SplitAlphas splits a comma-separated list of alpha addresses (the
// --alpha flag), trimming spaces and dropping empty items.
func SplitAlphas(s string) []string {
	var out []string
	for _, a := range strings.Split(s, ",") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// Errors of secured alphas, wrapped with the address and Dgraph's words.
var (
	// ErrTLS: the TLS handshake failed (an untrusted or misnamed server
	// certificate, a client certificate missing or refused).
	ErrTLS = errors.New("TLS handshake with dgraph failed")
	// ErrLogin: the alphas refused the ACL login.
	ErrLogin = errors.New("dgraph refused the login")
	// ErrLoginNeeded: a request was refused for want of a login, the alpha
	// having ACL on.
	ErrLoginNeeded = errors.New("dgraph asks for a login (its ACL is on): log in with --user, the password in GEOKG_PASSWORD or --password-file")
)

// Connect connects to the alphas of opts, checks that each answers, and logs
// in when opts.User is set. An alpha that does not answer within a few
// seconds fails the whole connection with its address and ErrUnreachable:
// a cluster address given by mistake should be reported, not skipped.
func Connect(ctx context.Context, opts ConnectOptions) (*Store, error) {
	if len(opts.Alphas) == 0 {
		return nil, errors.New("connect to dgraph: no alpha address")
	}
	addr := strings.Join(opts.Alphas, ",")
	opts.Dial.applyDefaults()
	creds, err := opts.TLS.credentials()
	if err != nil {
		return nil, fmt.Errorf("connect to dgraph at %s: %w", addr, err)
	}
	if opts.User == "" && opts.Password != "" {
		return nil, fmt.Errorf("connect to dgraph at %s: a password but no user to log in as", addr)
	}
	s := &Store{addr: addr}
	var clients []api.DgraphClient
	for _, a := range opts.Alphas {
		conn, err := dialOne(ctx, a, creds, opts.TLS.Enabled(), opts.Dial)
		if err != nil {
			s.Close()
			return nil, err
		}
		s.conn = append(s.conn, conn)
		clients = append(clients, api.NewDgraphClient(conn))
	}
	dg := dgo.NewDgraphClient(clients...)
	s.dg = dg
	if opts.User != "" {
		lctx, cancel := context.WithTimeout(ctx, dialTimeout)
		err := dg.LoginIntoNamespace(lctx, opts.User, opts.Password, opts.Namespace)
		cancel()
		if err != nil {
			s.Close()
			if ctx.Err() != nil {
				return nil, fmt.Errorf("log in to dgraph at %s: %w", addr, ctx.Err())
			}
			return nil, fmt.Errorf("log in to dgraph at %s as %q (namespace %d): %w (%v)", addr, opts.User, opts.Namespace, ErrLogin, grpcMessage(err))
		}
	}
	return s, nil
}

// dialOne opens a connection to one alpha and checks that it answers.
// grpc dials lazily, so without a real call a dead address would only show
// up at the first query.
func dialOne(ctx context.Context, addr string, creds credentials.TransportCredentials, useTLS bool, dopts DialOptions) (*grpc.ClientConn, error) {
	conn, err := grpc.NewClient(addr,
		grpc.WithTransportCredentials(creds),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(maxRecvBytes)),
		// The deadline is outermost, so that the retries of a read during a
		// tablet move stay within the request's --timeout.
		grpc.WithChainUnaryInterceptor(deadlines(addr, dopts), retryMovingTablet))
	if err != nil {
		return nil, fmt.Errorf("dial dgraph at %s: %w", addr, err)
	}
	cctx, cancel := context.WithTimeout(ctx, dialTimeout)
	defer cancel()
	if _, err := api.NewDgraphClient(conn).CheckVersion(cctx, &api.Check{}); err != nil {
		conn.Close()
		if ctx.Err() != nil {
			return nil, fmt.Errorf("dial dgraph at %s: %w", addr, ctx.Err())
		}
		msg := err.Error()
		// A TLS 1.3 server refuses a missing client certificate after the
		// client thinks the handshake done: the client then sees the
		// connection dropped (broken pipe, reset, EOF), not a TLS error.
		if useTLS && containsAny(msg, "handshake", "certificate", "tls:", "broken pipe", "reset by peer", "EOF") {
			return nil, fmt.Errorf("dial dgraph at %s: %w (%v): check --tls-cacert (the CA that signed the alpha's certificate), "+
				"--tls-server-name (a name in that certificate), and --tls-cert/--tls-key if the alpha verifies clients",
				addr, ErrTLS, grpcMessage(err))
		}
		hint := ""
		if !useTLS && containsAny(msg, "server preface", "connection closed") {
			// What a plaintext client sees of a TLS alpha.
			hint = "; if the alpha serves TLS, give --tls-cacert (and --tls-cert/--tls-key if it verifies clients)"
		}
		return nil, fmt.Errorf("dial dgraph at %s: %w (%v)%s", addr, ErrUnreachable, grpcMessage(err), hint)
	}
	return conn, nil
}

// credentials builds the transport credentials: plaintext unless a TLS
// option is set.
func (t TLSOptions) credentials() (credentials.TransportCredentials, error) {
	if !t.Enabled() {
		return insecure.NewCredentials(), nil
	}
	cfg := &tls.Config{ServerName: t.ServerName, MinVersion: tls.VersionTLS12}
	if t.CACert != "" {
		pem, err := os.ReadFile(t.CACert)
		if err != nil {
			return nil, fmt.Errorf("read TLS CA certificate: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("read TLS CA certificate %s: no PEM certificate in it", t.CACert)
		}
		cfg.RootCAs = pool
	}
	if (t.Cert == "") != (t.Key == "") {
		return nil, errors.New("a TLS client certificate needs both --tls-cert and --tls-key")
	}
	if t.Cert != "" {
		pair, err := tls.LoadX509KeyPair(t.Cert, t.Key)
		if err != nil {
			return nil, fmt.Errorf("read TLS client certificate %s and key %s: %w", t.Cert, t.Key, err)
		}
		cfg.Certificates = []tls.Certificate{pair}
	}
	return credentials.NewTLS(cfg), nil
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// retryMovingTablet retries a read (a query without mutations) that an
// alpha refused because a predicate's tablet is moving between groups of a
// cluster: zero moves tablets to balance the groups (every 8 minutes by
// default), and for a moment alphas answer "Tablet isn't being served by
// this instance" (or refuse reads from before the move). A read of its
// own can simply be sent again; a request of a transaction (with
// mutations, or a later read at the transaction's timestamp) cannot, and
// its error becomes dgo.ErrAborted, on which the writer starts the
// transaction again as after a conflict.
func retryMovingTablet(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
	err := invoker(ctx, method, req, reply, cc, opts...)
	r, ok := req.(*api.Request)
	if !ok || err == nil {
		return err
	}
	if len(r.GetMutations()) > 0 || r.GetStartTs() != 0 {
		// Inside a transaction: it must start again, with a new
		// timestamp, as after a conflict; the writer retries on
		// dgo.ErrAborted.
		if tabletMoving(err) {
			return fmt.Errorf("%w (%s)", dgo.ErrAborted, grpcMessage(err))
		}
		return err
	}
	wait := 50 * time.Millisecond
	for i := 0; i < movingTabletRetries && err != nil && tabletMoving(err); i++ {
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait *= 2
		err = invoker(ctx, method, req, reply, cc, opts...)
	}
	return err
}

// movingTabletRetries bounds retryMovingTablet: seven waits doubling from
// 50ms add up to about 6s, several times what a move of a tablet took on a
// loopback cluster (about a second).
const movingTabletRetries = 7

// tabletMoving reports whether err says a tablet is moving: refused
// outright, or refused to a transaction whose timestamp is from before the
// move ("StartTs: N is from before MoveTs: M"); or that the alpha has no
// connection yet to the zero or alpha it must ask ("No connection exists"):
// an alpha restarted on an existing data directory answers /health and
// queries before that connection is up, and refused the first mutations of
// `geokg demo` so (seen once on 2026-12-06: two articles skipped, loaded by
// the next run). Both pass within seconds, so both are sent again.
func tabletMoving(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "Tablet isn't being served by this instance") ||
		strings.Contains(msg, "is from before MoveTs") ||
		strings.Contains(msg, "No connection exists")
}
