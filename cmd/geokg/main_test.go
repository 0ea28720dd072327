package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph/graphtest"
)

func TestMain(m *testing.M) { graphtest.Main(m) }

// env is an in-process geokg: its globals, and what it printed.
type env struct {
	g              *globalOptions
	stdout, stderr *bytes.Buffer
}

func newEnv(t *testing.T, alpha string) *env {
	t.Helper()
	var out, errb bytes.Buffer
	return &env{
		g:      &globalOptions{Alpha: alpha, DataDir: t.TempDir(), Quiet: true, stdin: strings.NewReader(""), stdout: &out, stderr: &errb},
		stdout: &out, stderr: &errb,
	}
}

// run runs the whole app as a user would, flags and all, and returns its exit code.
func (e *env) run(args ...string) int {
	e.stdout.Reset()
	e.stderr.Reset()
	all := []string{"geokg", "--quiet"}
	if e.g.Alpha != "" {
		all = append(all, "--alpha", e.g.Alpha)
	}
	app := newApp(e.g.stdin, e.g.stdout, e.g.stderr)
	err := app.RunContext(context.Background(), interspersed(app, append(all, args...)))
	if err != nil {
		e.stderr.WriteString(err.Error() + "\n")
	}
	return exitCodeOf(err)
}

func exitCodeOf(err error) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errSkipped):
		return exitSkipped
	case errors.Is(err, errUsage):
		return exitUsage
	}
	return exitFailure
}

func TestInterspersed(t *testing.T) {
	app := newApp(nil, nil, nil)
	tests := []struct{ in, want string }{
		{"geokg report dyad --actor US --with Ukraine", "geokg report --actor US --with Ukraine dyad"},
		{"geokg --alpha h:1 query dyad --var a=x", "geokg --alpha h:1 query --var a=x dyad"},
		{"geokg -q extract a.txt --format jsonl - b.txt", "geokg -q extract --format jsonl a.txt - b.txt"},
		{"geokg query --list", "geokg query --list"},
		{"geokg dgraph up", "geokg dgraph up"},
		{"geokg extract -- --odd-name.txt --format", "geokg extract -- --odd-name.txt --format"},
		{"geokg schema --apply", "geokg schema --apply"},
	}
	for _, tt := range tests {
		if got := strings.Join(interspersed(app, strings.Fields(tt.in)), " "); got != tt.want {
			t.Errorf("interspersed(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestExtractJSONL(t *testing.T) {
	e := newEnv(t, "")
	if code := e.run("extract", "--format", "jsonl", "testdata/articles"); code != 0 {
		t.Fatalf("exit %d: %s", code, e.stderr)
	}
	lines := strings.Split(strings.TrimSpace(e.stdout.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d documents, want 3:\n%s", len(lines), e.stdout)
	}
	ids := map[string]bool{}
	for _, line := range lines {
		var doc extract.Document
		if err := json.Unmarshal([]byte(line), &doc); err != nil {
			t.Fatalf("line is not a document: %v\n%s", err, line)
		}
		ids[doc.Article.ID] = true
		ents := map[string]bool{}
		for _, en := range doc.Entities {
			ents[en.ID] = true
		}
		for _, ev := range doc.Events {
			if !ents[ev.Source] || (ev.Target != "" && !ents[ev.Target]) {
				t.Errorf("%s: event %s points outside the document's entities", doc.Article.ID, ev.ID)
			}
		}
	}
	if !ids["t-arms"] || !ids["t-call"] {
		t.Errorf("JSONL ids not kept as article ids: %v", ids)
	}
}

func TestExtractStdin(t *testing.T) {
	e := newEnv(t, "")
	e.g.stdin = strings.NewReader("Russia and Ukraine agreed on Monday to exchange prisoners.\n")
	if code := e.run("extract", "--published", "2019-09-04", "-"); code != 0 {
		t.Fatalf("exit %d: %s", code, e.stderr)
	}
	var doc extract.Document
	if err := json.Unmarshal(e.stdout.Bytes(), &doc); err != nil {
		t.Fatalf("%v\n%s", err, e.stdout)
	}
	if doc.Article.Published != "2019-09-04" || len(doc.Entities) < 2 {
		t.Errorf("document from stdin = %+v", doc)
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(good, []byte("Turkey and Greece agreed on Monday to resume talks on the Aegean.\n"), 0o644)
	os.WriteFile(empty, nil, 0o644)

	e := newEnv(t, "")
	code := e.run("extract", "--format", "jsonl", good, empty, filepath.Join(dir, "missing.txt"))
	if code != exitSkipped {
		t.Errorf("exit %d, want %d (skipped)", code, exitSkipped)
	}
	if n := strings.Count(e.stdout.String(), "\n"); n != 1 {
		t.Errorf("good input beside bad gave %d documents, want 1", n)
	}
	for _, want := range []string{"missing.txt", "empty.txt"} {
		if !strings.Contains(e.stderr.String(), want) {
			t.Errorf("stderr does not name %s:\n%s", want, e.stderr)
		}
	}

	if code := e.run("extract", "--published", "28/12/2017", good); code != exitUsage {
		t.Errorf("bad --published: exit %d, want %d", code, exitUsage)
	}
	if code := e.run("extract"); code != exitUsage {
		t.Errorf("no PATH: exit %d, want %d", code, exitUsage)
	}
}

func TestDeadAlphaFailsFast(t *testing.T) {
	e := newEnv(t, "127.0.0.1:1") // nothing listens on port 1
	start := time.Now()
	code := e.run("query", "{ q(func: has(name)) { name } }")
	if code != exitFailure {
		t.Errorf("exit %d, want %d", code, exitFailure)
	}
	if d := time.Since(start); d > 15*time.Second {
		t.Errorf("took %v to give up on a dead --alpha", d)
	}
	if !strings.Contains(e.stderr.String(), "127.0.0.1:1") {
		t.Errorf("error does not name the address: %s", e.stderr)
	}
}

func TestLoadQueryReport(t *testing.T) {
	st := graphtest.Store(t) // empty database with the schema
	e := newEnv(t, graphtest.Addr(t))

	if code := e.run("load", "testdata/articles"); code != 0 {
		t.Fatalf("load: exit %d: %s", code, e.stderr)
	}
	if !strings.Contains(e.stdout.String(), "articles 3") {
		t.Errorf("load summary = %q", e.stdout)
	}
	ctx := context.Background()
	before, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before["Article"] != 3 || before["Event"] == 0 || before["Actor"] == 0 {
		t.Errorf("counts after one load = %v", before)
	}

	// Loading again changes nothing.
	if code := e.run("load", "testdata/articles"); code != 0 {
		t.Fatalf("second load: exit %d: %s", code, e.stderr)
	}
	after, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !equalCounts(before, after) {
		t.Errorf("second load changed the graph:\nbefore %v\nafter  %v", before, after)
	}

	// A canned query, with values as variables: a quote cannot break out.
	if code := e.run("query", "dyad", "--var", "a=United States", "--var", "b=Ukraine"); code != 0 {
		t.Fatalf("query dyad: exit %d: %s", code, e.stderr)
	}
	var res struct {
		Events []struct {
			Date   string
			Target struct{ Name string }
		}
	}
	if err := json.Unmarshal(e.stdout.Bytes(), &res); err != nil {
		t.Fatalf("%v\n%s", err, e.stdout)
	}
	found := false
	for _, ev := range res.Events {
		if strings.HasPrefix(ev.Date, "2018-02-09") {
			found = true
		}
	}
	if !found {
		t.Errorf("dyad US/Ukraine has no event on 2018-02-09 (the Friday before publication): %s", e.stdout)
	}
	// A page smaller than the list: the rest is announced on stderr and in
	// the JSON, never cut silently.
	if code := e.run("query", "actor-timeline", "--var", "actor=United States"); code != 0 {
		t.Fatalf("query actor-timeline: exit %d: %s", code, e.stderr)
	}
	if err := json.Unmarshal(e.stdout.Bytes(), &res); err != nil {
		t.Fatalf("%v\n%s", err, e.stdout)
	}
	if n := len(res.Events); n < 2 {
		t.Errorf("the United States have %d events; the paging check needs 2 or more", n)
	} else {
		if code := e.run("query", "actor-timeline", "--var", "actor=United States", "--var", "first=1"); code != 0 {
			t.Fatalf("query actor-timeline first=1: exit %d: %s", code, e.stderr)
		}
		want := fmt.Sprintf("events: showing rows 1-1 of %d; --var offset=1 for the next page", n)
		if !strings.Contains(e.stderr.String(), want) {
			t.Errorf("stderr %q lacks the notice %q", e.stderr, want)
		}
		var paged struct {
			Events []json.RawMessage
			Paging []struct {
				Block       string
				Shown       int
				Total       int
				Next_offset int
			}
		}
		if err := json.Unmarshal(e.stdout.Bytes(), &paged); err != nil {
			t.Fatalf("%v\n%s", err, e.stdout)
		}
		if len(paged.Events) != 1 || len(paged.Paging) != 1 || paged.Paging[0].Total != n || paged.Paging[0].Next_offset != 1 {
			t.Errorf("first=1: %d rows, paging %+v; want 1 row of %d, next offset 1", len(paged.Events), paged.Paging, n)
		}
		for _, format := range []string{"md", "html"} {
			if code := e.run("report", "actor-timeline", "--actor", "United States", "--first", "1", "--format", format); code != 0 {
				t.Fatalf("report --first 1 --format %s: exit %d: %s", format, code, e.stderr)
			}
			want := fmt.Sprintf("events: showing rows 1-1 of %d; --offset 1 for the next page", n)
			if !strings.Contains(e.stderr.String(), want) || !strings.Contains(e.stdout.String(), want) {
				t.Errorf("report --format %s: the notice %q is not on both stderr and the report", format, want)
			}
		}
	}
	if code := e.run("query", "dyad", "--var", `a=Ukraine" } } bad(func: has(xid)) { xid } #`, "--var", "b=x"); code != 0 {
		t.Errorf("a quote in a variable broke the query: exit %d: %s", code, e.stderr)
	}

	if code := e.run("report", "dyad", "--actor", "United States", "--with", "Ukraine"); code != 0 {
		t.Fatalf("report: exit %d: %s", code, e.stderr)
	}
	if !strings.Contains(e.stdout.String(), "# United States and Ukraine") || !strings.Contains(e.stdout.String(), "| 2018-02-09 |") {
		t.Errorf("report:\n%s", e.stdout)
	}

	// The same report as a page, and the overview of the whole graph.
	page := filepath.Join(t.TempDir(), "dyad.html")
	if code := e.run("report", "dyad", "--actor", "United States", "--with", "Ukraine", "--format", "html", "--out", page); code != 0 {
		t.Fatalf("report --format html: exit %d: %s", code, e.stderr)
	}
	if b, err := os.ReadFile(page); err != nil || !strings.HasPrefix(string(b), "<!DOCTYPE html>") || !strings.Contains(string(b), "<svg") || !strings.Contains(string(b), "2018-02-09") {
		t.Errorf("html report %s: %v\n%.300s", page, err, b)
	}
	dir := filepath.Join(t.TempDir(), "all")
	if code := e.run("report", "all", "--format", "html", "--out", dir, "--top", "2"); code != 0 {
		t.Fatalf("report all: exit %d: %s", code, e.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		t.Errorf("report all wrote no index: %v", err)
	}
	if code := e.run("report", "all", "--format", "md"); code != exitUsage {
		t.Errorf("report all --format md: exit %d, want usage error", code)
	}

	// DQL errors show Dgraph's message and the query's name.
	bad := filepath.Join(t.TempDir(), "broken.dql")
	os.WriteFile(bad, []byte("{ q(func: eq(name, \"x\") { name }"), 0o644)
	if code := e.run("query", "--file", bad); code != exitFailure {
		t.Errorf("broken DQL: exit %d", code)
	}
	if !strings.Contains(e.stderr.String(), "broken.dql") || !strings.Contains(strings.ToLower(e.stderr.String()), "dgraph") {
		t.Errorf("broken DQL error = %s", e.stderr)
	}
	if code := e.run("query", "dyad", "--var", "a=US"); code != exitUsage || !strings.Contains(e.stderr.String(), "b") {
		t.Errorf("missing variable: exit %d: %s", code, e.stderr)
	}
}

func equalCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
