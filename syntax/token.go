package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits text into sentences of UD-style tokens (English Web
// Treebank conventions) with byte offsets, without tagging or parsing them.
//
// Words split at whitespace; punctuation is split off ("end." is "end" "."),
// but not from abbreviations ("U.S.", "Mr.", "e.g."), numbers ("1,000.5"),
// URLs or e-mail addresses. Clitics are words of their own ("don't" is "do"
// "n't", "can't" is "ca" "n't", "John's" is "John" "'s"), and so are hyphens
// and slashes between words ("15-year" is "15" "-" "year"), as in the
// treebank the tagger and parser learnt from.
//
// A sentence ends after ".", "!" or "?" (and closing quotes or brackets)
// when the next word starts like a sentence, and at every line break: the
// inputs geokg reads give one paragraph a line, and a headline has no full
// stop.
func Tokenize(text string) []Sentence {
	var sents []Sentence
	var cur []Token
	flush := func() {
		if len(cur) > 0 {
			for i := range cur {
				cur[i].ID = i + 1
			}
			sents = append(sents, Sentence{Tokens: cur, Start: cur[0].Start, End: cur[len(cur)-1].End})
			cur = nil
		}
	}
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' || r == '\r' || r == '\u2029' {
			flush()
			i += size
			continue
		}
		if unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 && !utf8.FullRuneInString(text[i:]) {
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		chunk := splitChunk(text[i:j], i)
		for _, sp := range chunk {
			if len(cur) > 0 && endsSentence(text, cur, sp) {
				flush()
			}
			cur = append(cur, Token{Form: text[sp[0]:sp[1]], Start: sp[0], End: sp[1]})
		}
		i = j
	}
	flush()
	return sents
}

// endsSentence reports whether a sentence ends before the token at next,
// given the tokens so far.
func endsSentence(text string, cur []Token, next [2]int) bool {
	// Look back over closing quotes and brackets to the final punctuation.
	k := len(cur) - 1
	for k > 0 && isCloser(cur[k].Form) {
		k--
	}
	last := cur[k].Form
	w := text[next[0]:next[1]]
	if isCloser(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	startsLikeSentence := unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘([", r)
	switch {
	case strings.Trim(last, ".!?…") == "" && last != "":
		// "..." in mid-sentence is usually followed by a lower-case word.
		return startsLikeSentence
	case strings.HasSuffix(last, ".") && len(last) > 1:
		// An abbreviation kept its period: "Mr. Smith" goes on, but "in the
		// U.S. The next" ends. Initialisms end a sentence before a word
		// that usually starts one; titles never do.
		if titles[strings.ToLower(strings.TrimSuffix(last, "."))] || isInitial(last) {
			return false
		}
		return strings.Count(last, ".") > 1 && sentenceStarters[w]
	}
	return false
}

// isInitial reports whether w is one capital letter and a period ("J.").
func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

func isCloser(w string) bool {
	switch w {
	case "\"", "'", "”", "’", ")", "]", "}", "»", "''":
		return true
	}
	return false
}

// titles are abbreviations that keep their period and never end a sentence.
var titles = setOf("mr mrs ms dr st jr sr gen col lt capt sgt maj adm cmdr gov sen rep rev prof pres amb mt ft fr no nos vs v jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig inc corp co ltd bros e.g i.e etc cf al")

// sentenceStarters are words that, after an initialism such as "U.S.",
// show that a new sentence began.
var sentenceStarters = setOf("The A An He She It They We I You But And In On At This That These Those There His Her Its Their Our My Mr. Mrs. Ms. Dr. However Meanwhile After Before When While If")

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// leading and trailing punctuation split off a whitespace chunk.
const (
	openers = "\"'“‘([{<«`¿¡"
	closers = "\"'”’)]}>»,;:!?%…"
)

// clitics are the contracted endings split off a word, longest first.
var clitics = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "'S", "'RE", "'VE", "'LL", "'D", "'M", "N'T"}

// splitChunk splits one whitespace-free chunk at byte offset off into token
// spans [start, end).
func splitChunk(s string, off int) [][2]int {
	var head, tail [][2]int
	lo, hi := 0, len(s)
	// Leading punctuation, one character at a time ("$5" is "$" "5").
	for lo < hi {
		r, size := utf8.DecodeRuneInString(s[lo:hi])
		if !(strings.ContainsRune(openers, r) || r == '$' || r == '£' || r == '€' || r == '-' && !isDigitAt(s, lo+1)) {
			break
		}
		if r == '\'' || r == '’' {
			if isClitic(s[lo:hi]) || isDecadeOrElision(s[lo+size:hi]) {
				break
			}
		}
		if r == '-' {
			// A run of hyphens is one token ("--").
			for size < hi-lo && s[lo+size] == '-' {
				size++
			}
		}
		head = append(head, [2]int{off + lo, off + lo + size})
		lo += size
	}
	// Trailing punctuation, innermost last.
	for lo < hi {
		r, size := utf8.DecodeLastRuneInString(s[lo:hi])
		if r == '.' {
			// A run of periods is one token ("..."), an abbreviation keeps
			// its period, a number's decimal point is not at the end.
			k := hi
			for k > lo && s[k-1] == '.' {
				k--
			}
			if hi-k == 1 && k > lo && isAbbrev(s[lo:hi]) {
				break
			}
			if k == lo {
				break
			}
			tail = append(tail, [2]int{off + k, off + hi})
			hi = k
			continue
		}
		if !strings.ContainsRune(closers, r) {
			break
		}
		if (r == '\'' || r == '’') && hi-lo > size {
			// "parents'" splits its apostrophe; "'" alone is the token.
			tail = append(tail, [2]int{off + hi - size, off + hi})
			hi -= size
			continue
		}
		// Runs of ! and ? stay one token.
		k := hi - size
		if r == '!' || r == '?' {
			for k > lo && (s[k-1] == '!' || s[k-1] == '?') {
				k--
			}
		}
		tail = append(tail, [2]int{off + k, off + hi})
		hi = k
	}
	out := head
	if lo < hi {
		out = append(out, splitCore(s[lo:hi], off+lo)...)
	}
	for i := len(tail) - 1; i >= 0; i-- {
		out = append(out, tail[i])
	}
	return out
}

// splitCore splits a chunk without outer punctuation at clitics, hyphens,
// slashes and other inner punctuation between words.
func splitCore(s string, off int) [][2]int {
	if isURLOrEmail(s) || isNumberLike(s) {
		return [][2]int{{off, off + len(s)}}
	}
	lower := strings.ToLower(s)
	switch lower {
	case "cannot":
		return [][2]int{{off, off + 3}, {off + 3, off + 6}}
	case "gonna", "wanna", "gotta":
		return [][2]int{{off, off + 3}, {off + 3, off + 5}}
	}
	for _, c := range clitics {
		if len(s) > len(c) && strings.HasSuffix(s, c) {
			cut := len(s) - len(c)
			left := splitCore(s[:cut], off)
			return append(left, [2]int{off + cut, off + len(s)})
		}
	}
	// Inner hyphens, slashes and other punctuation between word characters.
	var out [][2]int
	start := 0
	for i, r := range s {
		if r == '-' || r == '/' || r == '–' || r == '—' || r == '(' || r == ')' || r == '"' || r == ',' || r == ';' || r == '!' || r == '?' {
			if r == '-' && keepHyphen(s, i) {
				continue
			}
			if r == ',' && isDigitAt(s, i+1) && i > 0 && isDigitAt(s, i-1) {
				continue
			}
			if start < i {
				out = append(out, [2]int{off + start, off + i})
			}
			size := utf8.RuneLen(r)
			// A run of hyphens is one token ("--").
			end := i + size
			for r == '-' && end < len(s) && s[end] == '-' {
				end++
			}
			if len(out) > 0 && out[len(out)-1][1] > off+i {
				continue // inside a run already emitted
			}
			out = append(out, [2]int{off + i, off + end})
			start = end
		}
	}
	if start < len(s) {
		out = append(out, [2]int{off + start, off + len(s)})
	}
	return out
}

// keepHyphen reports whether the hyphen at s[i] stays inside the word: after
// a single letter ("e-mail", "x-ray") and in phone numbers.
func keepHyphen(s string, i int) bool {
	if i == 1 && unicode.IsLetter(rune(s[0])) {
		return true
	}
	digits, hyphens := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '-':
			hyphens++
		default:
			return false
		}
	}
	return digits >= 7
}

func isDigitAt(s string, i int) bool {
	return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9'
}

// isAbbrev reports whether w (ending in ".") keeps its period.
func isAbbrev(w string) bool {
	core := strings.TrimSuffix(w, ".")
	if core == "" {
		return false
	}
	if titles[strings.ToLower(core)] || isInitial(w) {
		return true
	}
	// Initialisms: letters each followed by a period ("U.S.", "p.m.").
	if len(core) >= 3 {
		parts := strings.Split(core, ".")
		for _, p := range parts {
			if utf8.RuneCountInString(p) != 1 || !unicode.IsLetter([]rune(p)[0]) {
				return false
			}
		}
		return true
	}
	return false
}

func isClitic(s string) bool {
	for _, c := range clitics {
		if s == c {
			return true
		}
	}
	return false
}

// isDecadeOrElision reports whether what follows a leading apostrophe makes
// it part of the word: "'90s", "'em", "'cause".
func isDecadeOrElision(rest string) bool {
	switch strings.ToLower(rest) {
	case "em", "cause", "til", "n":
		return true
	}
	return len(rest) >= 2 && isDigitAt(rest, 0) && isDigitAt(rest, 1)
}

func isURLOrEmail(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "://") || strings.HasPrefix(l, "www.") ||
		strings.Contains(s, "@") && strings.Contains(s, ".") && !strings.HasPrefix(s, "@")
}

// isNumberLike reports whether s is made of digits and the separators of
// numbers, times and dates ("1,000.5", "10:30", "11/28/2000").
func isNumberLike(s string) bool {
	if !isDigitAt(s, 0) {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r == ',' || r == '.' || r == ':' || r == '/') {
			return false
		}
	}
	return true
}
