package input

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func addFixtures(f *testing.F, pattern string) {
	files, _ := filepath.Glob(pattern)
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
}

// read runs one reader over data the way Walk does and checks what every
// reader promises, whatever the input.
func read(t *testing.T, data []byte, run func(w *walker) error) ([]Article, []Problem) {
	t.Helper()
	var arts []Article
	w := &walker{ctx: context.Background(), opts: Options{MaxBytes: 1 << 12, Published: "2020-01-02"}, fn: func(a Article) error {
		arts = append(arts, a)
		return nil
	}}
	if err := run(w); err != nil {
		t.Fatalf("fatal error on bad input: %v", err)
	}
	lines := 1 + bytes.Count(data, []byte("\n"))
	for _, a := range arts {
		if a.Meta.ID == "" || a.Text == "" || !strings.HasSuffix(a.Text, "\n") || strings.Contains(a.Text, "\n\n") || !utf8.ValidString(a.Text) {
			t.Errorf("bad article %+v", a)
		}
		if a.Meta.Published != "" && normDate(a.Meta.Published) != a.Meta.Published {
			t.Errorf("published %q is not YYYY-MM-DD", a.Meta.Published)
		}
	}
	for _, p := range w.problems {
		if p.Reason == "" || p.Line < 0 || p.Line > lines || p.Hint() == "" || !strings.Contains(p.Error(), p.Path) {
			t.Errorf("bad problem %+v: %v", p, p.Error())
		}
	}
	return arts, w.problems
}

func FuzzJSONL(f *testing.F) {
	addFixtures(f, "testdata/*.jsonl")
	f.Add([]byte(`{"text": 1}` + "\n" + `{"text": ["a", 2]}` + "\n" + `{"date": -99999999999999, "text": "x."}`))
	f.Add([]byte("{\"text\": \"caf\xe9\"}\n\n\n{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		run := func(w *walker) error { return w.jsonl("f.jsonl", bufio.NewReader(bytes.NewReader(data)), false) }
		a1, p1 := read(t, data, run)
		a2, p2 := read(t, data, run)
		if !reflect.DeepEqual(a1, a2) || len(p1) != len(p2) {
			t.Error("not deterministic")
		}
	})
}

// FuzzRead feeds anything to the sniffing reader, as standard input would.
func FuzzRead(f *testing.F) {
	addFixtures(f, "testdata/*.*")
	addFixtures(f, "testdata/clean/*.txt")
	f.Add([]byte("\xff\xfeH\x00i\x00"))
	f.Add([]byte("\x1f\x8b"))
	f.Fuzz(func(t *testing.T, data []byte) {
		read(t, data, func(w *walker) error { return w.stream("f", bytes.NewReader(data), formatUnknown) })
	})
}

func FuzzText(f *testing.F) {
	addFixtures(f, "testdata/*.txt")
	addFixtures(f, "testdata/clean/*.txt")
	f.Fuzz(func(t *testing.T, data []byte) {
		read(t, data, func(w *walker) error { return w.stream("f.txt", bytes.NewReader(data), formatText) })
		if !utf8.Valid(data) {
			return
		}
		once := Clean(string(data))
		if twice := Clean(once); twice != once {
			t.Errorf("Clean not idempotent:\n%q\n%q", once, twice)
		}
		if strings.Contains(once, "\n\n") || strings.HasPrefix(once, "\n") {
			t.Errorf("Clean left blank lines: %q", once)
		}
	})
}
