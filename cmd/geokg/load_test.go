package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// TestLoadHostileArticles: articles whose title, url or outlet look like
// DQL or RDF, one with a 100 KB id, and one Dgraph refuses (a title that is
// one 100 KB word, too large for the term index) load beside good ones:
// the refused one is skipped with Dgraph's reason (exit 3), the others are
// stored verbatim, and the file after it is still read.
func TestLoadHostileArticles(t *testing.T) {
	st := graphtest.Store(t)
	e := newEnv(t, graphtest.Addr(t))
	dir := t.TempDir()
	longID := "https://example.org/" + strings.Repeat("x", 100<<10)
	recs := []map[string]string{
		{"id": "hostile-1", "title": "uid(n0)", "url": "https://example.org/a", "source": "val(y)", "published": "2021-05-02",
			"text": "Norway's government criticised Sweden on 1 May 2021.\n"},
		{"id": "hostile-2", "title": "_:b <0x1> \"x\" .", "url": "https://example.org/b", "source": "Wire \"Q\"", "published": "2021-05-02",
			"text": "France and Germany signed a trade accord on 30 April 2021.\n"},
		// A person's name of one 70 KB word: too large for name's exact
		// index, so Dgraph refuses this article's data.
		{"id": "refused", "title": "Refused", "published": "2021-05-02",
			"text": "President Q" + strings.Repeat("a", 70<<10) + " praised Portugal on 1 May 2021.\n"},
		{"id": longID, "url": longID, "title": "Long id", "published": "2021-05-02",
			"text": "Italy condemned Austria on 1 May 2021.\n"},
		// A title of one 100 KB word is stored like any other.
		{"id": "long-title", "title": strings.Repeat("x", 100<<10), "url": "uid(n1)", "published": "2021-05-02",
			"text": "Spain praised Portugal on 1 May 2021.\n"},
	}
	var b strings.Builder
	for _, r := range recs {
		line, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Good news\n\nNorway welcomed Denmark on 3 May 2021.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code := e.run("load", "--published", "2021-05-03", dir)
	if code != exitSkipped {
		t.Fatalf("load: exit %d, want %d: %s", code, exitSkipped, e.stderr)
	}
	stderr := e.stderr.String()
	if !strings.Contains(stderr, "a.jsonl:3: rejected-by-dgraph") || !strings.Contains(stderr, "too large") {
		t.Errorf("the refused article is not named with Dgraph's reason:\n%.2000s", stderr)
	}
	if !strings.Contains(stderr, "rejected-by-dgraph 1") {
		t.Errorf("summary by reason lacks the rejection:\n%.2000s", stderr)
	}
	if len(stderr) > 4000 {
		t.Errorf("stderr is %d bytes: a long value was printed whole", len(stderr))
	}
	ctx := context.Background()
	for _, r := range []map[string]string{recs[0], recs[1], recs[3], recs[4]} {
		raw, err := st.Query(ctx, `query q($x: string) { n(func: eq(xid, $x)) { title url outlet source_id } }`,
			map[string]string{"x": graph.ArticleXID(r["id"])})
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			N []struct{ Title, URL, Outlet, Source_id string }
		}
		if err := json.Unmarshal(raw, &res); err != nil {
			t.Fatal(err)
		}
		if len(res.N) != 1 {
			t.Errorf("article %.40q: %d nodes", r["id"], len(res.N))
			continue
		}
		n := res.N[0]
		outlet := r["source"]
		if outlet == "" && strings.HasPrefix(r["url"], "https://example.org/") {
			outlet = "example.org" // a record naming no source is its URL's host's
		}
		if n.Title != r["title"] || n.URL != r["url"] || n.Outlet != outlet {
			t.Errorf("article %.40q read back as title %.40q url %.40q outlet %.40q", r["id"], n.Title, n.URL, n.Outlet)
		}
		if r["id"] == longID && n.Source_id != longID {
			t.Errorf("the long id is not kept on its article")
		}
	}
	counts, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if counts["Article"] != 5 {
		t.Errorf("%d articles, want 5 (all but the refused one, the text file after it included)", counts["Article"])
	}
}

// TestLoadStopsAndSaysWhatWasNotReached: when the load must stop (here
// Dgraph goes away: a dead address after the schema), the summary says how
// many input files were never read.
func TestLoadFatalSaysNotReached(t *testing.T) {
	graphtest.Store(t)
	e := newEnv(t, graphtest.Addr(t))
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt", "c.txt"} {
		os.WriteFile(filepath.Join(dir, n), []byte("Norway welcomed Denmark on 3 May 2021.\n"), 0o644)
	}
	// Standard input gives one article and, once read, cancels the load:
	// its write fails and the load stops before the directory.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	e.g.stdin = &cancelAtEOF{r: strings.NewReader("Norway welcomed Denmark on 3 May 2021.\n"), cancel: cancel}
	err := runLoad(ctx, LoadOptions{Published: "2021-05-03"}, e.g, []string{"-", dir})
	if err == nil {
		t.Fatal("load with a cancelled context succeeded")
	}
	if !strings.Contains(e.stdout.String(), "4 of 4 input files not reached") {
		t.Errorf("summary = %q, want it to say 4 of 4 input files were not reached", e.stdout)
	}
}

type cancelAtEOF struct {
	r      *strings.Reader
	cancel context.CancelFunc
}

func (c *cancelAtEOF) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if err != nil {
		c.cancel()
	}
	return n, err
}

// TestConcurrentLoads: four loads at once on overlapping inputs all succeed
// and leave exactly the graph one load gives.
func TestConcurrentLoads(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	inputs := [][]string{
		{"testdata/articles", "../../examples/articles"},
		{"../../examples/articles/ukraine-2014-2018.jsonl", "testdata/articles/ceasefire.jsonl"},
		{"../../examples/articles", "testdata/articles/summit.txt"},
		{"testdata/articles", "../../examples/articles/korea-talks.html"},
	}
	e := newEnv(t, graphtest.Addr(t))
	if code := e.run(append([]string{"load"}, inputs[0]...)...); code != 0 {
		t.Fatalf("one load: exit %d: %s", code, e.stderr)
	}
	want := graphtest.Dump(t, st)
	if err := st.DropAll(ctx); err != nil {
		t.Fatal(err)
	}

	errs := make(chan error, len(inputs))
	for _, paths := range inputs {
		e := newEnv(t, graphtest.Addr(t))
		go func() {
			if code := e.run(append([]string{"load"}, paths...)...); code != 0 {
				errs <- fmt.Errorf("load %v: exit %d: %s", paths, code, e.stderr)
				return
			}
			errs <- nil
		}()
	}
	for range inputs {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if got := graphtest.Dump(t, st); got != want {
		t.Errorf("four concurrent loads differ from one load:\n%s", firstDiff(want, got))
	}
}

// firstDiff shows the first line where two dumps differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n one load: %.300s\n four:     %.300s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("%d lines against %d", len(al), len(bl))
}

// TestLoadWritesASlowStreamAsItComes: articles piped in slowly (a feed
// followed as it grows) are written within seconds of arriving, not when
// a whole batch has come or the input ends.
func TestLoadWritesASlowStreamAsItComes(t *testing.T) {
	st := graphtest.Store(t)
	e := newEnv(t, graphtest.Addr(t))
	pr, pw := io.Pipe()
	e.g.stdin = pr
	done := make(chan error, 1)
	go func() { done <- runLoad(t.Context(), LoadOptions{}, e.g, []string{"-"}) }()

	// One dump line, longer than what the reader looks at to tell the
	// format, so that it is read whole while the input stays open.
	line, err := json.Marshal(map[string]string{"id": "slow-1", "published": "2021-05-03", "source": "Test Wire",
		"text": "Norway welcomed Denmark on 3 May 2021." + strings.Repeat(" ", 10<<10)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pw.Write(append(line, '\n')); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		counts, err := st.Counts(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if counts["Article"] == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the article piped in was not written while its input stayed open")
		}
		time.Sleep(200 * time.Millisecond)
	}
	pw.Close()
	if err := <-done; err != nil {
		t.Fatalf("load: %v (stderr %s)", err, e.stderr)
	}
}
