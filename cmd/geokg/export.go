package main

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/geokg/geokg/export"
	"github.com/geokg/geokg/graph"
)

// ExportOptions are the flags of `geokg export`.
type ExportOptions struct {
	Format   string
	From, To string
	Out      string // file to write; empty or "-": standard output
	Schema   string // rdf: also write the Dgraph schema to this file
}

func newExportCommand(g *globalOptions) *cli.Command {
	var opts ExportOptions
	return &cli.Command{
		Name:  "export",
		Usage: "write the graph out as N-Quads, GraphML, CSV or TSV, streaming from Dgraph",
		Description: `Formats:
   rdf         N-Quads of every node (blank nodes labelled by their xid) with its types,
               values and edges, for another Dgraph: load them with dgraph live
               --upsertPredicate xid (or dgraph bulk) and the schema (--schema FILE,
               or geokg schema).
   graphml     the actor network for Gephi or NetworkX: actors as nodes (name, kind,
               CAMEO code, country, sector), one directed edge per source->target dyad
               with its events counted by QuadClass, the Goldstein sum and mean.
   csv         one row per event in the columns of GDELT's event table (SQLDATE,
               Actor1Code, Actor1Name, ..., EventCode, QuadClass, GoldsteinScale,
               NumMentions, NumSources, NumArticles, SOURCEURL), plus DatePrecision,
               Plover and Modality; with a header row.
   events-tsv  the same, tab-separated like GDELT's files.

--from and --to (YYYY-MM-DD, inclusive) keep the events dated in the window (undated
events are left out). For graphml they keep the dyads of those events and their actors;
for rdf, those events with their mentions, the mentions' articles, the actors, places
and agreements they name, the relations they start or end, and the relations between
those entities; edges to anything else are left out.

Load rdf into an empty Dgraph: dgraph live --upsertPredicate xid looks nodes up by
their label, not by the xid value, so loading one file twice into the same Dgraph makes
every node twice. To add articles to a graph, use geokg load.

The graph is read a page at a time, so memory stays small whatever its size, and all
pages read one snapshot, so a load running meanwhile does not half appear. With --out
the file appears only when the export is complete.

Examples:
   geokg export --format csv --out events.csv
   geokg export --format events-tsv --from 2017-01-01 --to 2017-12-31 > events-2017.tsv
   geokg export --format graphml --out actors.graphml
   geokg export --format rdf --out graph.rdf.gz --schema geokg.schema
   dgraph live --alpha localhost:9180 --zero localhost:5180 -f graph.rdf.gz -s geokg.schema --upsertPredicate xid`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Usage: "`FORMAT`: " + strings.Join(export.Formats(), ", "), Destination: &opts.Format},
			&cli.StringFlag{Name: "from", Usage: "first event date `D` (YYYY-MM-DD)", Destination: &opts.From},
			&cli.StringFlag{Name: "to", Usage: "last event date `D` (YYYY-MM-DD)", Destination: &opts.To},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write to `FILE`, gzip-compressed if it ends in .gz (default: standard output)", Destination: &opts.Out},
			&cli.StringFlag{Name: "schema", Usage: "rdf: also write the Dgraph schema to `FILE`, for dgraph live -s or bulk -s", Destination: &opts.Schema},
		},
		Action: func(c *cli.Context) error {
			return runExport(c.Context, opts, g) // arguments are refused by noArgs (app.go)
		},
	}
}

func runExport(ctx context.Context, opts ExportOptions, g *globalOptions) error {
	if opts.Format == "" {
		return usageErr("export needs --format: one of %s", strings.Join(export.Formats(), ", "))
	}
	if !slices.Contains(export.Formats(), opts.Format) {
		return usageErr("--format %q: want one of %s", opts.Format, strings.Join(export.Formats(), ", "))
	}
	if err := checkDate("--from", opts.From); err != nil {
		return err
	}
	if err := checkDate("--to", opts.To); err != nil {
		return err
	}
	if opts.From != "" && opts.To != "" && opts.From > opts.To {
		return usageErr("--from %s is after --to %s", opts.From, opts.To)
	}
	if opts.Schema != "" && opts.Format != export.FormatRDF {
		return usageErr("--schema goes with --format rdf")
	}
	st, err := g.connect(ctx)
	if err != nil {
		return err
	}
	defer st.Close()

	if opts.Schema != "" {
		if err := writeFileAtomic(opts.Schema, func(w io.Writer) error {
			_, err := io.WriteString(w, graph.Schema())
			return err
		}); err != nil {
			return fmt.Errorf("write schema: %w", err)
		}
	}
	start := time.Now()
	var stats export.Stats
	write := func(w io.Writer) error {
		var zw *gzip.Writer
		if strings.HasSuffix(opts.Out, ".gz") {
			// dgraph live and bulk, pandas and NetworkX all read gzip.
			zw = gzip.NewWriter(w)
			w = zw
		}
		var err error
		stats, err = export.Write(ctx, st.Snapshot(), w, export.Options{Format: opts.Format, From: opts.From, To: opts.To})
		if err == nil && zw != nil {
			err = zw.Close()
		}
		return err
	}
	if opts.Out == "" || opts.Out == "-" {
		err = write(g.stdout)
	} else {
		err = writeFileAtomic(opts.Out, write)
	}
	if err != nil {
		return err
	}
	what := fmt.Sprintf("%d events", stats.Rows)
	switch opts.Format {
	case export.FormatRDF:
		what = fmt.Sprintf("%d nodes, %d N-Quads (%d edges)", stats.Nodes, stats.Quads, stats.Edges)
	case export.FormatGraphML:
		what = fmt.Sprintf("%d nodes, %d dyads", stats.Nodes, stats.Edges)
	}
	dest := "standard output"
	if opts.Out != "" && opts.Out != "-" {
		dest = opts.Out
	}
	g.notice("exported %s as %s to %s in %s", what, opts.Format, dest, time.Since(start).Round(time.Millisecond))
	return nil
}

// writeFileAtomic writes path through a temporary file beside it, renamed
// into place only when write succeeded, so an interrupted export never
// leaves a truncated file that looks complete.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	defer os.Remove(f.Name()) // after a successful rename there is nothing left to remove
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
