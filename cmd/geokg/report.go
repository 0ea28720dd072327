package main

import (
	"context"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/geokg/geokg/queries"
)

// ReportOptions are the flags of `geokg report`.
type ReportOptions struct {
	queries.ReportParams
	Format string
}

func newReportCommand(g *globalOptions) *cli.Command {
	var opts ReportOptions
	return &cli.Command{
		Name:      "report",
		Usage:     "render a canned query as a Markdown (or JSON) report",
		ArgsUsage: "NAME",
		Description: `Reports: ` + strings.Join(queries.Names(), ", ") + `.
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
   geokg report path --actor "Rex Tillerson" --with JCCC --format json`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "actor", Usage: "the actor or agreement `A` (name, alias, CAMEO code or xid)", Destination: &opts.Actor},
			&cli.StringFlag{Name: "with", Usage: "the second actor `B`", Destination: &opts.With},
			&cli.StringFlag{Name: "from", Usage: "first date `D` (YYYY-MM-DD)", Destination: &opts.From},
			&cli.StringFlag{Name: "to", Usage: "last date `D` (YYYY-MM-DD)", Destination: &opts.To},
			&cli.StringFlag{Name: "at", Usage: "the date `D` of an as-of report (YYYY-MM-DD)", Destination: &opts.At},
			&cli.StringFlag{Name: "format", Value: "md", Usage: "`FORMAT`: md or json", Destination: &opts.Format},
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
	if _, err := queries.Get(name); err != nil {
		return usageErr("%v", err)
	}
	if opts.Format != "md" && opts.Format != "json" {
		return usageErr("--format %q: want md or json", opts.Format)
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
	return queries.Report(ctx, st, name, opts.ReportParams, opts.Format, g.stdout)
}
