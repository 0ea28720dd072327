package main

import (
	"compress/gzip"
	"encoding/csv"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// TestExportCommand runs geokg export as a user would, for each format,
// and checks what it wrote parses; the formats' contents are tested in
// package export.
func TestExportCommand(t *testing.T) {
	graphtest.Store(t) // empty database with the schema
	e := newEnv(t, graphtest.Addr(t))
	if code := e.run("load", "testdata/articles"); code != 0 {
		t.Fatalf("load: exit %d\n%s", code, e.stderr)
	}
	dir := t.TempDir()

	out := filepath.Join(dir, "graph.rdf")
	schema := filepath.Join(dir, "geokg.schema")
	if code := e.run("export", "--format", "rdf", "--out", out, "--schema", schema); code != 0 {
		t.Fatalf("export rdf: exit %d\n%s", code, e.stderr)
	}
	rdf, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(rdf), `<dgraph.type> "Event" .`) {
		t.Errorf("rdf export: %v, %d bytes without an Event", err, len(rdf))
	}
	if b, err := os.ReadFile(schema); err != nil || string(b) != graph.Schema() {
		t.Errorf("--schema wrote %d bytes (%v), want geokg's schema", len(b), err)
	}

	out = filepath.Join(dir, "actors.graphml.gz")
	if code := e.run("export", "--format", "graphml", "-o", out); code != 0 {
		t.Fatalf("export graphml: exit %d\n%s", code, e.stderr)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s is not gzip: %v", out, err)
	}
	if err := xml.NewDecoder(zr).Decode(new(struct{})); err != nil {
		t.Errorf("graphml export does not parse: %v", err)
	}

	// CSV on standard output, TSV in a window into a file.
	if code := e.run("export", "--format", "csv"); code != 0 {
		t.Fatalf("export csv: exit %d\n%s", code, e.stderr)
	}
	recs, err := csv.NewReader(strings.NewReader(e.stdout.String())).ReadAll()
	if err != nil || len(recs) < 2 || recs[0][0] != "GLOBALEVENTID" {
		t.Errorf("csv export: %d records, %v", len(recs), err)
	}
	out = filepath.Join(dir, "events.tsv")
	if code := e.run("export", "--format", "events-tsv", "--from", "2000-01-01", "--to", "2000-01-31", "--out", out); code != 0 {
		t.Fatalf("export events-tsv: exit %d\n%s", code, e.stderr)
	}
	if b, _ := os.ReadFile(out); strings.Count(string(b), "\n") != 1 {
		t.Errorf("events-tsv of an empty window: %q, want the header alone", b)
	}

	for _, args := range [][]string{
		{"export"},
		{"export", "--format", "json"},
		{"export", "--format", "csv", "--from", "2017-13-01"},
		{"export", "--format", "csv", "--from", "2018-01-01", "--to", "2017-01-01"},
		{"export", "--format", "csv", "--schema", "x.schema"},
		{"export", "--format", "csv", "extra"},
	} {
		if code := e.run(args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d (usage)\n%s", args, code, exitUsage, e.stderr)
		}
	}
	// A file that cannot be written fails, and leaves nothing behind.
	bad := filepath.Join(dir, "missing", "x.csv")
	if code := e.run("export", "--format", "csv", "--out", bad); code != exitFailure {
		t.Errorf("export to %s: exit %d, want %d", bad, code, exitFailure)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %q", left)
	}
}
