package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/geokg/geokg/examples"
	"github.com/geokg/geokg/queries"
)

func newDemoCommand(g *globalOptions) *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "load the bundled example articles and print reports (starts a local Dgraph if needed)",
		Description: `The whole job in one command: starts the managed local Dgraph when none answers
(building it the first time), loads the example articles bundled with geokg, and prints
a few reports. Run it again: nothing is added twice.

Example:
   go run ./cmd/geokg demo`,
		Action: func(c *cli.Context) error { return runDemo(c.Context, g) },
	}
}

// demoReports are the reports the demo prints after loading.
var demoReports = []struct {
	name   string
	params queries.ReportParams
}{
	{"dyad", queries.ReportParams{Actor: "United States", With: "Ukraine"}},
	{"actor-timeline", queries.ReportParams{Actor: "Russia", From: "2014-01-01", To: "2018-12-31"}},
	{"withdrawals", queries.ReportParams{}},
	{"path", queries.ReportParams{Actor: "Rex Tillerson", With: "Ukraine"}},
}

func runDemo(ctx context.Context, g *globalOptions) error {
	dir, err := os.MkdirTemp("", "geokg-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := os.CopyFS(dir, examples.Articles); err != nil {
		return fmt.Errorf("unpack example articles: %w", err)
	}
	paths, err := fs.Glob(examples.Articles, "articles/*")
	if err != nil {
		return err
	}
	for i, p := range paths {
		paths[i] = filepath.Join(dir, p)
	}
	fmt.Fprintf(g.stdout, "# Loading %d example files\n\n", len(paths))
	if err := runLoad(ctx, LoadOptions{MaxBytes: 10 << 20}, g, paths); err != nil {
		return err
	}
	st, err := g.connect(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, r := range demoReports {
		fmt.Fprintln(g.stdout)
		if err := queries.Report(ctx, st, r.name, r.params, "md", g.stdout); err != nil {
			return err
		}
	}
	return nil
}
