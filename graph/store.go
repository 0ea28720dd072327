package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/dgraph-io/dgo/v230"
	"github.com/dgraph-io/dgo/v230/protos/api"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// ErrUnreachable is wrapped by Dial when nothing answers at the address, so a
// caller can decide to start the managed local Dgraph instead.
var ErrUnreachable = errors.New("dgraph does not answer")

// dialTimeout bounds Dial's check call. grpc dials lazily, so without a real
// call a dead address would only show up at the first query; five seconds is
// far more than a local or LAN alpha needs to answer CheckVersion, and short
// enough that a wrong --alpha is reported before the user wonders.
const dialTimeout = 5 * time.Second

// maxRecvBytes raises grpc's 4 MB default for responses: a timeline query
// over a large corpus easily returns more.
const maxRecvBytes = 256 << 20

// dgraphClient is what Store needs from dgo: schema changes and
// transactions. *dgo.Dgraph satisfies it; keeping the seam this small is what
// lets Write's retry logic be read (and tested) apart from the network.
type dgraphClient interface {
	Alter(ctx context.Context, op *api.Operation) error
	NewTxn() *dgo.Txn
	NewReadOnlyTxn() *dgo.Txn
}

var _ dgraphClient = (*dgo.Dgraph)(nil)

// Store is a connection to one Dgraph alpha, or to several alphas of one
// cluster (see Connect; Addr then lists them separated by commas). It is
// safe for concurrent use.
type Store struct {
	addr string
	conn []*grpc.ClientConn // one per alpha
	dg   dgraphClient
	// rewrite makes Write write documents it finds already written
	// (SetRewrite).
	rewrite bool
	// trace, when set, gets a line per transaction (SetTrace).
	trace io.Writer
}

// SetTrace makes every write transaction print one line to w: how many
// documents, what it read (events, relations, entities) and how long each
// step took. For finding what grows when a large corpus loads slowly.
// Call it before writing.
func (s *Store) SetTrace(w io.Writer) { s.trace = w }

// SetRewrite makes Write write every document again, even one found
// already written unchanged: to settle what two concurrent writes that
// missed each other left (see doc.go, Concurrency). Call it before writing.
func (s *Store) SetRewrite(on bool) { s.rewrite = on }

// Dial connects to the alpha gRPC endpoint at addr (HOST:PORT, e.g.
// 127.0.0.1:9080) and checks that it answers. When nothing answers within a
// few seconds the error names addr and wraps ErrUnreachable.
func Dial(ctx context.Context, addr string) (*Store, error) {
	return Connect(ctx, ConnectOptions{Alphas: []string{addr}})
}

// DialWith is Dial with options: every request the store makes gets
// opts.Timeout, and requests that wait long are reported to opts.OnWait.
func DialWith(ctx context.Context, addr string, opts DialOptions) (*Store, error) {
	return Connect(ctx, ConnectOptions{Alphas: []string{addr}, Dial: opts})
}

// Addr returns the address the store was dialled at.
func (s *Store) Addr() string { return s.addr }

// Close closes the connections.
func (s *Store) Close() error {
	var errs []error
	for _, c := range s.conn {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}

// DropAll deletes all data and the schema. Tests use it; call ApplySchema
// afterwards before writing.
func (s *Store) DropAll(ctx context.Context) error {
	if err := s.dg.Alter(ctx, &api.Operation{DropAll: true}); err != nil {
		return fmt.Errorf("drop all at %s: %w", s.addr, dgraphErr(err))
	}
	return nil
}

// QueryError is an error Dgraph reported about a query: a syntax error, an
// unknown function, a missing variable. Message is Dgraph's own text,
// without the gRPC wrapping.
type QueryError struct {
	Message string
	Err     error // the gRPC error
}

func (e *QueryError) Error() string { return "dgraph: " + e.Message }
func (e *QueryError) Unwrap() error { return e.Err }

// Query runs a read-only DQL query and returns the JSON of its "data" part.
// vars are GraphQL-style variables declared in the query (query q($name:
// string) {...}); they are sent to Dgraph as variables, never spliced into
// the text. A key may be given with or without its leading "$".
// A query Dgraph rejects returns a *QueryError carrying Dgraph's message.
func (s *Store) Query(ctx context.Context, q string, vars map[string]string) (json.RawMessage, error) {
	txn := s.dg.NewReadOnlyTxn()
	resp, err := txn.QueryWithVars(ctx, q, dollarVars(vars))
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", s.addr, dgraphErr(err))
	}
	return json.RawMessage(resp.GetJson()), nil
}

// dollarVars returns vars with every key starting with "$", which is how
// Dgraph names them; callers (and the CLI's --var name=value) may omit it.
func dollarVars(vars map[string]string) map[string]string {
	if len(vars) == 0 {
		return nil
	}
	out := make(map[string]string, len(vars))
	for k, v := range vars {
		if !strings.HasPrefix(k, "$") {
			k = "$" + k
		}
		out[k] = v
	}
	return out
}

// dgraphErr turns errors Dgraph raised about the request itself into a
// *QueryError with Dgraph's message; transport errors pass through.
func dgraphErr(err error) error {
	st, ok := status.FromError(err)
	if !ok {
		return err
	}
	switch st.Code() {
	case codes.Unauthenticated:
		return fmt.Errorf("%w (%s)", ErrLoginNeeded, st.Message())
	case codes.Unknown, codes.InvalidArgument, codes.FailedPrecondition:
		// Dgraph quotes the value it refused; a 100 KB one would bury the
		// reason.
		return &QueryError{Message: clipN(st.Message(), maxMessage), Err: err}
	}
	return err
}

// grpcMessage is err's gRPC status message when it has one: "connection
// refused" reads better than "rpc error: code = Unavailable desc = ...".
func grpcMessage(err error) string {
	if st, ok := status.FromError(err); ok {
		return st.Code().String() + ": " + st.Message()
	}
	return err.Error()
}

// Counts returns how many nodes each dgraph.type has (keys are type names,
// e.g. "Actor") and how many edges each uid predicate has (keys "edges.P",
// e.g. "edges.source"), with their sum under "edges". Types and predicates
// are read from the database's schema, so the counts follow schema changes.
// Writing a document that is already loaded must leave every count unchanged.
func (s *Store) Counts(ctx context.Context) (map[string]int, error) {
	types, uidPreds, err := s.schemaNames(ctx)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteString("{\n")
	for i, t := range types {
		fmt.Fprintf(&b, "  t%d(func: type(%q)) { n: count(uid) }\n", i, t)
	}
	for i, p := range uidPreds {
		// count(P) is 0 or 1 for a single uid predicate and the list length
		// for [uid]; summing over the nodes that have P gives its edges.
		fmt.Fprintf(&b, "  var(func: has(<%s>)) { c%d as count(<%s>) }\n", p, i, p)
		fmt.Fprintf(&b, "  e%d() { n: sum(val(c%d)) }\n", i, i)
	}
	b.WriteString("}\n")
	raw, err := s.Query(ctx, b.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("count nodes: %w", err)
	}
	var res map[string][]struct {
		N int `json:"n"`
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		return nil, fmt.Errorf("count nodes: decode %s: %w", raw, err)
	}
	first := func(k string) int {
		if r := res[k]; len(r) > 0 {
			return r[0].N
		}
		return 0
	}
	counts := make(map[string]int, len(types)+len(uidPreds)+1)
	for i, t := range types {
		counts[t] = first(fmt.Sprintf("t%d", i))
	}
	for i, p := range uidPreds {
		n := first(fmt.Sprintf("e%d", i))
		counts["edges."+p] = n
		counts["edges"] += n
	}
	return counts, nil
}

// schemaNames lists the user types and uid predicates in the database's
// schema, sorted, leaving out Dgraph's own (dgraph.*).
func (s *Store) schemaNames(ctx context.Context) (types, uidPreds []string, err error) {
	raw, err := s.Query(ctx, "schema {}", nil)
	if err != nil {
		return nil, nil, fmt.Errorf("read schema: %w", err)
	}
	var sch struct {
		Schema []struct {
			Predicate string `json:"predicate"`
			Type      string `json:"type"`
		} `json:"schema"`
		Types []struct {
			Name string `json:"name"`
		} `json:"types"`
	}
	if err := json.Unmarshal(raw, &sch); err != nil {
		return nil, nil, fmt.Errorf("read schema: decode: %w", err)
	}
	for _, t := range sch.Types {
		if !strings.HasPrefix(t.Name, "dgraph.") {
			types = append(types, t.Name)
		}
	}
	for _, p := range sch.Schema {
		if p.Type == "uid" && !strings.HasPrefix(p.Predicate, "dgraph.") {
			uidPreds = append(uidPreds, p.Predicate)
		}
	}
	sort.Strings(types)
	sort.Strings(uidPreds)
	return types, uidPreds, nil
}
