package syntax

// Token is one syntactic word of a sentence.
type Token struct {
	ID     int    // 1-based index in the sentence
	Form   string // the word as written
	Lemma  string // dictionary form, e.g. "be" for "was"
	UPOS   string // universal POS, e.g. "NOUN"
	XPOS   string // Penn tag, e.g. "NNS"
	Head   int    // ID of the head word; 0 = root
	Deprel string // universal relation with subtype as in UD, e.g. "nsubj:pass", "obl", "compound:prt"
	// Start and End are byte offsets of the token in the text given to Parse
	// (End exclusive); zero for ParseTokens. "n't" of "don't" has the bytes
	// of "n't".
	Start, End int
}

// Sentence is a sentence's words with their dependency tree: every token
// but the root has a Head in 1..len(Tokens), and exactly one has Head 0.
type Sentence struct {
	Tokens     []Token
	Start, End int // byte offsets of the sentence in the text given to Parse
}

// Parse tokenizes text, splits it into sentences, and tags, lemmatizes and
// parses each one with the embedded model (decoded on the first call, which
// takes about a second). It is safe for concurrent use.
func Parse(text string) []Sentence {
	sents := Tokenize(text)
	for i := range sents {
		annotate(sents[i].Tokens)
	}
	return sents
}

// ParseTokens tags, lemmatizes and parses one sentence of words already
// tokenized (UD-style). Start and End of its tokens are zero.
func ParseTokens(words []string) Sentence {
	toks := newTokens(words)
	annotate(toks)
	return Sentence{Tokens: toks}
}

// newTokens are the tokens of words, numbered from 1, with no offsets.
func newTokens(words []string) []Token {
	toks := make([]Token, len(words))
	for i, w := range words {
		toks[i] = Token{ID: i + 1, Form: w}
	}
	return toks
}
