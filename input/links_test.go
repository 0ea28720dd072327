//go:build unix

package input

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// TestDirectorySpecialFiles: links, loops, pipes and a false .gz inside a
// directory are each named with a reason and a hint, and the good files
// beside them (through links too) are still read, each once.
func TestDirectorySpecialFiles(t *testing.T) {
	dir := t.TempDir()
	story := []byte("Talks resume in Valby\n\nThe two delegations met again in Valby on Tuesday after a month apart.\n")
	other := []byte("Boats return\n\nThe patrol boats came back to port on Friday after a week at sea.\n")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(filepath.Join(dir, "a-good.txt"), story, 0o644))
	must(os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "sub", "other.txt"), other, 0o644))
	outside := t.TempDir()
	must(os.WriteFile(filepath.Join(outside, "far.txt"), other, 0o644))

	tests := []struct {
		name   string
		make   func(path string) error
		reason string // "" for no problem
		read   string // an origin (relative to dir) that must be read through it
	}{
		{"dangling.txt", func(p string) error { return os.Symlink(filepath.Join(dir, "nowhere.txt"), p) }, ReasonBadLink, ""},
		{"dangling", func(p string) error { return os.Symlink("nowhere", p) }, ReasonBadLink, ""},
		{"loop1.txt", func(p string) error { return os.Symlink("loop2.txt", p) }, ReasonBadLink, ""},
		{"loop2.txt", func(p string) error { return os.Symlink("loop1.txt", p) }, ReasonBadLink, ""},
		{"self.txt", func(p string) error { return os.Symlink("self.txt", p) }, ReasonBadLink, ""},
		{"sub/up", func(p string) error { return os.Symlink("..", p) }, ReasonBadLink, ""},
		{"pipe.txt", func(p string) error { return syscall.Mkfifo(p, 0o644) }, ReasonNotFile, ""},
		{"pipe", func(p string) error { return syscall.Mkfifo(p, 0o644) }, ReasonNotFile, ""},
		{"link-to-pipe.txt", func(p string) error { return os.Symlink("pipe", p) }, ReasonNotFile, ""},
		{"plain.txt.gz", func(p string) error { return os.WriteFile(p, other, 0o644) }, ReasonNotGzip, ""},
		{"file-link.txt", func(p string) error { return os.Symlink("a-good.txt", p) }, "", "file-link.txt"},
		{"dir-link", func(p string) error { return os.Symlink(outside, p) }, "", "dir-link/far.txt"},
	}
	for _, tt := range tests {
		must(tt.make(filepath.Join(dir, tt.name)))
	}

	done := make(chan struct{})
	var arts []Article
	var probs []Problem
	go func() { // a pipe opened for reading would block: fail, don't hang
		defer close(done)
		arts, probs = walkAll(t, []string{dir}, Options{})
	}()
	select {
	case <-done:
	case <-t.Context().Done():
		t.Fatal("Walk blocked")
	}

	var origins []string
	for _, a := range arts {
		origins = append(origins, strings.TrimPrefix(a.Origin, dir+"/"))
	}
	got := map[string]Problem{}
	for _, p := range probs {
		got[strings.TrimPrefix(p.Path, dir+"/")] = p
	}
	for _, tt := range tests {
		p, ok := got[tt.name]
		switch {
		case tt.reason == "" && ok:
			t.Errorf("%s: unexpected problem %v", tt.name, p.Error())
		case tt.reason != "" && !ok:
			t.Errorf("%s: skipped without a word (problems: %q)", tt.name, reasons(probs))
		case ok && p.Reason != tt.reason:
			t.Errorf("%s: reason %s, want %s (%v)", tt.name, p.Reason, tt.reason, p.Error())
		case ok && (!strings.Contains(p.Error(), tt.name) || p.Hint() == ""):
			t.Errorf("%s: message %q should name the file and say what to do", tt.name, p.Error())
		}
		if tt.read != "" && !slices.Contains(origins, tt.read) {
			t.Errorf("%s: %s not read (articles from %q)", tt.name, tt.read, origins)
		}
	}
	for _, want := range []string{"a-good.txt", "sub/other.txt"} {
		if !slices.Contains(origins, want) {
			t.Errorf("good file %s beside the bad ones not read (articles from %q)", want, origins)
		}
	}
	if len(origins) != 4 {
		t.Errorf("articles from %q, want 4: a-good.txt, dir-link/far.txt, file-link.txt, sub/other.txt", origins)
	}
	if len(probs) != len(got) {
		t.Errorf("a problem reported twice: %q", reasons(probs))
	}
	// Count counts the files opened: the four articles and plain.txt.gz.
	n, err := Count(context.Background(), []string{dir})
	if err != nil || n != 5 {
		t.Errorf("Count = %d, %v; want 5", n, err)
	}
}
