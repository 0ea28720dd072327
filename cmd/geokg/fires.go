package main

import (
	"bufio"
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/urfave/cli/v2"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/input"
)

// FiresOptions are the flags of `geokg fires`.
type FiresOptions struct {
	MaxBytes int64
}

// newFiresCommand is a hidden command for auditing the dictionaries: it
// extracts like `geokg extract` and prints which dictionary line made each
// event. scripts/pattern-fires.sh counts its output.
func newFiresCommand(g *globalOptions) *cli.Command {
	var opts FiresOptions
	return &cli.Command{
		Name:      "fires",
		Usage:     "print which dictionary pattern or frame made each event (for scripts/pattern-fires.sh)",
		ArgsUsage: "PATH...",
		Hidden:    true,
		Description: `Reads PATH as extract does and prints one tab-separated line per event a
dictionary pattern or frame made, before repeated reports are merged:
FILE:LINE, pattern, CAMEO code, trigger words, sentence (tabs and line breaks
in the sentence become spaces). Events made by rules of the code, not by a
dictionary line, are not printed. Lines come in no set order.`,
		Flags: []cli.Flag{
			&cli.Int64Flag{Name: "max-bytes", Value: input.DefaultMaxBytes, Usage: "skip input files larger than `N` bytes", Destination: &opts.MaxBytes},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageErr("fires needs at least one PATH (a file, a directory or -)")
			}
			return runFires(c.Context, opts, g, c.Args().Slice())
		},
	}
}

func runFires(ctx context.Context, opts FiresOptions, g *globalOptions, paths []string) error {
	limitMemory()
	w := bufio.NewWriter(g.stdout)
	var mu sync.Mutex
	var werr error
	flat := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	x, err := extract.New(extract.Options{DictDirs: g.Dicts, Fired: func(f extract.Fire) {
		mu.Lock()
		defer mu.Unlock()
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", f.Pattern, f.Words, f.Code, flat.Replace(f.Trigger), flat.Replace(f.Sentence)); err != nil && werr == nil {
			werr = fmt.Errorf("write output: %w", err)
		}
	}})
	if err != nil {
		return fmt.Errorf("load dictionaries: %w", err)
	}
	pool := newOrdered(0, func(a input.Article) struct{} { x.Extract(a.Meta, a.Text); return struct{}{} },
		func(struct{}) error { return nil })
	problems, err := input.Walk(ctx, paths, input.Options{MaxBytes: opts.MaxBytes, Stdin: g.stdin}, pool.submit)
	if cerr := pool.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := w.Flush(); err != nil && werr == nil {
		werr = fmt.Errorf("write output: %w", err)
	}
	if werr != nil {
		return werr
	}
	return reportProblems(g, problems)
}
