package queries

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// storyOrders are the load orders a story test tries: file order,
// reversed, and shuffles from fixed seeds (a failure must reproduce).
func storyOrders(n int, seed1, seed2 uint64, shuffles int) [][]int {
	inOrder := reversed(n)
	slices.Reverse(inOrder)
	orders := [][]int{inOrder, reversed(n)}
	rng := rand.New(rand.NewPCG(seed1, seed2))
	for range shuffles {
		orders = append(orders, rng.Perm(n))
	}
	return orders
}

// checkStoryOrders loads docs in each order into an emptied database and
// checks that answers gives want every time and that every order gives
// the graph the first one gives.
func checkStoryOrders(t *testing.T, docs []extract.Document, orders [][]int,
	answers func(*testing.T, *graph.Store) map[string][]string, want map[string][]string) {
	t.Helper()
	var first string
	for i, order := range orders {
		st := graphtest.Store(t)
		writeAll(t, st, docs, order)
		got := answers(t, st)
		for _, k := range slices.Sorted(maps.Keys(want)) {
			if g, w := strings.Join(got[k], "\n"), strings.Join(want[k], "\n"); g != w {
				t.Errorf("order %v: %s:\n%s\nwant:\n%s", order, k, g, w)
			}
		}
		dump := graphtest.Dump(t, st)
		if i == 0 {
			first = dump
			continue
		}
		if dump != first {
			t.Errorf("order %v gives another graph than file order:\n%s", order, graphtest.LineDiff(first, dump))
		}
	}
}
