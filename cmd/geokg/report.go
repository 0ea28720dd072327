package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/geokg/geokg/queries"
	"github.com/geokg/geokg/report"
)

// ReportOptions are the flags of `geokg report`.
type ReportOptions struct {
	queries.ReportParams
	Format string
	Out    string // html: the file (or, for "all", the directory) to write
	Top    int    // all: actors and dyads that get a page
}

func newReportCommand(g *globalOptions) *cli.Command {
	var opts ReportOptions
	return &cli.Command{
		Name:      "report",
		Usage:     "render a canned query as a Markdown, JSON or self-contained HTML report",
		ArgsUsage: "NAME",
		Description: `Reports: ` + strings.Join(queries.Names(), ", ") + `; and all (--format html --out DIR).
--actor fills the actor (or agreement) a report is about, --with the second actor of
dyad, dyad-series and path, --from and --to the date window (YYYY-MM-DD, inclusive),
--at the date of as-of.

Examples:
   geokg report dyad --actor US --with Ukraine
   geokg report actor-timeline --actor Russia --from 2017-01-01 --to 2017-12-31
   geokg report agreement --actor "Minsk agreements"
   geokg report withdrawals --from 2017-01-01
   geokg report as-of --actor JCCC --at 2016-01-01
   geokg report dyad-series --actor Russia --with "United States" --from 2017-01-01
   geokg report changes --actor Russia --from 2017-06-01 --to 2017-12-31
   geokg report path --actor "Rex Tillerson" --with JCCC --format json
   geokg report actor-timeline --actor Russia --format html --out russia.html
   geokg report all --format html --out reports/ --top 15   (an index page and a page per top actor and dyad)`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "actor", Usage: "the actor or agreement `A` (name, alias, CAMEO code or xid)", Destination: &opts.Actor},
			&cli.StringFlag{Name: "with", Usage: "the second actor `B`", Destination: &opts.With},
			&cli.StringFlag{Name: "from", Usage: "first date `D` (YYYY-MM-DD)", Destination: &opts.From},
			&cli.StringFlag{Name: "to", Usage: "last date `D` (YYYY-MM-DD)", Destination: &opts.To},
			&cli.StringFlag{Name: "first", Usage: "rows per page `N` of a paged list (default 25)", Destination: &opts.First},
			&cli.StringFlag{Name: "offset", Usage: "skip the first `N` rows of each paged list", Destination: &opts.Offset},
			&cli.StringFlag{Name: "at", Usage: "the date `D` of an as-of report (YYYY-MM-DD)", Destination: &opts.At},
			&cli.StringFlag{Name: "format", Value: "md", Usage: "`FORMAT`: md, json or html", Destination: &opts.Format},
			&cli.StringFlag{Name: "out", Usage: "write to `PATH` (a directory for all) instead of stdout", Destination: &opts.Out},
			&cli.IntFlag{Name: "top", Value: 10, Usage: "all: pages for the top `N` actors and dyads by events", Destination: &opts.Top},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageErr("report needs one NAME (known: %s)", strings.Join(queries.Names(), ", "))
			}
			return runReport(c.Context, opts, g, c.Args().First())
		},
	}
}

func runReport(ctx context.Context, opts ReportOptions, g *globalOptions, name string) error {
	if name == "all" && (opts.Format != "html" || opts.Out == "") {
		return usageErr("report all needs --format html --out DIR")
	}
	if name != "all" {
		// A missing --actor or --with is said before connecting (which
		// may start the managed Dgraph), as a usage error.
		if err := opts.ReportParams.Check(name); err != nil {
			return usageErr("%v", err)
		}
	}
	if opts.Format != "md" && opts.Format != "json" && opts.Format != "html" {
		return usageErr("--format %q: want md, json or html", opts.Format)
	}
	if err := checkDate("--from", opts.From); err != nil {
		return err
	}
	if err := checkDate("--to", opts.To); err != nil {
		return err
	}
	if err := checkDate("--at", opts.At); err != nil {
		return err
	}
	st, err := g.connect(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	if opts.Format == "html" {
		return runHTMLReport(ctx, opts, g, st, name)
	}
	if opts.Out == "" {
		return queries.ReportTo(ctx, st, name, opts.ReportParams, opts.Format, g.stdout, g.stderr)
	}
	f, err := os.Create(opts.Out)
	if err != nil {
		return fmt.Errorf("write the report (--out): %w; give a path in a directory that exists", err)
	}
	if err := queries.ReportTo(ctx, st, name, opts.ReportParams, opts.Format, f, g.stderr); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// runHTMLReport writes one page, or with "all" an index and its pages.
func runHTMLReport(ctx context.Context, opts ReportOptions, g *globalOptions, r queries.Runner, name string) error {
	if name == "all" {
		files, err := report.All(ctx, r, opts.Out, report.AllOptions{Top: opts.Top, From: opts.From, To: opts.To})
		if err != nil {
			return err
		}
		fmt.Fprintf(g.stdout, "wrote %d pages; open %s\n", len(files), files[0])
		return nil
	}
	if opts.Out != "" {
		return report.WriteFile(ctx, r, name, opts.ReportParams, opts.Out)
	}
	pg, err := report.Build(ctx, r, name, opts.ReportParams)
	if err != nil {
		return err
	}
	for _, n := range pg.Paging {
		fmt.Fprintf(g.stderr, "geokg: %s\n", n)
	}
	return pg.Write(g.stdout)
}
