package graphtest

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/dgo/v230/protos/api"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/geokg/geokg/graph"
)

// Cluster starts a throwaway Dgraph cluster for the calling test and stops
// it when the test ends: one zero with --replicas 1 and two alphas, each
// serving its own group, so that a request touching predicates of both
// groups crosses alphas. It returns its status: Alphas are the two alphas'
// gRPC addresses, ZeroHTTP is zero's HTTP address for Tablets. Apply the
// schema with SplitSchema. The database is empty, with no schema. extraAlphaFlags go to
// both alphas. It skips under -short. It costs about ten seconds and
// memory for three processes: start one per test binary (one test with
// subtests).
func Cluster(tb testing.TB, extraAlphaFlags ...string) graph.LocalStatus {
	tb.Helper()
	// A small cache: the test graphs are tiny and the machine is shared
	// (Dgraph's default is 4 GB per alpha).
	flags := append([]string{"--cache=size-mb=256"}, extraAlphaFlags...)
	return startFor(tb, "cluster", graph.LocalOptions{Alphas: 2, AlphaFlags: flags})
}

// Secured starts a throwaway Dgraph (one zero, one alpha) whose alpha runs
// with alphaFlags (--tls, --acl) and is checked for health with client (the
// TLS files and login that reach it), and stops it when the test ends. It
// skips under -short.
func Secured(tb testing.TB, client graph.ConnectOptions, alphaFlags ...string) graph.LocalStatus {
	tb.Helper()
	flags := append([]string{"--cache=size-mb=256"}, alphaFlags...)
	return startFor(tb, "secured Dgraph", graph.LocalOptions{AlphaFlags: flags, Client: client})
}

func startFor(tb testing.TB, what string, opts graph.LocalOptions) graph.LocalStatus {
	tb.Helper()
	if testing.Short() {
		tb.Skip("needs Dgraph; skipped with -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()
	local, status, err := startWith(ctx, tb.TempDir(), opts)
	if err != nil {
		tb.Fatalf("graphtest: start a %s: %v", what, err)
	}
	tb.Cleanup(func() {
		if err := local.Down(context.Background()); err != nil {
			tb.Errorf("graphtest: stop the %s: %v", what, err)
		}
	})
	return status
}

// Tablets returns which group serves each predicate of namespace 0,
// leaving out Dgraph's own (dgraph.*), as zero's /state at zeroHTTP says.
func Tablets(tb testing.TB, zeroHTTP string) map[string]uint32 {
	tb.Helper()
	var state struct {
		Groups map[string]struct {
			Tablets map[string]struct {
				GroupID   uint32 `json:"groupId"`
				Predicate string `json:"predicate"`
			} `json:"tablets"`
		} `json:"groups"`
	}
	if err := json.Unmarshal(httpGet(tb, zeroHTTP, "/state"), &state); err != nil {
		tb.Fatalf("graphtest: zero /state: %v", err)
	}
	out := map[string]uint32{}
	for _, g := range state.Groups {
		for _, t := range g.Tablets {
			// Predicates are shown as "<namespace>-<name>".
			ns, name, ok := strings.Cut(t.Predicate, "-")
			if !ok || ns != "0" || strings.HasPrefix(name, "dgraph.") {
				continue
			}
			out[name] = t.GroupID
		}
	}
	return out
}

// SplitSchema applies the geokg schema to the fresh cluster c with its
// predicates split over the alphas' groups, and returns zero's tablets.
// Dgraph gives a new predicate to the group of the alpha that first sees
// it, so one schema change would put every predicate in one group (zero's
// own rebalancing moves them only after minutes, and moving them with
// /moveTablet takes about a second each, after which an alpha may still
// answer "Tablet isn't being served by this instance" for a while). So each
// predicate is first declared through one alpha in turn, alternating in
// name order (xid through the first alpha and name through the second, as
// nearly every write and query reads both), then the whole schema with its
// types through the first alpha.
func SplitSchema(tb testing.TB, c graph.LocalStatus) map[string]uint32 {
	tb.Helper()
	var lines []string
	inType := false
	for _, line := range strings.Split(graph.Schema(), "\n") {
		t := strings.TrimSpace(line)
		switch {
		case inType:
			inType = !strings.HasPrefix(t, "}")
		case strings.HasPrefix(t, "type "):
			inType = !strings.Contains(t, "}")
		case predicateLine.MatchString(t):
			lines = append(lines, t)
		}
	}
	if len(lines) < 10 {
		tb.Fatalf("graphtest: found %d predicates in the schema", len(lines))
	}
	name := func(line string) string { return strings.Trim(predicateLine.FindStringSubmatch(line)[1], "<>") }
	slices.SortFunc(lines, func(a, b string) int { return strings.Compare(name(a), name(b)) })
	parts := make([][]string, len(c.Alphas))
	for i, line := range lines {
		k := i % len(c.Alphas)
		switch name(line) {
		case "xid":
			k = 0
		case "name":
			k = 1 % len(c.Alphas)
		}
		parts[k] = append(parts[k], line)
	}
	for i, a := range c.Alphas {
		alter(tb, a, strings.Join(parts[i], "\n"))
	}
	alter(tb, c.Alphas[0], graph.Schema())
	return Tablets(tb, c.ZeroHTTP)
}

// MoveTablet moves predicate to group through zero's /moveTablet, and
// fails the test when zero refuses. It returns when the move is done.
func MoveTablet(tb testing.TB, zeroHTTP, predicate string, group uint32) {
	tb.Helper()
	q := url.Values{"tablet": {predicate}, "group": {strconv.Itoa(int(group))}, "namespace": {"0"}}
	if body := httpGet(tb, zeroHTTP, "/moveTablet?"+q.Encode()); !strings.Contains(string(body), "moved") {
		tb.Fatalf("graphtest: move %s to group %d: zero says %s", predicate, group, body)
	}
}

// predicateLine matches a predicate's line of a DQL schema and its name.
var predicateLine = regexp.MustCompile(`^(<[^>]+>|[A-Za-z_~][\w.~]*)\s*:`)

// alter applies schema through the alpha at addr alone.
func alter(tb testing.TB, addr, schema string) {
	tb.Helper()
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		tb.Fatalf("graphtest: dial %s: %v", addr, err)
	}
	defer conn.Close()
	if _, err := api.NewDgraphClient(conn).Alter(tb.Context(), &api.Operation{Schema: schema}); err != nil {
		tb.Fatalf("graphtest: schema through %s: %v", addr, err)
	}
}

func httpGet(tb testing.TB, zeroHTTP, path string) []byte {
	tb.Helper()
	ctx, cancel := context.WithTimeout(tb.Context(), time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+zeroHTTP+path, nil)
	if err != nil {
		tb.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatalf("graphtest: GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		tb.Fatalf("graphtest: GET %s: %s %v: %s", path, resp.Status, err, body)
	}
	return body
}

// Queries returns how many queries and mutations the alpha at alphaHTTP has
// served (Dgraph's dgraph_num_queries_total for Server.Query), to check
// that work reached it.
func Queries(tb testing.TB, alphaHTTP string) int {
	tb.Helper()
	body := httpGet(tb, alphaHTTP, "/debug/prometheus_metrics")
	total := 0
	for _, line := range strings.Split(string(body), "\n") {
		if !strings.HasPrefix(line, `dgraph_num_queries_total{method="Server.Query"`) {
			continue
		}
		f := strings.Fields(line)
		n, err := strconv.ParseFloat(f[len(f)-1], 64)
		if err != nil {
			tb.Fatalf("graphtest: alpha metrics: %q: %v", line, err)
		}
		total += int(n)
	}
	return total
}

// Canonical returns the JSON data of a query with uids left out and lists
// sorted, as Dump shows nodes: two databases holding the same graph give
// the same text whatever uids they assigned.
func Canonical(tb testing.TB, data json.RawMessage) string {
	tb.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		tb.Fatalf("graphtest: canonical: %v", err)
	}
	b, err := json.MarshalIndent(canonical(v), "", " ")
	if err != nil {
		tb.Fatalf("graphtest: canonical: %v", err)
	}
	return string(b)
}
