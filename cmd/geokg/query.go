package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/geokg/geokg/queries"
)

// QueryOptions are the flags of `geokg query`.
type QueryOptions struct {
	Vars []string // name=value
	File string
}

func newQueryCommand(g *globalOptions) *cli.Command {
	var opts QueryOptions
	return &cli.Command{
		Name:      "query",
		Usage:     "run a DQL query or a canned query by name and print JSON",
		ArgsUsage: "(DQL | --file F.dql | NAME)",
		Description: `Runs DQL against Dgraph and prints the result as JSON. Values are passed as
GraphQL-style variables (--var name=value), never spliced into the query text;
the query declares them, e.g. query q($name: string) { ... }.

Canned queries: ` + strings.Join(queries.Names(), ", ") + ` (see "geokg query --list").
Their ordered lists come a page at a time (--var first=N, default 25 rows;
--var offset=N to skip N): "paging" in the JSON, and a line on stderr, say
how many rows there are when a page does not hold them all.

Examples:
   geokg query dyad --var a=US --var b=Ukraine
   geokg query actor-timeline --var actor=Russia --var from=2017-01-01 --var to=2017-12-31
   geokg query actor-timeline --var actor=Russia --var offset=100
   geokg query 'query q($n: string) { a(func: eq(name, $n)) { uid name kind } }' --var n=Russia
   geokg query --file my-query.dql --var from=2017-01-01`,
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "var", Usage: "variable `name=value` (repeatable)"},
			&cli.StringFlag{Name: "file", Usage: "read the DQL from `F.dql`", Destination: &opts.File},
			&cli.BoolFlag{Name: "list", Usage: "list the canned queries and their variables"},
		},
		Action: func(c *cli.Context) error {
			opts.Vars = c.StringSlice("var")
			if c.Bool("list") {
				if c.Args().Present() {
					return usageErr("query --list takes no arguments, got %q", c.Args().Slice())
				}
				return listQueries(g)
			}
			return runQuery(c.Context, opts, g, c.Args().Slice())
		},
	}
}

func listQueries(g *globalOptions) error {
	for _, q := range queries.List() {
		fmt.Fprintf(g.stdout, "%s\n", q.Name)
		for _, v := range q.Vars {
			def := "required"
			if !v.Required {
				def = "default " + v.Default
			}
			fmt.Fprintf(g.stdout, "  --var %s=... (%s, %s)\n", v.Name, v.Type, def)
		}
		for _, line := range strings.Split(q.Description, "\n") {
			fmt.Fprintf(g.stdout, "  %s\n", line)
		}
		fmt.Fprintln(g.stdout)
	}
	return nil
}

func parseVars(kvs []string) (map[string]string, error) {
	vars := map[string]string{}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || strings.TrimPrefix(k, "$") == "" {
			return nil, usageErr("--var %q: want name=value", kv)
		}
		vars[strings.TrimPrefix(k, "$")] = v
	}
	return vars, nil
}

func runQuery(ctx context.Context, opts QueryOptions, g *globalOptions, args []string) error {
	vars, err := parseVars(opts.Vars)
	if err != nil {
		return err
	}
	var text, label, canned string
	switch {
	case opts.File != "" && len(args) > 0:
		return usageErr("give either --file or a query, not both")
	case opts.File != "":
		b, err := os.ReadFile(opts.File)
		if err != nil {
			return fmt.Errorf("read query: %w", err)
		}
		text, label = string(b), opts.File
	case len(args) == 1:
		if q, err := queries.Get(args[0]); err == nil {
			text, label, canned = q.Text, q.Name, q.Name
		} else if strings.ContainsAny(args[0], "{(") {
			text, label = args[0], "query"
		} else {
			return usageErr("%v", err)
		}
	default:
		return usageErr("query needs one DQL text, --file F.dql or a canned query NAME (known: %s)", strings.Join(queries.Names(), ", "))
	}
	bound, err := queries.Bind(text, vars)
	if err == nil && canned != "" {
		err = queries.CheckDates(bound)
	}
	if err != nil {
		return usageErr("%s: %v", label, err)
	}
	g.timing("first-request")
	st, err := g.connect(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	var unmatched []queries.Unmatched
	if canned != "" {
		if bound, unmatched, err = queries.Resolve(ctx, st, bound); err != nil {
			return fmt.Errorf("%s: %w", label, err)
		}
	}
	data, err := st.Query(ctx, text, bound)
	if err != nil {
		return fmt.Errorf("%s: %w", label, err)
	}
	g.timing("answered")
	if canned != "" {
		if data, err = queries.Finish(canned, bound, data); err != nil {
			return err
		}
		for _, n := range queries.Notices(queries.PagingOf(data), "--var offset=%d") {
			fmt.Fprintf(g.stderr, "geokg: %s\n", n)
		}
		if data, err = queries.WithUnmatched(data, unmatched); err != nil {
			return err
		}
		for _, u := range unmatched {
			fmt.Fprintf(g.stderr, "geokg: %s\n", u.Notice())
		}
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, data, "", "  "); err != nil {
		buf.Reset()
		buf.Write(data)
	}
	buf.WriteByte('\n')
	_, err = g.stdout.Write(buf.Bytes())
	return err
}
