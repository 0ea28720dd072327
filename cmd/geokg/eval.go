package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/geokg/geokg/eval"
	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/input"
)

// EvalOptions are the flags of `geokg eval`.
type EvalOptions struct {
	Gold string
	JSON bool
}

func newEvalCommand(g *globalOptions) *cli.Command {
	var opts EvalOptions
	return &cli.Command{
		Name:  "eval",
		Usage: "score event extraction against gold sentences (PLOVER gold or span format)",
		Description: `Extracts every sentence of the gold file and compares the events found with the
gold. Two formats are read, told apart by their first line:

PLOVER gold: {"id", "text", "events": [{"type", "source_country", "target_country", ...}]}.
A match is the same PLOVER type with the same source and target country code
(non-state actors as IGO or NGO). Predictions count once per type and pair of
actors, as the gold lists its events. Prints precision, recall and F1 overall and per
event type, then every miss and false alarm with its sentence.

Span gold (plv-dev.jsonl): {"id", "text", "source", "target", "root"}, one line per
pair. A pair is found when an event of the sentence has the root's PLOVER type and its
source and target are the spans' actors (as ../shared/eval/score_plv.py decides).
Prints pair recall, type recall and type precision, per root, the missed pairs by
cause (trigger missed, wrong type, no actor, wrong source, wrong target), then every
miss and every event of a type the sentence's gold does not have.

Examples:
   geokg eval --gold ../shared/eval/plover-dev.jsonl
   geokg eval --gold ../shared/eval/plv-dev.jsonl
   geokg eval --gold gold.jsonl --json | jq .overall`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "gold", Usage: "gold `FILE.jsonl` (required)", Destination: &opts.Gold},
			&cli.BoolFlag{Name: "json", Usage: "print the report as JSON", Destination: &opts.JSON},
		},
		// --gold is checked here, not with cli's Required: a missing
		// required flag is not a usage error to cli (exit 1, help on stdout).
		Action: func(c *cli.Context) error {
			if opts.Gold == "" {
				return usageErr("eval needs --gold FILE.jsonl (see geokg eval --help)")
			}
			return runEval(c.Context, opts, g)
		},
	}
}

// cleaned extracts text as `geokg extract` does, after boilerplate removal,
// so that eval scores what users get.
type cleaned struct{ *extract.Extractor }

func (x cleaned) Extract(meta extract.Article, text string) extract.Document {
	return x.Extractor.Extract(meta, input.Clean(text))
}

func runEval(ctx context.Context, opts EvalOptions, g *globalOptions) error {
	plover, spans, err := eval.ReadGoldAny(opts.Gold)
	if err != nil {
		return fmt.Errorf("read gold: %w", err)
	}
	x, err := extract.New(extract.Options{DictDirs: g.Dicts})
	if err != nil {
		return fmt.Errorf("load dictionaries: %w", err)
	}
	var r interface{ WriteText(w io.Writer) error }
	if spans != nil {
		r = eval.RunSpans(cleaned{x}, spans)
	} else {
		r = eval.Run(x, plover)
	}
	if opts.JSON {
		enc := json.NewEncoder(g.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	return r.WriteText(g.stdout)
}
