package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFires runs `geokg fires` in-process: one line per event a dictionary
// line made, five tab-separated fields, the sentence on one line.
func TestFires(t *testing.T) {
	dir := t.TempDir()
	text := "Germany condemned Russia on Monday.\nJapan delivered relief\tsupplies to Haiti.\n\nNothing happened in Paris.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	g := &globalOptions{Quiet: true, stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
	if err := runFires(context.Background(), FiresOptions{MaxBytes: 1 << 20}, g, []string{dir}); err != nil {
		t.Fatalf("runFires: %v (%s)", err, errb.String())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	seen := map[string]bool{}
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 5 || !strings.HasPrefix(f[0], "extract/dict/") {
			t.Errorf("line %q: want FILE:LINE, pattern, code, trigger, sentence", l)
			continue
		}
		seen[f[4]] = true
	}
	for _, want := range []string{"Germany condemned Russia on Monday.", "Japan delivered relief supplies to Haiti."} {
		if !seen[want] {
			t.Errorf("no fire on %q; got:\n%s", want, out.String())
		}
	}
	if len(seen) != 2 {
		t.Errorf("fires on %d sentences, want 2:\n%s", len(seen), out.String())
	}
}
