package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geokg/geokg/syntax"
)

func TestParseText(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte("Rebels seized the port on Monday. The navy didn't respond.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, "")
	if code := e.run("parse", path); code != exitOK {
		t.Fatalf("exit %d: %s", code, e.stderr)
	}
	sents, err := syntax.ReadCoNLLU(strings.NewReader(e.stdout.String()))
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, e.stdout)
	}
	if len(sents) != 2 {
		t.Fatalf("%d sentences, want 2:\n%s", len(sents), e.stdout)
	}
	var forms []string
	for _, tok := range sents[1].Tokens {
		forms = append(forms, tok.Form)
	}
	if got := strings.Join(forms, " "); got != "The navy did n't respond ." {
		t.Errorf("second sentence %q", got)
	}
	if !strings.Contains(e.stdout.String(), "# text = Rebels seized the port on Monday.") {
		t.Errorf("no text comment:\n%s", e.stdout)
	}
}

func TestParseCoNLLU(t *testing.T) {
	fixture := filepath.Join("..", "..", "syntax", "testdata", "tiny.conllu")
	e := newEnv(t, "")
	if code := e.run("parse", "--from", "conllu", fixture); code != exitOK {
		t.Fatalf("exit %d: %s", code, e.stderr)
	}
	gold, err := readCoNLLUFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	pred, err := syntax.ReadCoNLLU(strings.NewReader(e.stdout.String()))
	if err != nil {
		t.Fatal(err)
	}
	// The file's words and sentences are kept, so the output can be scored.
	if _, err := syntax.Score(gold, pred); err != nil {
		t.Fatalf("output does not align with the input: %v", err)
	}

	if code := e.run("parse", "--from", "conllu", "--score", fixture); code != exitOK {
		t.Fatalf("--score: exit %d: %s", code, e.stderr)
	}
	for _, want := range []string{"UPOS", "UAS", "LAS", "sentences/s"} {
		if !strings.Contains(e.stdout.String(), want) {
			t.Errorf("--score output lacks %s: %s", want, e.stdout)
		}
	}

	bad := filepath.Join(t.TempDir(), "bad.conllu")
	os.WriteFile(bad, []byte("1\tA\n"), 0o644)
	if code := e.run("parse", "--from", "conllu", bad); code != exitFailure || !strings.Contains(e.stderr.String(), "bad.conllu: line 1") {
		t.Errorf("bad file: exit %d, stderr %s", code, e.stderr)
	}
	if code := e.run("parse", "--from", "xml", fixture); code != exitUsage {
		t.Errorf("--from xml: exit %d, want usage", code)
	}
}
