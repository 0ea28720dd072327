package queries

import (
	"math/rand/v2"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// TestBatchesGiveTheSameGraph writes the stories in transactions of many
// documents (graph.WriteBatch, what geokg load does) — all at once, in
// shuffled batches of random sizes, with a document given twice inside a
// batch — and expects exactly the graph that writing them one by one in
// file order gives.
func TestBatchesGiveTheSameGraph(t *testing.T) {
	if testing.Short() {
		t.Skip("needs Dgraph")
	}
	for _, s := range []struct {
		name string
		docs func(*testing.T) []extract.Document
	}{
		{"story", storyDocs}, {"agreement story", agreementStoryDocs},
		// Agreements sharing a descriptor: their parties are recomputed
		// together, in a batch as one by one.
		{"topic story", func(t *testing.T) []extract.Document { return knownStoryDocs(t, "topic-story") }},
	} {
		t.Run(s.name, func(t *testing.T) {
			docs := s.docs(t)
			n := len(docs)
			one := graphtest.Store(t)
			inOrder := reversed(n)
			for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
				inOrder[i], inOrder[j] = inOrder[j], inOrder[i]
			}
			writeAll(t, one, docs, inOrder)
			want := graphtest.Dump(t, one)

			rng := rand.New(rand.NewPCG(7, 2026)) // fixed seeds: a failure must reproduce
			all := inOrder
			shuffled := rng.Perm(n)
			twice := append(rng.Perm(n), rng.IntN(n), rng.IntN(n))
			for _, c := range []struct {
				name  string
				order []int
				size  int
			}{
				{"one batch", all, n},
				{"shuffled batches of 3", shuffled, 3},
				{"shuffled batches of 2 with repeats", twice, 2},
			} {
				st := graphtest.Store(t)
				for k := 0; k < len(c.order); k += c.size {
					batch := c.order[k:min(k+c.size, len(c.order))]
					writeBatch(t, st, docs, batch)
				}
				if got := graphtest.Dump(t, st); got != want {
					t.Errorf("%s: another graph than one by one:\n%s", c.name, graphtest.LineDiff(want, got))
				}
				// Writing everything again in one batch changes nothing
				// and says so.
				sum := writeBatch(t, st, docs, all)
				if sum.Unchanged != n || sum.NewNodes != 0 {
					t.Errorf("%s: reload: %d of %d unchanged, %d new nodes", c.name, sum.Unchanged, n, sum.NewNodes)
				}
			}
		})
	}
}

func writeBatch(t *testing.T, st *graph.Store, docs []extract.Document, idx []int) graph.WriteStats {
	t.Helper()
	batch := make([]extract.Document, len(idx))
	for k, i := range idx {
		batch[k] = docs[i]
	}
	sum, errs, err := st.WriteBatch(t.Context(), batch)
	if err != nil {
		t.Fatalf("write batch: %v", err)
	}
	for k, e := range errs {
		if e != nil {
			t.Fatalf("write %s: %v", batch[k].Article.ID, e)
		}
	}
	return sum
}
