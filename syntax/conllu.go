package syntax

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ErrCoNLLU is wrapped by every CoNLL-U syntax error.
var ErrCoNLLU = errors.New("bad CoNLL-U")

// CoNLLUError is a CoNLL-U syntax error with its line (1-based).
type CoNLLUError struct {
	Line int
	Msg  string
}

func (e *CoNLLUError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }
func (e *CoNLLUError) Unwrap() error { return ErrCoNLLU }

// ReadCoNLLU reads the sentences of a CoNLL-U file: the syntactic words of
// each (ID, FORM, LEMMA, UPOS, XPOS, HEAD, DEPREL); multiword-token lines
// ("1-2") and empty nodes ("8.1") are skipped, comments are dropped. Token
// offsets are zero. Errors are *CoNLLUError with the line number.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	var sents []Sentence
	var cur []Token
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	line := 0
	end := func() error {
		if len(cur) == 0 {
			return nil
		}
		for _, t := range cur {
			if t.Head < 0 || t.Head > len(cur) {
				return &CoNLLUError{line, fmt.Sprintf("word %d has head %d outside its sentence of %d words", t.ID, t.Head, len(cur))}
			}
		}
		sents = append(sents, Sentence{Tokens: cur})
		cur = nil
		return nil
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if text == "" {
			if err := end(); err != nil {
				return sents, err
			}
			continue
		}
		if text[0] == '#' {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 10 {
			return sents, &CoNLLUError{line, fmt.Sprintf("%d tab-separated fields, want 10", len(f))}
		}
		if strings.ContainsAny(f[0], "-.") {
			continue // multiword token or empty node
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != len(cur)+1 {
			return sents, &CoNLLUError{line, fmt.Sprintf("word ID %q, want %d", f[0], len(cur)+1)}
		}
		head := -1
		if f[6] != "_" {
			if head, err = strconv.Atoi(f[6]); err != nil {
				return sents, &CoNLLUError{line, fmt.Sprintf("head %q is not a number", f[6])}
			}
		}
		cur = append(cur, Token{ID: id, Form: f[1], Lemma: under(f[2]), UPOS: under(f[3]), XPOS: under(f[4]), Head: head, Deprel: under(f[7])})
	}
	if err := sc.Err(); err != nil {
		return sents, fmt.Errorf("read CoNLL-U: %w", err)
	}
	line++
	return sents, end()
}

func under(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

func orUnder(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// WriteCoNLLU writes one sentence in CoNLL-U, each comment as a "# " line
// before it (e.g. "text = ..."), and the blank line after it. Empty fields
// are written "_"; an unparsed head (-1) too.
func WriteCoNLLU(w io.Writer, s Sentence, comments ...string) error {
	bw := bufio.NewWriter(w)
	for _, c := range comments {
		bw.WriteString("# ")
		bw.WriteString(strings.ReplaceAll(c, "\n", " "))
		bw.WriteByte('\n')
	}
	for i, t := range s.Tokens {
		head := "_"
		if t.Head >= 0 {
			head = strconv.Itoa(t.Head)
		}
		misc := "_"
		if i+1 < len(s.Tokens) && t.End > 0 && s.Tokens[i+1].Start == t.End {
			misc = "SpaceAfter=No"
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t%s\n", i+1, t.Form, orUnder(t.Lemma), orUnder(t.UPOS), orUnder(t.XPOS), head, orUnder(t.Deprel), misc)
	}
	bw.WriteByte('\n')
	return bw.Flush()
}
