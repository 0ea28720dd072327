package syntax

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
)

func readFixture(t testing.TB, name string) []Sentence {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return sents
}

func TestReadCoNLLU(t *testing.T) {
	sents := readFixture(t, "tiny.conllu")
	if len(sents) != 3 {
		t.Fatalf("got %d sentences, want 3", len(sents))
	}
	s := sents[2]
	var forms []string
	for _, tok := range s.Tokens {
		forms = append(forms, tok.Form)
	}
	if got := strings.Join(forms, " "); got != "She did n't sign it ." {
		t.Errorf("words %q: the multiword token line must be skipped", got)
	}
	if tok := s.Tokens[2]; tok.Lemma != "not" || tok.UPOS != "PART" || tok.XPOS != "RB" || tok.Head != 4 || tok.Deprel != "advmod" {
		t.Errorf("word 3 = %+v", tok)
	}
}

func TestCoNLLURoundTrip(t *testing.T) {
	sents := readFixture(t, "tiny.conllu")
	var buf bytes.Buffer
	for _, s := range sents {
		if err := WriteCoNLLU(&buf, s, "sent_id = x"); err != nil {
			t.Fatal(err)
		}
	}
	again, err := ReadCoNLLU(&buf)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := Score(sents, again)
	if err != nil {
		t.Fatal(err)
	}
	if sc.UPOS != 1 || sc.XPOS != 1 || sc.Lemma != 1 || sc.LAS != 1 {
		t.Errorf("round trip changed the annotation: %s", sc)
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
	}{
		{"fields", "1\tA\ta\tX\n", 1},
		{"id", "# c\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", 3},
		{"head", "1\tA\ta\tX\tX\t_\tx\troot\t_\t_\n", 1},
		{"head outside", "1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n\n", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCoNLLU(strings.NewReader(tt.in))
			var ce *CoNLLUError
			if !errors.As(err, &ce) || !errors.Is(err, ErrCoNLLU) {
				t.Fatalf("err = %v, want a *CoNLLUError", err)
			}
			if ce.Line != tt.line {
				t.Errorf("line %d, want %d (%v)", ce.Line, tt.line, err)
			}
		})
	}
}

func TestScoreUniversalRelations(t *testing.T) {
	gold := readFixture(t, "tiny.conllu")
	pred := cloneSentences(gold)
	pred[1].Tokens[0].Deprel = "nsubj" // gold nsubj:pass: same universal relation
	pred[0].Tokens[0].Head = 3         // wrong head
	pred[0].Tokens[1].UPOS = "PROPN"
	sc, err := Score(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Words != 18 || sc.UAS != 17.0/18 || sc.LAS != 17.0/18 || sc.UPOS != 17.0/18 {
		t.Errorf("got %s", sc)
	}
	if _, err := Score(gold, pred[:2]); err == nil {
		t.Error("sentence count mismatch not reported")
	}
}
