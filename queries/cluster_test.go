package queries

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// clusterRuns are the canned queries run on the cluster and on one alpha;
// every canned query must be here.
var clusterRuns = []struct {
	name   string
	params map[string]string
}{
	{"actor-timeline", map[string]string{"actor": "JCCC"}},
	{"actor-timeline", map[string]string{"actor": "Russia", "from": "2017-12-01", "to": "2018-01-31"}},
	{"agreement", map[string]string{"agreement": "Minsk Protocol"}},
	{"as-of", map[string]string{"actor": "JCCC", "date": "2016-01-01"}},
	{"as-of", map[string]string{"actor": "JCCC", "date": "2018-06-01"}},
	{"changes", map[string]string{"actor": "Russia", "from": "2017-12-01", "to": "2018-01-31"}},
	{"dyad-series", map[string]string{"a": "Russia", "b": "United States"}},
	{"dyad", map[string]string{"a": "Russia", "b": "Ukraine"}},
	{"path", map[string]string{"a": "Russia", "b": "United States"}},
	{"withdrawals", map[string]string{"from": "2017-01-01"}},
}

// TestClusterAnswersAsOneAlpha loads the story into a cluster of two
// alphas serving two groups, with the predicates split between the groups
// and the writes and queries spread over both alphas, and checks that the
// canned queries, the reports and the whole graph come out as on one alpha.
func TestClusterAnswersAsOneAlpha(t *testing.T) {
	var names []string
	for _, r := range clusterRuns {
		names = append(names, r.name)
	}
	for _, n := range Names() {
		if !slices.Contains(names, n) {
			t.Errorf("canned query %s is not run on the cluster: add it to clusterRuns", n)
		}
	}

	c := graphtest.Cluster(t)
	if len(c.Alphas) != 2 {
		t.Fatalf("cluster alphas = %v, want 2", c.Alphas)
	}
	ctx := t.Context()
	tablets := graphtest.SplitSchema(t, c)
	st, err := graph.Connect(ctx, graph.ConnectOptions{Alphas: c.Alphas})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.ApplySchema(ctx); err != nil { // as geokg load does: nothing moves
		t.Fatal(err)
	}
	perGroup := map[uint32]int{}
	for _, g := range tablets {
		perGroup[g]++
	}
	if len(perGroup) != 2 || perGroup[1] < 10 || perGroup[2] < 10 {
		t.Fatalf("predicates per group = %v, want both groups 1 and 2 to hold many", perGroup)
	}
	if tablets["xid"] == tablets["name"] {
		t.Errorf("xid and name both in group %d: lookups would not cross groups", tablets["xid"])
	}
	before := []int{graphtest.Queries(t, c.AlphasHTTP[0]), graphtest.Queries(t, c.AlphasHTTP[1])}

	docs := storyDocs(t)
	// File order, as the golden reports were made in: which report's
	// sentence a report table shows for an event of several reports
	// follows the order they were loaded in, on one alpha as on a cluster.
	order := reversed(len(docs))
	slices.Reverse(order)
	writeAll(t, st, docs, order)
	one := graphtest.Store(t)
	writeAll(t, one, docs, order)

	got, want := storyAnswers(t, st), storyAnswers(t, one)
	for _, k := range slices.Sorted(maps.Keys(want)) {
		if g, w := strings.Join(got[k], "\n"), strings.Join(want[k], "\n"); g != w {
			t.Errorf("%s on the cluster:\n%s\non one alpha:\n%s", k, g, w)
		}
		if g, w := strings.Join(got[k], "\n"), strings.Join(storyWant[k], "\n"); g != w {
			t.Errorf("%s on the cluster:\n%s\nwant:\n%s", k, g, w)
		}
	}
	for _, r := range clusterRuns {
		onCluster, err := Run(ctx, st, r.name, r.params)
		if err != nil {
			t.Fatal(err)
		}
		onOne, err := Run(ctx, one, r.name, r.params)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := graphtest.Canonical(t, onCluster), graphtest.Canonical(t, onOne); g != w {
			t.Errorf("%s %v on the cluster:\n%s\non one alpha:\n%s", r.name, r.params, g, w)
		}
		if len(onCluster) < 20 {
			t.Errorf("%s %v: nearly empty answer %s: the story should give rows", r.name, r.params, onCluster)
		}
	}
	storyReports(t, st) // the golden reports of one alpha
	if g, w := graphtest.Dump(t, st), graphtest.Dump(t, one); g != w {
		t.Errorf("the cluster holds another graph than one alpha:\n%s", graphtest.LineDiff(w, g))
	}

	// Both alphas served requests: the store spread its work over them.
	for i, h := range c.AlphasHTTP {
		if n := graphtest.Queries(t, h); n <= before[i] {
			t.Errorf("alpha %s served no request of the load and queries (%d before, %d after)", c.Alphas[i], before[i], n)
		}
	}
	// The load did not gather the predicates back into one group.
	if after := graphtest.Tablets(t, c.ZeroHTTP); after["xid"] != tablets["xid"] || after["name"] != tablets["name"] {
		t.Errorf("tablets moved during the load: xid %d->%d, name %d->%d", tablets["xid"], after["xid"], tablets["name"], after["name"])
	}

	// Reads and writes go on while zero moves a tablet between groups (as
	// its rebalancing does by itself): alphas refuse them for a moment;
	// the store sends reads again, and writes start their transaction
	// again. Writing the story again changes nothing.
	from := tablets["name"]
	done := make(chan struct{})
	errs := make(chan error, 100)
	var wg sync.WaitGroup
	for w := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-done:
					return
				default:
				}
				var err error
				if w < 3 {
					doc := docs[(i+w*3)%len(docs)]
					if _, err = st.Write(ctx, doc); err != nil {
						err = fmt.Errorf("write %s: %w", doc.Article.ID, err)
					}
				} else {
					_, err = Run(ctx, st, "actor-timeline", map[string]string{"actor": "JCCC"})
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	time.Sleep(200 * time.Millisecond)
	graphtest.MoveTablet(t, c.ZeroHTTP, "name", 3-from)
	time.Sleep(500 * time.Millisecond)
	close(done)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("while the name tablet moved: %v", err)
	}
	if g, w := graphtest.Dump(t, st), graphtest.Dump(t, one); g != w {
		t.Errorf("writing the story again while a tablet moved changed the graph:\n%s", graphtest.LineDiff(w, g))
	}
	if g := graphtest.Tablets(t, c.ZeroHTTP)["name"]; g != 3-from {
		t.Errorf("name still in group %d after the move", g)
	}
}
