package main

import (
	"bufio"
	"context"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/geokg/geokg/input"
	"github.com/geokg/geokg/syntax"
)

// ParseOptions are the flags of `geokg parse`.
type ParseOptions struct {
	From     string // text (articles, read as by extract) or conllu (keep the file's words and sentences)
	Score    bool   // with --from conllu: print accuracies against the file's own annotation instead of CoNLL-U
	MaxBytes int64
}

func newParseCommand(g *globalOptions) *cli.Command {
	var opts ParseOptions
	return &cli.Command{
		Name:      "parse",
		Usage:     "tag, lemmatize and parse text into CoNLL-U (Universal Dependencies)",
		ArgsUsage: "PATH...",
		Description: `Prints each sentence as CoNLL-U: word, lemma, UPOS, Penn tag, head and relation.
With --from text (the default) PATH is read as by extract (text, HTML, feeds, JSON Lines;
a directory recursively; - for standard input), then tokenized and split into sentences.
With --from conllu the words and sentences of the CoNLL-U file are kept and only their
annotation is predicted, so that the output can be scored against the file; --score
prints the scores (UPOS, XPOS, lemma, UAS, LAS on universal relations) and the speed
instead.

Examples:
   geokg parse article.txt
   geokg parse --from conllu --score ../shared/treebanks/ud-english-ewt/en_ewt-ud-test.conllu`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "from", Value: "text", Usage: "input `FORMAT`: text or conllu", Destination: &opts.From},
			&cli.BoolFlag{Name: "score", Usage: "with --from conllu: print scores against the file's annotation, not CoNLL-U", Destination: &opts.Score},
			&cli.Int64Flag{Name: "max-bytes", Value: input.DefaultMaxBytes, Usage: "skip input files larger than `N` bytes (--from text)", Destination: &opts.MaxBytes},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageErr("parse needs at least one PATH (a file, a directory or -)")
			}
			return runParse(c.Context, opts, g, c.Args().Slice())
		},
	}
}

func runParse(ctx context.Context, opts ParseOptions, g *globalOptions, paths []string) error {
	switch {
	case opts.From != "text" && opts.From != "conllu":
		return usageErr("--from %q: want text or conllu", opts.From)
	case opts.Score && opts.From != "conllu":
		return usageErr("--score needs --from conllu")
	}
	m, err := syntax.Default()
	if err != nil {
		return err
	}
	w := bufio.NewWriter(g.stdout)
	defer w.Flush()
	if opts.From == "conllu" {
		for _, path := range paths {
			if err := parseCoNLLU(m, opts, path, w); err != nil {
				return err
			}
		}
		return w.Flush()
	}
	problems, err := input.Walk(ctx, paths, input.Options{MaxBytes: opts.MaxBytes, Stdin: g.stdin}, func(a input.Article) error {
		n := 0
		for _, text := range []string{a.Meta.Title, a.Text} {
			for _, s := range syntax.Parse(text) {
				n++
				comments := []string{fmt.Sprintf("sent_id = %s#%d", a.Origin, n), "text = " + text[s.Start:s.End]}
				if err := syntax.WriteCoNLLU(w, s, comments...); err != nil {
					return fmt.Errorf("write output: %w", err)
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return reportProblems(g, problems)
}

// parseCoNLLU re-annotates the words of a CoNLL-U file, printing CoNLL-U or,
// with --score, the scores against the file's annotation.
func parseCoNLLU(m *syntax.Model, opts ParseOptions, path string, w *bufio.Writer) error {
	gold, err := readCoNLLUFile(path)
	if err != nil {
		return err
	}
	pred := make([]syntax.Sentence, len(gold))
	start := time.Now()
	for i, s := range gold {
		toks := make([]syntax.Token, len(s.Tokens))
		for j, t := range s.Tokens {
			toks[j] = syntax.Token{Form: t.Form}
		}
		m.Annotate(toks)
		pred[i] = syntax.Sentence{Tokens: toks}
	}
	elapsed := time.Since(start)
	if opts.Score {
		sc, err := syntax.Score(gold, pred)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		fmt.Fprintf(w, "%s\t%s\t%d sentences in %.2fs (%.0f sentences/s)\n", path, sc, len(gold), elapsed.Seconds(), float64(len(gold))/elapsed.Seconds())
		return nil
	}
	for i, s := range pred {
		if err := syntax.WriteCoNLLU(w, s, fmt.Sprintf("sent_id = %d", i+1)); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
	return nil
}
