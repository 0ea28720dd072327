package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph/graphtest"
)

// snapshot is the graph as a researcher sees it, minus article identity: the
// actors, events and relations by xid, and how many articles and mentions
// there are.
func snapshot(t *testing.T, e *env) string {
	t.Helper()
	const q = `{
  actors(func: type(Actor)) { xid }
  events(func: type(Event)) { xid cameo date source { xid } target { xid } }
  relations(func: type(Relation)) { xid }
  articles(func: type(Article)) { n: count(uid) }
  mentions(func: type(Mention)) { n: count(uid) }
}`
	if code := e.run("query", q); code != 0 {
		t.Fatalf("snapshot query: exit %d: %s", code, e.stderr)
	}
	var res map[string][]map[string]any
	if err := json.Unmarshal(e.stdout.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for block, rows := range res {
		for _, r := range rows {
			b, _ := json.Marshal(r)
			lines = append(lines, block+" "+string(b))
		}
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// TestFormatsGiveSameGraph loads the same two articles as text files, as an
// RSS feed and as a JSON Lines dump, each into an empty database, and
// compares the graphs.
func TestFormatsGiveSameGraph(t *testing.T) {
	e := newEnv(t, graphtest.Addr(t))
	var want string
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"text files", []string{"load", "--published", "2019-03-07", "testdata/formats/txt"}},
		{"RSS feed", []string{"load", "testdata/formats/feed.xml"}},
		{"JSON Lines", []string{"load", "testdata/formats/dump.jsonl"}},
	} {
		graphtest.Store(t) // drop everything
		if code := e.run(tt.args...); code != 0 {
			t.Fatalf("%s: exit %d: %s", tt.name, code, e.stderr)
		}
		got := snapshot(t, e)
		if !strings.Contains(got, "events") {
			t.Fatalf("%s: no events in the graph:\n%s", tt.name, got)
		}
		if want == "" {
			want = got
			continue
		}
		if got != want {
			t.Errorf("%s gives another graph than the text files:\n%s\nwant:\n%s", tt.name, got, want)
		}
	}
}

// TestHTMLStoryOnly checks that navigation, ads, related links and comments
// of a page give no entities: only the story does.
func TestHTMLStoryOnly(t *testing.T) {
	e := newEnv(t, "")
	if code := e.run("extract", "testdata/formats/page.html"); code != 0 {
		t.Fatalf("exit %d: %s", code, e.stderr)
	}
	var doc struct {
		Article  struct{ Title, Source, Published string }
		Entities []struct{ Name, Country string }
	}
	if err := json.Unmarshal(e.stdout.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Article.Published != "2020-06-12" || doc.Article.Source != "Fixture Times" || !strings.Contains(doc.Article.Title, "border deal") {
		t.Errorf("article metadata = %+v", doc.Article)
	}
	var story []string
	for _, en := range doc.Entities {
		switch en.Country {
		case "KEN", "ETH", "":
			story = append(story, en.Name)
		default:
			t.Errorf("entity %s (%s) comes from outside the story", en.Name, en.Country)
		}
	}
	for _, want := range []string{"Kenya", "Ethiopia", "African Union"} {
		if !slices.Contains(story, want) {
			t.Errorf("story entity %s missing; got %v", want, story)
		}
	}
}

// TestLoadMixedDirectory loads a directory where good articles sit beside every
// kind of bad input: every good one is loaded, every bad one named, and a
// second run after fixing the input adds only what was fixed.
func TestLoadMixedDirectory(t *testing.T) {
	st := graphtest.Store(t)
	e := newEnv(t, graphtest.Addr(t))
	dir := t.TempDir()
	files := map[string]string{
		"good-1.txt":  "Chile and Peru agreed on Monday to settle their fishing dispute.\n",
		"good-2.txt":  "Sudan accused Egypt on Tuesday of violating its airspace.\n",
		"empty.txt":   "",
		"binary.txt":  "\x00\x01\x02\x03 not text",
		"latin1.txt":  "Caf\xe9 owners in Spain protested on Monday.\n",
		"dump.jsonl":  `{"id": "j1", "text": "Japan praised South Korea on Friday for its help."}` + "\n{not json\n",
		"broken.html": "<html><body><nav>Home</nav></body></html>",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code := e.run("load", "--published", "2021-05-05", dir)
	if code != exitSkipped {
		t.Errorf("exit %d, want %d", code, exitSkipped)
	}
	if !strings.Contains(e.stdout.String(), "articles 3,") {
		t.Errorf("summary = %q, want 3 articles written", e.stdout)
	}
	for _, bad := range []string{"empty.txt", "binary.txt", "latin1.txt", "dump.jsonl:2", "broken.html"} {
		if !strings.Contains(e.stderr.String(), bad) {
			t.Errorf("stderr does not name %s:\n%s", bad, e.stderr)
		}
	}
	ctx := context.Background()
	before, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// Fix the JSON line and load again: one article more, nothing duplicated.
	os.WriteFile(filepath.Join(dir, "dump.jsonl"), []byte(files["dump.jsonl"][:strings.Index(files["dump.jsonl"], "\n")+1]+
		`{"id": "j2", "text": "Norway offered on Friday to host talks between Colombia and the rebels."}`+"\n"), 0o644)
	e.run("load", "--published", "2021-05-05", dir)
	after, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after["Article"] != before["Article"]+1 {
		t.Errorf("articles %d -> %d after fixing one line, want one more", before["Article"], after["Article"])
	}
}
