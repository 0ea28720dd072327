package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The embedded model's behaviour on plain sentences written here: the
// relations event coding reads.
func TestParseRelations(t *testing.T) {
	tests := []struct {
		text string
		want []string // "dependent relation head", universal relations
	}{
		{"Rebels seized the town on Monday.", []string{"Rebels nsubj seized", "town obj seized", "seized root ROOT", "on case Monday"}},
		{"The talks were hosted by Egypt.", []string{"talks nsubj hosted", "Egypt obl hosted", "by case Egypt", "were aux hosted"}},
		{"Ministers signed a trade agreement.", []string{"Ministers nsubj signed", "agreement obj signed", "trade compound agreement"}},
	}
	for _, tt := range tests {
		sents := Parse(tt.text)
		if len(sents) != 1 {
			t.Fatalf("Parse(%q): %d sentences", tt.text, len(sents))
		}
		toks := sents[0].Tokens
		got := map[string]bool{}
		for _, tok := range toks {
			head := "ROOT"
			if tok.Head > 0 {
				head = toks[tok.Head-1].Form
			}
			got[tok.Form+" "+universal(tok.Deprel)+" "+head] = true
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("Parse(%q): no %q in %v", tt.text, w, toks)
			}
		}
	}
}

// A sentence of news has a finite verb: a simple past after its subject is
// not left a participle or an adjective, while participles with an
// auxiliary or after the main verb stay participles.
func TestSimplePast(t *testing.T) {
	tests := []struct {
		text, word, xpos string
	}{
		{"Police detained two reporters near the embassy.", "detained", "VBD"},
		{"Rebels freed ten hostages held since March.", "freed", "VBD"},
		{"Rebels freed ten hostages held since March.", "held", "VBN"},
		{"The militia shelled the village overnight.", "shelled", "VBD"},
		{"The village was shelled overnight.", "shelled", "VBN"},
	}
	for _, tt := range tests {
		found := false
		for _, tok := range ParseTokens(strings.Fields(strings.TrimSuffix(tt.text, ".") + " .")).Tokens {
			if tok.Form == tt.word {
				found = true
				if tok.XPOS != tt.xpos {
					t.Errorf("%q: %s is %s, want %s", tt.text, tt.word, tok.XPOS, tt.xpos)
				}
			}
		}
		if !found {
			t.Fatalf("%q: no %q", tt.text, tt.word)
		}
	}
}

// Every parse is a tree over its words, whatever the input.
func checkTree(t *testing.T, s Sentence) {
	t.Helper()
	roots := 0
	for _, tok := range s.Tokens {
		if tok.Head == 0 {
			roots++
		}
		if tok.Head < 0 || tok.Head > len(s.Tokens) || tok.Head == tok.ID || tok.UPOS == "" || tok.Deprel == "" || tok.Lemma == "" {
			t.Fatalf("bad token %+v", tok)
		}
		// Following heads from any word reaches the root without a cycle.
		h, steps := tok.Head, 0
		for h != 0 {
			h = s.Tokens[h-1].Head
			if steps++; steps > len(s.Tokens) {
				t.Fatalf("cycle through %q", tok.Form)
			}
		}
	}
	if roots != 1 {
		t.Fatalf("%d roots", roots)
	}
}

func TestParseTokens(t *testing.T) {
	s := ParseTokens([]string{"Russia", "did", "n't", "sign", "the", "treaty", "."})
	checkTree(t, s)
	if s.Tokens[1].Lemma != "do" || s.Tokens[2].Lemma != "not" || s.Tokens[3].UPOS != "VERB" {
		t.Errorf("got %+v", s.Tokens)
	}
	if len(ParseTokens(nil).Tokens) != 0 {
		t.Error("no words should give no tokens")
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"They don't know.", "U.S. troops -- 15-year-old's (ok)...", "\"Hi!\"\n\nA b c d e f g", "’'\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents := Parse(text)
		checkSpans(t, text, sents)
		for _, s := range sents {
			checkTree(t, s)
		}
	})
}

// treebank is the directory of UD English EWT beside the repository, for
// the benchmarks; they skip when it is absent.
func treebank(tb testing.TB, name string) []Sentence {
	path := filepath.Join("..", "..", "shared", "treebanks", "ud-english-ewt", name)
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("no treebank: %v", err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f)
	if err != nil {
		tb.Fatal(err)
	}
	return sents
}

// BenchmarkAnnotate tags, lemmatizes and parses the EWT test sentences;
// sentences/s is reported.
func BenchmarkAnnotate(b *testing.B) {
	gold := treebank(b, "en_ewt-ud-test.conllu")
	m, err := Default()
	// GEOKG_BENCH_MODEL times a model file not yet embedded (a candidate
	// from geokg train-syntax).
	if path := os.Getenv("GEOKG_BENCH_MODEL"); path != "" {
		f, ferr := os.Open(path)
		if ferr != nil {
			b.Fatal(ferr)
		}
		m, err = ReadModel(f)
		f.Close()
	}
	if err != nil {
		b.Fatal(err)
	}
	words := wordsOnly(gold)
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		s := words[i%len(words)]
		toks := append([]Token(nil), s.Tokens...)
		m.Annotate(toks)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	// On a shared machine wall time counts other processes' turns too; the
	// process's own CPU time does not.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "sentences/cpu-s")
	}
}

// BenchmarkParse runs the whole pipeline from raw text.
func BenchmarkParse(b *testing.B) {
	text := strings.Repeat("The foreign minister said on Tuesday that the government would not sign the agreement. ", 20)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Parse(text)
	}
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// The embedded model's tables hold what the code expects of them.
func TestEmbeddedModel(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	upos := setOf("ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X")
	for i, u := range m.tagger.upos {
		if !upos[u] || m.tagger.xpos[i] == "" {
			t.Errorf("tag class %d is %q/%q", i, u, m.tagger.xpos[i])
		}
	}
	labels := map[string]bool{}
	for _, l := range m.parser.labels {
		if labels[l] || l == "" {
			t.Errorf("relation %q empty or twice", l)
		}
		labels[l] = true
	}
	for _, l := range []string{"root", "nsubj", "nsubj:pass", "obj", "obl", "case", "conj", "compound:prt"} {
		if !labels[l] {
			t.Errorf("no relation %s", l)
		}
	}
	if m.parser.labels[m.parser.rootLabel] != "root" {
		t.Errorf("root label is %q", m.parser.labels[m.parser.rootLabel])
	}
	for w, c := range m.tagger.dict {
		if c < 0 || c >= len(m.tagger.upos) {
			t.Errorf("dictionary word %q has class %d", w, c)
		}
	}
}

// Parse is safe for concurrent use (run with -race).
func TestParseConcurrent(t *testing.T) {
	text := "The foreign minister said on Tuesday that the government would not sign. Talks resumed."
	want := Parse(text)
	done := make(chan []Sentence)
	for range 4 {
		go func() { done <- Parse(text) }()
	}
	for range 4 {
		got := <-done
		if len(got) != len(want) || len(got[0].Tokens) != len(want[0].Tokens) || got[0].Tokens[3].Head != want[0].Tokens[3].Head {
			t.Errorf("concurrent Parse differs")
		}
	}
}
