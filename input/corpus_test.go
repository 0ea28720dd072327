package input

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bbcDir is the real corpus beside the repository; the tests and benchmark
// that read it skip when it is absent.
const bbcDir = "../../shared/corpora/bbc-news"

// TestBBCCorpus: every one of the 2,095 BBC files is an article, with its
// headline as title, and cleaning removes none of its lines with a word in
// them (the corpus has no boilerplate, so any removal would be a false
// positive).
func TestBBCCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	if _, err := os.Stat(bbcDir); err != nil {
		t.Skip("corpus not present:", err)
	}
	arts, probs := walkAll(t, []string{bbcDir}, Options{})
	if len(probs) != 0 {
		t.Errorf("%d problems, first: %v", len(probs), probs[0].Error())
	}
	if len(arts) != 2095 {
		t.Errorf("%d articles, want 2095", len(arts))
	}
	n, _ := Count(context.Background(), []string{bbcDir})
	if n != len(arts) {
		t.Errorf("Count = %d, want %d", n, len(arts))
	}
	for _, a := range arts {
		if a.Meta.Title == "" {
			t.Errorf("%s: no title", a.Origin)
		}
		data, err := os.ReadFile(a.Origin)
		if err != nil {
			t.Fatal(err)
		}
		lines := -1 // less the title
		for l := range strings.Lines(string(data)) {
			if strings.ContainsFunc(l, isWordy) { // a line of punctuation alone is not text
				lines++
			}
		}
		if got := strings.Count(a.Text, "\n"); got != lines {
			t.Errorf("%s: %d lines kept of %d", filepath.Base(a.Origin), got, lines)
		}
	}
}

func BenchmarkWalkBBC(b *testing.B) {
	if _, err := os.Stat(bbcDir); err != nil {
		b.Skip("corpus not present:", err)
	}
	var bytes int64
	for b.Loop() {
		bytes = 0
		_, err := Walk(context.Background(), []string{bbcDir}, Options{}, func(a Article) error {
			bytes += int64(len(a.Text))
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(bytes)
	b.ReportMetric(float64(2095*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkHTML(b *testing.B) {
	for b.Loop() {
		if _, err := Walk(context.Background(), []string{"testdata/story.html"}, Options{}, func(Article) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}
