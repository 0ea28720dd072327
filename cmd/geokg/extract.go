package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/input"
)

// ExtractOptions are the flags of `geokg extract`.
type ExtractOptions struct {
	Published string // fallback publication date, YYYY-MM-DD
	Format    string // json (indented, one document after another) or jsonl
	MaxBytes  int64
}

func newExtractCommand(g *globalOptions) *cli.Command {
	var opts ExtractOptions
	return &cli.Command{
		Name:      "extract",
		Usage:     "extract entities, events and relations from articles, without a database",
		ArgsUsage: "PATH...",
		Description: `Prints, for each article, the document extracted from it. PATH is a file, a
directory (read recursively) or - for standard input. Text, HTML, RSS/Atom feeds and
JSON Lines ({"id", "text", "published"?, "title"?, "url"?, "source"?} per line) are
read, gzip-compressed or not.

Examples:
   geokg extract --published 2017-12-28 article.txt
   geokg extract --format jsonl examples/articles/ > docs.jsonl
   cat dump.jsonl | geokg extract --format jsonl -`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "published", Usage: "publication date `YYYY-MM-DD` for inputs that carry none", Destination: &opts.Published},
			&cli.StringFlag{Name: "format", Value: "json", Usage: "output `FORMAT`: json (indented) or jsonl (one document per line)", Destination: &opts.Format},
			&cli.Int64Flag{Name: "max-bytes", Value: input.DefaultMaxBytes, Usage: "skip input files larger than `N` bytes", Destination: &opts.MaxBytes},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageErr("extract needs at least one PATH (a file, a directory or -)")
			}
			return runExtract(c.Context, opts, g, c.Args().Slice())
		},
	}
}

func runExtract(ctx context.Context, opts ExtractOptions, g *globalOptions, paths []string) error {
	if err := checkDate("--published", opts.Published); err != nil {
		return err
	}
	if opts.Format != "json" && opts.Format != "jsonl" {
		return usageErr("--format %q: want json or jsonl", opts.Format)
	}
	limitMemory()
	x, err := extract.New(extract.Options{DictDirs: g.Dicts})
	if err != nil {
		return fmt.Errorf("load dictionaries: %w", err)
	}
	enc := json.NewEncoder(g.stdout)
	if opts.Format == "json" {
		enc.SetIndent("", "  ")
	}
	enc.SetEscapeHTML(false)
	bar := newProgress(g, paths)
	// Articles are extracted on every core and printed in input order.
	type extracted struct {
		doc    extract.Document
		origin string
	}
	var notes []input.Problem
	pool := newOrdered(0, func(a input.Article) extracted { return extracted{x.Extract(a.Meta, a.Text), a.Origin} },
		func(r extracted) error {
			notes = append(notes, notesProblems(r.origin, r.doc)...)
			bar.done(1)
			if err := enc.Encode(r.doc); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
			return nil
		})
	var nodate undated
	problems, err := input.Walk(ctx, paths, input.Options{MaxBytes: opts.MaxBytes, Published: opts.Published, Stdin: g.stdin}, func(a input.Article) error {
		nodate.see(a)
		return pool.submit(a)
	})
	if cerr := pool.close(); err == nil {
		err = cerr
	}
	bar.wait()
	if err != nil {
		return err
	}
	nodate.report(g)
	return reportProblems(g, append(problems, notes...))
}
