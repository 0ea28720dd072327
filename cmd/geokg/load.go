package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/input"
)

// LoadOptions are the flags of `geokg load`.
type LoadOptions struct {
	Published string
	MaxBytes  int64
	Rewrite   bool
}

func newLoadCommand(g *globalOptions) *cli.Command {
	var opts LoadOptions
	return &cli.Command{
		Name:      "load",
		Usage:     "extract articles and write them into Dgraph",
		ArgsUsage: "PATH...",
		Description: `Extracts every article under PATH (files, directories, - for standard input; the
formats of "geokg extract") and writes articles, entities, events and relations into
Dgraph, then prints a summary. Loading the same input again changes nothing: an
article already loaded from the same text by the same geokg is skipped (--rewrite
writes it again, which settles what concurrent loads of related articles missed).

Examples:
   geokg load examples/articles
   geokg load --published 2017-12-28 article.txt
   geokg --alpha dgraph.example.org:9080 load dump.jsonl.gz`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "published", Usage: "publication date `YYYY-MM-DD` for inputs that carry none", Destination: &opts.Published},
			&cli.BoolFlag{Name: "rewrite", Usage: "write articles found already loaded unchanged again (they are skipped by default)", Destination: &opts.Rewrite},
			&cli.Int64Flag{Name: "max-bytes", Value: input.DefaultMaxBytes, Usage: "skip input files larger than `N` bytes", Destination: &opts.MaxBytes},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageErr("load needs at least one PATH (a file, a directory or -)")
			}
			return runLoad(c.Context, opts, g, c.Args().Slice())
		},
	}
}

func runLoad(ctx context.Context, opts LoadOptions, g *globalOptions, paths []string) error {
	if err := checkDate("--published", opts.Published); err != nil {
		return err
	}
	x, err := extract.New(extract.Options{DictDirs: g.Dicts})
	if err != nil {
		return fmt.Errorf("load dictionaries: %w", err)
	}
	st, err := g.connect(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	st.SetRewrite(opts.Rewrite)
	if err := st.ApplySchema(ctx); err != nil {
		return fmt.Errorf("apply schema: %w", err)
	}
	var sum graph.WriteStats
	bar := newProgress(g, paths)
	var rejected []input.Problem
	filesDone := 0
	wopts := input.Options{MaxBytes: opts.MaxBytes, Published: opts.Published, Stdin: g.stdin,
		FileDone: func(string, int) { filesDone++ }}
	problems, err := input.Walk(ctx, paths, wopts, func(a input.Article) error {
		doc := x.Extract(a.Meta, a.Text)
		rejected = append(rejected, notesProblems(a.Origin, doc)...)
		ws, err := st.Write(ctx, doc)
		if errors.Is(err, graph.ErrInvalidDocument) {
			// An extraction defect for this article only: report it with the
			// others and keep loading (the transaction wrote nothing of it).
			rejected = append(rejected, input.Problem{Path: a.Origin, Reason: "invalid-document", Err: err})
			bar.done(1)
			return nil
		}
		if errors.Is(err, graph.ErrRejected) {
			// Dgraph refused this article's data (not the connection):
			// skip it with Dgraph's reason; the transaction wrote nothing.
			rejected = append(rejected, input.Problem{Path: a.Origin, Reason: "rejected-by-dgraph", Err: err})
			bar.done(1)
			return nil
		}
		if err != nil {
			return fmt.Errorf("write %s: %w", a.Origin, err)
		}
		sum.Add(ws)
		bar.done(1)
		return nil
	})
	bar.wait()
	problems = append(problems, rejected...)
	fmt.Fprintf(g.stdout, "articles %d, entities %d, events %d, relations %d, mentions %d written (%d new nodes, %d articles already loaded unchanged); %d inputs skipped",
		sum.Articles, sum.Entities, sum.Events, sum.Relations, sum.Mentions, sum.NewNodes, sum.Unchanged, len(problems))
	if err != nil {
		// The walk stopped: say how much of the input it never read, so
		// that "0 skipped" is not mistaken for "all loaded". The file it
		// stopped in counts as not reached (a rerun reads it again and
		// writes only what is missing).
		total, cerr := input.Count(context.WithoutCancel(ctx), paths)
		if cerr == nil && total > filesDone {
			fmt.Fprintf(g.stdout, "; %d of %d input files not reached or not finished", total-filesDone, total)
		}
		fmt.Fprintln(g.stdout)
		for _, p := range problems {
			fmt.Fprintf(g.stderr, "geokg: skipped: %s\n", p.Error())
		}
		return err
	}
	fmt.Fprintln(g.stdout)
	return reportProblems(g, problems)
}
