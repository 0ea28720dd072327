package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

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
	Batch     int
}

// defaultBatch is how many articles one write transaction takes by
// default: enough that the reads around hub actors (the United States) and
// their events are shared by many articles, few enough that a batch
// refused or aborted costs little to redo (it is split in halves). On the
// BBC corpus the alpha spent 24, 21 and 19 CPU seconds with batches of
// 100, 300 and 600 articles.
const defaultBatch = 500

// maxBatchWait is how long an extracted article waits for its batch to
// fill before it is written anyway (when the writer is idle).
const maxBatchWait = 2 * time.Second

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
			&cli.IntFlag{Name: "batch", Value: defaultBatch, Usage: "write `N` articles per transaction", Destination: &opts.Batch},
			&cli.Int64Flag{Name: "max-bytes", Value: input.DefaultMaxBytes, Usage: "skip input files larger than `N` bytes", Destination: &opts.MaxBytes},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageErr("load needs at least one PATH (a file, a directory or -)")
			}
			if opts.Batch < 1 {
				return usageErr("--batch must be 1 or more")
			}
			return runLoad(c.Context, opts, g, c.Args().Slice())
		},
	}
}

func runLoad(ctx context.Context, opts LoadOptions, g *globalOptions, paths []string) error {
	if err := checkDate("--published", opts.Published); err != nil {
		return err
	}
	limitMemory()
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
	if os.Getenv("GEOKG_TRACE_WRITES") != "" {
		st.SetTrace(os.Stderr) // for developers: see graph.Store.SetTrace
	}
	if err := st.ApplySchema(ctx); err != nil {
		return fmt.Errorf("apply schema: %w", err)
	}
	if opts.Batch == 0 {
		opts.Batch = defaultBatch
	}
	var sum graph.WriteStats
	bar := newProgress(g, paths)
	var rejected []input.Problem
	filesRead, filesDone := 0, 0

	// Articles are extracted on every core, in input order, and written by
	// one writer in batches of opts.Batch, while the next batch is
	// extracted. file is the number of input files read in full before
	// the article, so that when a write fails, the files whose articles
	// were all written are known.
	type extracted struct {
		doc    extract.Document
		origin string
		file   int
	}
	batches := make(chan []extracted, 1)
	writeErr := make(chan error, 1)
	go func() {
		defer close(writeErr)
		for b := range batches {
			docs := make([]extract.Document, len(b))
			for i, e := range b {
				docs[i] = e.doc
			}
			ws, errs, err := st.WriteBatch(ctx, docs)
			for i, e := range errs {
				switch {
				case errors.Is(e, graph.ErrInvalidDocument):
					// An extraction defect for this article only: report it
					// with the others and keep loading (nothing of it was
					// written).
					rejected = append(rejected, input.Problem{Path: b[i].origin, Reason: "invalid-document", Err: e})
				case errors.Is(e, graph.ErrRejected):
					// Dgraph refused this article's data (not the
					// connection): skipped with Dgraph's reason.
					rejected = append(rejected, input.Problem{Path: b[i].origin, Reason: "rejected-by-dgraph", Err: e})
				}
			}
			sum.Add(ws)
			if err != nil {
				filesDone = b[0].file
				writeErr <- fmt.Errorf("write %s: %w", b[0].origin, err)
				for range batches { // let the walk finish its pending send
				}
				return
			}
			filesDone = b[len(b)-1].file
			bar.done(len(b))
		}
	}()
	// pending is the batch being filled. It goes to the writer when full,
	// and also when its oldest article has waited maxBatchWait and the
	// writer is idle, so that a slow stream (a feed piped in as it comes)
	// is written as it arrives, not when 500 articles have come.
	var (
		pmu     sync.Mutex
		pending []extracted
		oldest  time.Time
	)
	// flush sends pending to the writer, waiting for it unless wait is
	// false and it is busy. The caller holds pmu.
	flush := func(wait bool) error {
		if len(pending) == 0 {
			return nil
		}
		// A second document of an article already in the batch (the same
		// text twice in the input) waits for the next batch: one
		// transaction takes one document per article.
		var batch, later []extracted
		arts := map[string]bool{}
		for _, e := range pending {
			if id := e.doc.Article.ID; arts[id] {
				later = append(later, e)
			} else {
				arts[id] = true
				batch = append(batch, e)
			}
		}
		if !wait {
			select {
			case batches <- batch:
				pending, oldest = later, time.Now()
			default: // the writer is busy: the batch may grow meanwhile
			}
			return nil
		}
		select {
		case batches <- batch:
			pending, oldest = later, time.Now()
			return nil
		case err := <-writeErr:
			writeErr <- err // the writer stopped: keep its error for the end
			return err
		}
	}
	stopTick := make(chan struct{})
	var ticking sync.WaitGroup
	ticking.Go(func() {
		t := time.NewTicker(maxBatchWait / 4)
		defer t.Stop()
		for {
			select {
			case <-stopTick:
				return
			case <-t.C:
				pmu.Lock()
				if len(pending) > 0 && time.Since(oldest) >= maxBatchWait {
					flush(false)
				}
				pmu.Unlock()
			}
		}
	})
	type read struct {
		a    input.Article
		file int
	}
	var notes []input.Problem
	pool := newOrdered(0, func(r read) extracted {
		return extracted{x.Extract(r.a.Meta, r.a.Text), r.a.Origin, r.file}
	}, func(e extracted) error {
		notes = append(notes, notesProblems(e.origin, e.doc)...)
		pmu.Lock()
		defer pmu.Unlock()
		if len(pending) == 0 {
			oldest = time.Now()
		}
		pending = append(pending, e)
		if len(pending) >= opts.Batch {
			return flush(true)
		}
		return nil
	})
	wopts := input.Options{MaxBytes: opts.MaxBytes, Published: opts.Published, Stdin: g.stdin,
		FileDone: func(string, int) { filesRead++ }}
	var nodate undated
	problems, err := input.Walk(ctx, paths, wopts, func(a input.Article) error {
		nodate.see(a)
		return pool.submit(read{a, filesRead})
	})
	if cerr := pool.close(); err == nil {
		err = cerr
	}
	close(stopTick)
	ticking.Wait()
	for len(pending) > 0 {
		if ferr := flush(true); ferr != nil {
			if err == nil {
				err = ferr
			}
			break
		}
	}
	close(batches)
	if werr := <-writeErr; werr != nil {
		err = werr
	} else if err == nil {
		filesDone = filesRead
	}
	bar.wait()
	problems = append(append(problems, notes...), rejected...)
	// The counts are of the nodes the input's articles name, now all in the
	// graph; only the new nodes were written this run. An article already
	// loaded unchanged is not written again: said so, so that a reload does
	// not read as a second write.
	fmt.Fprintf(g.stdout, "articles %d, entities %d, events %d, relations %d, mentions %d in the graph (%d new nodes written; %d articles already loaded unchanged, not written again); %s",
		sum.Articles, sum.Entities, sum.Events, sum.Relations, sum.Mentions, sum.NewNodes, sum.Unchanged, skippedNote(problems))
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
			kind := "skipped"
			if readInPart(p) {
				kind = "read in part"
			}
			fmt.Fprintf(g.stderr, "geokg: %s: %s\n", kind, p.Error())
		}
		return err
	}
	fmt.Fprintln(g.stdout)
	nodate.report(g)
	return reportProblems(g, problems)
}
