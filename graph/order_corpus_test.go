package graph_test

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph/graphtest"
)

// TestOrderCorpus loads a real corpus in two shuffled orders and compares
// the whole graphs. It runs only when GEOKG_ORDER_DOCS names a file of
// extracted documents, one JSON document a line, e.g.
//
//	geokg extract --published 2005-06-01 --format jsonl ../shared/corpora/bbc-news/news/politics > /tmp/politics.jsonl
//	GEOKG_ORDER_DOCS=/tmp/politics.jsonl go test ./graph -run TestOrderCorpus -v
func TestOrderCorpus(t *testing.T) {
	path := os.Getenv("GEOKG_ORDER_DOCS")
	if path == "" {
		t.Skip("set GEOKG_ORDER_DOCS to a JSONL file of extracted documents")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []extract.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for line := 1; sc.Scan(); line++ {
		var d extract.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		docs = append(docs, d)
	}
	var dumps []string
	for seed := range 2 {
		st := graphtest.Store(t)
		t0 := time.Now()
		for _, i := range rand.New(rand.NewPCG(uint64(seed), 9)).Perm(len(docs)) {
			if _, err := st.Write(t.Context(), docs[i]); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("order %d: %d documents written in %s", seed, len(docs), time.Since(t0).Round(time.Millisecond))
		dumps = append(dumps, graphtest.Dump(t, st))
	}
	if dumps[0] != dumps[1] {
		a, b := strings.Split(dumps[0], "\n"), strings.Split(dumps[1], "\n")
		inA, inB := map[string]bool{}, map[string]bool{}
		for _, l := range a {
			inA[l] = true
		}
		for _, l := range b {
			inB[l] = true
		}
		shown := 0
		for _, l := range a {
			if !inB[l] && shown < 10 {
				t.Logf("- %.600s", l)
				shown++
			}
		}
		for _, l := range b {
			if !inA[l] && shown < 20 {
				t.Logf("+ %.600s", l)
				shown++
			}
		}
		t.Errorf("the two orders give different graphs")
	}
	t.Logf("%d nodes, identical in both orders: %v", strings.Count(dumps[0], "\n"), dumps[0] == dumps[1])
}
