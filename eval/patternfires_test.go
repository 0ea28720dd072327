package eval_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/input"
)

// minPatternFires is how many distinct sentences of text nobody here wrote
// (plv-dev, PLOVER dev, the BBC corpus) a line of verbs.tsv, nouns.tsv or
// frames.tsv must make an event on to earn its place. An outside review
// found many patterns fired on one dev sentence only: they bought dev
// recall, not reading. scripts/pattern-fires.sh prints the full table.
const minPatternFires = 2

// olderPatterns lists the patterns (file, code, words) written before the
// rule that fire under minPatternFires: mostly CAMEO codebook vocabulary
// ("sever * ties", "recall * ambassador", "apologize") that the three sets
// are too small to show. Removing them all (measured: docs/extraction.md,
// "Pattern audit") cost PLOVER dev recall 0.755 -> 0.571 and the seed
// article's arms sale, so they stay, listed; the list may only shrink, and
// a pattern not on it must fire on minPatternFires sentences.
const olderPatterns = "testdata/patterns-under-two.txt"

// patternSets are the texts the fires are counted on, read the way
// `geokg extract` reads them.
var patternSets = []string{
	"../../shared/eval/plv-dev.jsonl",
	"../../shared/eval/plover-dev.jsonl",
	bbcCorpus,
}

// TestPatternsFire enforces minPatternFires on every event pattern and
// trigger frame of the embedded dictionaries.
func TestPatternsFire(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the BBC corpus (about 10 s)")
	}
	for _, p := range patternSets {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("shared data not present (%v)", err)
		}
	}
	var mu sync.Mutex
	fires := map[string]map[string]bool{} // dictionary line -> sentences
	x, err := extract.New(extract.Options{Fired: func(f extract.Fire) {
		mu.Lock()
		defer mu.Unlock()
		if fires[f.Pattern] == nil {
			fires[f.Pattern] = map[string]bool{}
		}
		fires[f.Pattern][f.Sentence] = true
	}})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range patternSets {
		_, err := input.Walk(context.Background(), []string{p}, input.Options{}, func(a input.Article) error {
			x.Extract(a.Meta, a.Text)
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
	}
	var lines []string
	for _, f := range []string{"verbs.tsv", "nouns.tsv", "frames.tsv"} {
		ls, err := patternLines("../extract/dict/" + f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, ls...)
	}
	if len(lines) == 0 {
		t.Fatal("no pattern lines read")
	}
	// Lines of one file with the same code and words are one pattern,
	// counted together: a line flagged org or actor is the same words read
	// with the type of what follows ("withdraw from" before an
	// organization), tried before its untyped twin.
	sentences := map[string]map[string]bool{} // pattern -> sentences
	for _, l := range lines {
		key, _, _ := strings.Cut(l, "\t")
		p := patternKey(l)
		if sentences[p] == nil {
			sentences[p] = map[string]bool{}
		}
		for s := range fires[key] {
			sentences[p][s] = true
		}
	}
	older, err := readOlderPatterns(olderPatterns)
	if err != nil {
		t.Fatal(err)
	}
	dist := map[string]int{}
	stale := 0
	for _, l := range lines {
		n := len(sentences[patternKey(l)])
		switch {
		case n == 0:
			dist["0"]++
		case n == 1:
			dist["1"]++
		case n <= 4:
			dist["2-4"]++
		default:
			dist["5+"]++
		}
		listed := older[patternKey(l)]
		if n < minPatternFires && !listed {
			t.Errorf("%s fires on %d sentences of plv-dev, PLOVER dev and BBC, want %d or more (scripts/pattern-fires.sh)", l, n, minPatternFires)
		}
		if n >= minPatternFires && listed {
			stale++
			t.Logf("listed but fires on %d: %s", n, l)
		}
	}
	t.Logf("%d pattern lines; fires on 0: %d, 1: %d, 2-4: %d, 5+: %d; %d listed in %s now fire %d times or more", len(lines), dist["0"], dist["1"], dist["2-4"], dist["5+"], stale, olderPatterns, minPatternFires)
	// A line the extractor reports that is no pattern line here means the
	// reading of the files above has gone out of step with extract's.
	known := map[string]bool{}
	for _, l := range lines {
		key, _, _ := strings.Cut(l, "\t")
		known[key] = true
	}
	var stray []string
	for k := range fires {
		if strings.Contains(k, "/verbs.tsv:") || strings.Contains(k, "/nouns.tsv:") || strings.Contains(k, "/frames.tsv:") {
			if !known[k] {
				stray = append(stray, k)
			}
		}
	}
	sort.Strings(stray)
	if len(stray) > 0 {
		t.Errorf("fires of lines that are no pattern line: %v", stray)
	}
}

// readOlderPatterns reads olderPatterns: one patternKey a line, "#" comments.
func readOlderPatterns(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for i, l := range strings.Split(string(b), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if strings.Count(l, "\t") < 2 {
			return nil, fmt.Errorf("%s:%d: want FILE<tab>CODE<tab>WORDS[<tab>CLASS], got %q", path, i+1, l)
		}
		m[l] = true
	}
	return m, nil
}

// patternKey is what makes a pattern line one pattern: its file, code and
// words (a frame's verbs and class), not its flags.
func patternKey(line string) string {
	key, text, _ := strings.Cut(line, "\t")
	file, _, _ := strings.Cut(key, ":")
	cols := strings.Split(text, "\t")
	if strings.HasSuffix(file, "frames.tsv") && len(cols) > 2 {
		return file + "\t" + cols[0] + "\t" + cols[1] + "\t" + cols[2]
	}
	if len(cols) > 1 {
		return file + "\t" + cols[0] + "\t" + cols[1]
	}
	return key
}

// patternLines lists the pattern lines of a dictionary file as
// "extract/dict/FILE:LINE<tab>the line", skipping blank lines, comments and
// the header (the first other line), as extract reads them.
func patternLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	name := "extract/dict/" + path[strings.LastIndex(path, "/")+1:]
	var out []string
	sc := bufio.NewScanner(f)
	n, header := 0, false
	for sc.Scan() {
		n++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if !header {
			header = true
			continue
		}
		out = append(out, fmt.Sprintf("%s:%d\t%s", name, n, text))
	}
	return out, sc.Err()
}
