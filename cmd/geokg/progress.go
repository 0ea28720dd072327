package main

import (
	"context"
	"time"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"

	"github.com/geokg/geokg/input"
)

// progress shows articles done, rate and ETA on stderr when it is a terminal
// and --quiet is not set; otherwise every method is a no-op, so logs and
// pipes stay clean.
type progress struct {
	g          *globalOptions
	p          *mpb.Progress
	bar        *mpb.Bar
	last       time.Time
	cur, total int64
}

func newProgress(g *globalOptions, paths []string) *progress {
	if g.Quiet || !isTerminal(g.stderr) {
		return &progress{}
	}
	// The total is the number of input files: a good estimate for text and
	// HTML, an undercount for feeds and dumps, where it grows as we go.
	total := countFiles(paths)
	p := mpb.New(mpb.WithOutput(g.stderr), mpb.WithWidth(40))
	bar := p.AddBar(total,
		mpb.PrependDecorators(decor.Name("articles "), decor.CountersNoUnit("%d / %d", decor.WCSyncWidth)),
		mpb.AppendDecorators(decor.AverageSpeed(nil, " %.0f/s"), decor.Name("  ETA "), decor.EwmaETA(decor.ET_STYLE_GO, 30)),
	)
	g.notices = p // notices go above the bar, not through it
	return &progress{g: g, p: p, bar: bar, last: time.Now(), total: total}
}

func (b *progress) done(n int) {
	if b.bar == nil {
		return
	}
	now := time.Now()
	b.cur += int64(n)
	if b.cur >= b.total {
		b.total = b.cur + 1
		b.bar.SetTotal(b.total, false)
	}
	b.bar.EwmaIncrBy(n, now.Sub(b.last))
	b.last = now
}

func (b *progress) wait() {
	if b.p == nil {
		return
	}
	b.bar.SetTotal(-1, true) // complete at the current count
	b.p.Wait()
	b.g.notices = nil
}

func countFiles(paths []string) int64 {
	n, err := input.Count(context.Background(), paths)
	if err != nil || n == 0 {
		return 1 // unknown: the bar grows as articles come
	}
	return int64(n)
}
