package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUndatedArticlesAreSaid: text files carry no publication date, so
// without --published their "on Monday" stays undated. extract (and load,
// which shares the walk) says how many articles had none and how to give
// one, once at the end; not when every article has a date, nor with --quiet.
func TestUndatedArticlesAreSaid(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":    "Ferry talks\n\nNorland and Estmark resumed ferry talks in Valby on Monday.\n",
		"b.txt":    "Fees\n\nEstmark criticised Norland on Monday over harbour fees.\n",
		"c.jsonl":  `{"id":"c","published":"2026-03-10","text":"Norland praised Estmark on Monday."}` + "\n",
		"d/e.html": `<html><head><meta property="article:published_time" content="2026-03-09"></head><body><article><p>Estmark welcomed the harbour plan of Norland on Monday after long talks in Valby.</p></article></body></html>`,
	}
	for name, body := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(args ...string) string {
		t.Helper()
		var out, errb bytes.Buffer
		app := newApp(strings.NewReader(""), &out, &errb)
		if err := app.RunContext(context.Background(), interspersed(app, append([]string{"geokg"}, args...))); err != nil {
			t.Fatalf("geokg %v: %v\n%s", args, err, errb.String())
		}
		return errb.String()
	}
	got := run("extract", dir)
	want := "geokg: 2 articles have no publication date (the first: " + filepath.Join(dir, "a.txt") + ")"
	if !strings.Contains(got, want) || !strings.Contains(got, "--published") {
		t.Errorf("stderr:\n%s\nwant it to say %q and how to give a date", got, want)
	}
	if got := run("extract", "--published", "2026-03-11", dir); strings.Contains(got, "no publication date") {
		t.Errorf("with --published, stderr still says:\n%s", got)
	}
	if got := run("extract", "--quiet", dir); got != "" {
		t.Errorf("with --quiet, stderr says:\n%s", got)
	}
	if got := run("extract", filepath.Join(dir, "c.jsonl")); got != "" {
		t.Errorf("a dated article alone, stderr says:\n%s", got)
	}
}
