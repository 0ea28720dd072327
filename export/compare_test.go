package export_test

import (
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// TestCompareGraphs compares two running Dgraphs named by
// GEOKG_EXPORT_COMPARE=ALPHA1,ALPHA2 (gRPC addresses): counts by type and
// edge, and the canonical dump of graphtest.Dump. It is for
// scripts/check-export.sh, which exports a graph and reloads it elsewhere;
// without the variable it skips. Run it with -short, so that the test
// binary starts no Dgraph of its own.
func TestCompareGraphs(t *testing.T) {
	env := os.Getenv("GEOKG_EXPORT_COMPARE")
	if env == "" {
		t.Skip("set GEOKG_EXPORT_COMPARE=ALPHA1,ALPHA2 to compare two graphs")
	}
	addrs := strings.Split(env, ",")
	if len(addrs) != 2 {
		t.Fatalf("GEOKG_EXPORT_COMPARE=%q: want two addresses separated by a comma", env)
	}
	var stores [2]*graph.Store
	var counts [2]map[string]int
	for i, a := range addrs {
		st, err := graph.Dial(t.Context(), a)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		stores[i] = st
		if counts[i], err = st.Counts(t.Context()); err != nil {
			t.Fatal(err)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(counts[0])) {
		t.Logf("%-24s %8d %8d", k, counts[0][k], counts[1][k])
		if counts[0][k] != counts[1][k] {
			t.Errorf("count %s: %d at %s, %d at %s", k, counts[0][k], addrs[0], counts[1][k], addrs[1])
		}
	}
	a, b := graphtest.Dump(t, stores[0]), graphtest.Dump(t, stores[1])
	t.Logf("canonical dumps: %d and %d nodes, %d and %d bytes", strings.Count(a, "\n"), strings.Count(b, "\n"), len(a), len(b))
	if a != b {
		d := graphtest.LineDiff(a, b)
		if len(d) > 4000 {
			d = d[:4000] + "..."
		}
		t.Errorf("the graphs differ:\n%s", d)
	}
}
