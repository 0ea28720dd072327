package extract

import (
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// TestFiredNamesTheLine checks Options.Fired: every event a dictionary line
// makes is reported with that line, which holds the pattern reported (its
// code and first word), and a sentence without a pattern reports nothing.
func TestFiredNamesTheLine(t *testing.T) {
	var mu sync.Mutex
	var fires []Fire
	x, err := New(Options{Fired: func(f Fire) {
		mu.Lock()
		fires = append(fires, f)
		mu.Unlock()
	}})
	if err != nil {
		t.Fatal(err)
	}
	// A listed verb pattern, a frame (a verb with a noun of the aid
	// class) and a listed noun pattern, each in a sentence of its own.
	text := "Germany condemned Russia on Monday. Japan delivered relief supplies to Haiti. The talks between Iran and Iraq ended. Nothing happened in Paris."
	doc := x.Extract(Article{ID: "fired"}, text)
	if len(doc.Events) == 0 {
		t.Fatal("no events")
	}
	files := map[string]bool{}
	for _, f := range fires {
		file, line, ok := strings.Cut(f.Pattern, ":")
		n, err := strconv.Atoi(line)
		if !ok || err != nil || !strings.HasPrefix(file, "extract/dict/") {
			t.Errorf("fire %+v: pattern %q is not extract/dict/FILE:LINE", f, f.Pattern)
			continue
		}
		files[file] = true
		data, err := fs.ReadFile(dictFS, strings.TrimPrefix(file, "extract/"))
		if err != nil {
			t.Errorf("fire %+v: %v", f, err)
			continue
		}
		lines := strings.Split(string(data), "\n")
		if n < 1 || n > len(lines) {
			t.Errorf("fire %+v: %s has no line %d", f, file, n)
			continue
		}
		cols := strings.Split(lines[n-1], "\t")
		first := strings.Fields(f.Words)[0]
		if len(cols) < 2 || !strings.Contains(cols[1], first) {
			t.Errorf("fire %+v: line %d of %s is %q, without %q", f, n, file, lines[n-1], first)
		}
		if strings.Contains(f.Sentence, "Nothing") {
			t.Errorf("fire %+v in a sentence without a pattern", f)
		}
	}
	for _, want := range []string{"extract/dict/verbs.tsv", "extract/dict/frames.tsv", "extract/dict/nouns.tsv"} {
		if !files[want] {
			t.Errorf("no fire from %s (fires: %+v)", want, fires)
		}
	}
}
