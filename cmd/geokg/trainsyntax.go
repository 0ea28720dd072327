package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/geokg/geokg/syntax"
)

// TrainSyntaxOptions are the flags of `geokg train-syntax`.
type TrainSyntaxOptions struct {
	Treebank string // directory with en_ewt-ud-{train,dev}.conllu
	Out      string // model file to write
	WithDev  bool   // train on the dev file too (no dev scores then)
	Train    syntax.TrainOptions
}

func newTrainSyntaxCommand(g *globalOptions) *cli.Command {
	var opts TrainSyntaxOptions
	return &cli.Command{
		Name:  "train-syntax",
		Usage: "train the tagger, lemmatizer and parser from UD English EWT",
		Description: `Trains the model that syntax.Parse embeds from the treebank's train file, prints
scores on its dev file after each parser pass, and writes the model (gzip). The run is
reproducible: the same treebank, options and seed give the same model byte for byte.
Rebuild geokg after replacing syntax/model/en_ewt.model.gz.

With --with-dev the dev file is trained on too (the committed model), and no dev scores
are printed.

Example (from the repository root, about 7 minutes on one core; the committed model):
   geokg train-syntax --treebank ../shared/treebanks/ud-english-ewt --with-dev --out syntax/model/en_ewt.model.gz`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "treebank", Value: filepath.Join("..", "shared", "treebanks", "ud-english-ewt"), Usage: "`DIR` with en_ewt-ud-train.conllu and en_ewt-ud-dev.conllu", Destination: &opts.Treebank},
			&cli.StringFlag{Name: "out", Value: filepath.Join("syntax", "model", "en_ewt.model.gz"), Usage: "model `FILE` to write", Destination: &opts.Out},
			&cli.IntFlag{Name: "tag-epochs", Usage: "passes of the tagger (default 6)", Destination: &opts.Train.TagEpochs},
			&cli.IntFlag{Name: "parse-epochs", Usage: "passes of the parser (default 12)", Destination: &opts.Train.ParseEpochs},
			&cli.IntFlag{Name: "folds", Usage: "jackknife folds tagging the parser's training data (default 4; 1: none)", Destination: &opts.Train.Folds},
			&cli.Uint64Flag{Name: "seed", Usage: "seed of the shuffles (default 1)", Destination: &opts.Train.Seed},
			&cli.IntFlag{Name: "label-features", Usage: "let only the first `N` (<= 40) parser features score labels: faster, less accurate (default 0: all)", Destination: &opts.Train.LabelFeatures},
			&cli.BoolFlag{Name: "between-features", Usage: "add the parser features of the punctuation and verbs between words (better on dev, not on test; off in the committed model)", Destination: &opts.Train.BetweenFeatures},
			&cli.BoolFlag{Name: "separate-labels", Usage: "score the kinds of transition alone and an arc's label only once it is chosen, with its own features (faster)", Destination: &opts.Train.SeparateLabels},
			&cli.BoolFlag{Name: "kind-features", Usage: "add 16 parser conjunctions that score only the kinds of transition (shift, left, right), not the labels", Destination: &opts.Train.KindFeatures},
			&cli.Float64Flag{Name: "label-min-weight", Usage: "prune the parser's labelled weights smaller than `W`, keeping its weights of the kinds of transition down to --min-weight (default: --min-weight)", Destination: &opts.Train.LabelMinWeight},
			&cli.BoolFlag{Name: "with-dev", Usage: "train on the dev file too, once the options are chosen on it (the committed model; no dev scores are printed)", Destination: &opts.WithDev},
			&cli.Float64Flag{Name: "min-weight", Usage: "prune averaged weights smaller than `W` (default 0.2)", Destination: &opts.Train.MinWeight},
		},
		Action: func(c *cli.Context) error {
			return runTrainSyntax(c.Context, opts, g) // arguments are refused by noArgs (app.go)
		},
	}
}

func runTrainSyntax(ctx context.Context, opts TrainSyntaxOptions, g *globalOptions) error {
	train, err := readCoNLLUFile(filepath.Join(opts.Treebank, "en_ewt-ud-train.conllu"))
	if err != nil {
		return err
	}
	dev, err := readCoNLLUFile(filepath.Join(opts.Treebank, "en_ewt-ud-dev.conllu"))
	if err != nil {
		return err
	}
	if opts.WithDev {
		train = append(train, dev...)
	} else {
		opts.Train.Dev = dev
	}
	if !g.Quiet {
		opts.Train.Log = g.stderr
	}
	m, err := syntax.Train(ctx, train, opts.Train)
	if err != nil {
		return err
	}
	f, err := os.Create(opts.Out)
	if err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if err := m.WriteModel(f); err != nil {
		f.Close()
		return fmt.Errorf("write model %s: %w", opts.Out, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write model %s: %w", opts.Out, err)
	}
	g.notice("model written to %s", opts.Out)
	return nil
}

// readCoNLLUFile reads a CoNLL-U file, naming it in errors.
func readCoNLLUFile(path string) ([]syntax.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read treebank: %w", err)
	}
	defer f.Close()
	sents, err := syntax.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return sents, nil
}
