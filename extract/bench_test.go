package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// bbcCorpus is the BBC news corpus beside the repository; the benchmark and
// the corpus test skip without it.
const bbcCorpus = "../../shared/corpora/bbc-news/news"

func readCorpus(tb testing.TB) []string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(bbcCorpus, "*", "*.txt"))
	if len(files) == 0 {
		tb.Skip("BBC corpus not present")
	}
	texts := make([]string, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return texts
}

// TestCorpus extracts every BBC article: no panic (Extract would recover
// and return an empty document, so look for that too), spans in range.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	x := newTestExtractor(t)
	texts := readCorpus(t)
	empty := 0
	for i, text := range texts {
		doc := x.extract(Article{ID: "bbc", Published: "2005-01-15"}, text)
		if len(doc.Entities) == 0 {
			empty++
		}
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				if m.End > len(text) || m.Start >= m.End {
					t.Fatalf("article %d: mention %+v outside text", i, m)
				}
			}
		}
	}
	if empty > len(texts)/4 {
		t.Errorf("%d of %d articles gave no entity: a rule is failing", empty, len(texts))
	}
}

// BenchmarkCorpus measures articles per second on one core over the BBC
// corpus: go test -bench Corpus -cpu 1 ./extract
func BenchmarkCorpus(b *testing.B) {
	x := newTestExtractor(b)
	texts := readCorpus(b)
	var bytes int64
	for _, t := range texts {
		bytes += int64(len(t))
	}
	b.SetBytes(bytes / int64(len(texts)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(Article{ID: "bbc", Published: "2005-01-15"}, texts[i%len(texts)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
