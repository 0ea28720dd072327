package queries

import (
	"encoding/json"
	"maps"
	"math/rand/v2"
	"slices"
	"strconv"
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

// queryRunner runs canned queries on st, decoding each answer into v.
func queryRunner(t *testing.T, st *graph.Store) func(name string, params map[string]string, v any) {
	return func(name string, params map[string]string, v any) {
		t.Helper()
		data, err := Run(t.Context(), st, name, params)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, v); err != nil {
			t.Fatalf("%s: %v\n%s", name, err, data)
		}
	}
}

// withdrawalLines are the withdrawals query's events from..to as lines:
// day, code, source -> target, articles and outlets.
func withdrawalLines(t *testing.T, st *graph.Store, from, to string) []string {
	t.Helper()
	var wd struct {
		Events []struct {
			Date     string
			Cameo    string
			Source   struct{ Name string }
			Target   struct{ Name string }
			Articles int `json:"article_count"`
			Outlets  int `json:"outlet_count"`
		}
	}
	queryRunner(t, st)("withdrawals", map[string]string{"from": from, "to": to}, &wd)
	var out []string
	for _, e := range wd.Events {
		out = append(out, strings.Join([]string{day(e.Date), e.Cameo, e.Source.Name, "->", e.Target.Name,
			"articles", strconv.Itoa(e.Articles), "outlets", strconv.Itoa(e.Outlets)}, " "))
	}
	return out
}

// asOfParties are the names of the parties the as-of query gives for
// actor on date, sorted, each once.
func asOfParties(t *testing.T, st *graph.Store, actor, date string) []string {
	t.Helper()
	var res struct {
		Relations []struct {
			RelType string `json:"rel_type"`
			Head    struct{ Name string }
		}
	}
	queryRunner(t, st)("as-of", map[string]string{"actor": actor, "date": date}, &res)
	var rows []string
	for _, r := range res.Relations {
		if r.RelType == "party_to" && !slices.Contains(rows, r.Head.Name) {
			rows = append(rows, r.Head.Name)
		}
	}
	slices.Sort(rows)
	return rows
}
