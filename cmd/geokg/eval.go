package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/geokg/geokg/eval"
	"github.com/geokg/geokg/extract"
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
		Usage: "score event extraction against gold sentences (PLOVER gold format)",
		Description: `Extracts every sentence of the gold file and compares the events found with the
gold events: a match is the same PLOVER type with the same source and target country
code (non-state actors as IGO or NGO). Prints precision, recall and F1 overall and per
event type, then every miss and false alarm with its sentence.

Gold file: JSON Lines, one sentence a line: {"id", "text", "events": [{"type",
"source_country", "target_country", ...}]}.

Examples:
   geokg eval --gold ../shared/eval/plover-dev.jsonl
   geokg eval --gold gold.jsonl --json | jq .overall`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "gold", Usage: "gold `FILE.jsonl`", Required: true, Destination: &opts.Gold},
			&cli.BoolFlag{Name: "json", Usage: "print the report as JSON", Destination: &opts.JSON},
		},
		Action: func(c *cli.Context) error { return runEval(c.Context, opts, g) },
	}
}

func runEval(ctx context.Context, opts EvalOptions, g *globalOptions) error {
	gold, err := eval.ReadGoldFile(opts.Gold)
	if err != nil {
		return fmt.Errorf("read gold: %w", err)
	}
	x, err := extract.New(extract.Options{DictDirs: g.Dicts})
	if err != nil {
		return fmt.Errorf("load dictionaries: %w", err)
	}
	r := eval.Run(x, gold)
	if opts.JSON {
		enc := json.NewEncoder(g.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	return r.WriteText(g.stdout)
}
