package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word, number or punctuation mark of the text. Hyphens and
// dashes are not tokens: "US-Russia" is "US", "Russia" with hyph set on the
// second, so names and phrases match across them.
type token struct {
	text  string // as in the text, with curly apostrophes made straight
	lower string
	start int // byte offsets into the article text
	end   int
	word  bool // starts with a letter or digit
	upper bool // starts with an upper-case letter
	hyph  bool // joined to the previous token by a hyphen
	nl    bool // a line break precedes it
	dash  bool // a dash (not a hyphen) precedes it: " - ", "–", "—"
}

// abbreviations that keep their period and never end a sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "lt": true, "gen": true, "col": true,
	"gov": true, "sen": true, "rep": true, "st": true, "maj": true, "capt": true, "sgt": true,
	"prof": true, "rev": true, "jan": true, "feb": true, "aug": true, "sept": true, "sep": true,
	"oct": true, "nov": true, "dec": true, "no": true, "vs": true, "pres": true, "adm": true,
	"cpl": true, "gens": true, "jr": true, "sr": true, "mt": true, "ft": true, "inc": true,
	"corp": true, "co": true, "ltd": true,
}

// tokenize splits text into tokens. Offsets refer to text; base is added
// when the caller tokenizes a slice of a larger text.
func tokenize(text string, buf []token) []token {
	toks := buf[:0]
	i, n := 0, len(text)
	hyph, nl, dash := false, false, false
	for i < n {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' {
			i++
			hyph = false
			continue
		}
		if c == '\n' {
			i++
			nl, hyph = true, false
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '-' || r == '\u2010' || r == '\u2011':
			// A hyphen between two words joins them; anything else is a dash.
			i += size
			hyph = len(toks) > 0 && toks[len(toks)-1].end == i-size && i < n && isWordStart(text[i:])
			dash = dash || !hyph
			continue
		case r == '\u2013' || r == '\u2014':
			i += size
			hyph, dash = false, true
			continue
		case unicode.IsSpace(r):
			i += size
			hyph = false
			continue
		}
		start := i
		if isLetterOrDigit(r) {
			i = scanWord(text, i)
			// "'s", "n't", "'ll" are tokens of their own.
			w := text[start:i]
			if k := clitic(w); k > 0 {
				toks = appendTok(toks, text, start, i-k, hyph, nl)
				toks[len(toks)-1].dash = dash
				hyph, nl, dash = false, false, false
				start = i - k
			}
		} else if r == '\'' || r == '\u2019' {
			i += size
			if rest := text[i:]; len(rest) >= 1 && (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWordStart(rest[1:])) {
				i++ // the possessive 's
			}
		} else {
			i += size
		}
		toks = appendTok(toks, text, start, i, hyph, nl)
		if len(toks) > 0 && toks[len(toks)-1].start == start {
			toks[len(toks)-1].dash = dash
		}
		toks = joinCoPrefix(toks, text)
		hyph, nl, dash = false, false, false
	}
	return toks
}

// scanWord scans a word starting at i: letters, digits, inner apostrophes,
// inner periods of abbreviations (U.S., F.W.), a period after a known
// abbreviation or a single capital (Lt., F.), digits with commas and points.
func scanWord(text string, i int) int {
	start := i
	n := len(text)
	for i < n {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isLetterOrDigit(r):
			i += size
		case (r == '\'' || r == '\u2019') && i+size < n && isWordStart(text[i+size:]):
			// Stop before a possessive 's; keep O'Brien and didn't whole
			// (clitic splits n't off afterwards).
			if rest := text[i+size:]; (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWordStart(rest[1:])) {
				return i
			}
			i += size
		case (r == '.' || r == ',') && i+1 < n && isDigit(text[i+1]) && i > start && isDigit(text[i-1]):
			i++
		case r == '.':
			w := text[start:i]
			// U.S. / U.N. / F.W.: a single letter followed by a period and a letter.
			if i+2 < n && isLetterByte(text[i+1]) && text[i+2] == '.' && lettersOnlySingle(text[start:i]) {
				i += 2
				continue
			}
			if strings.Count(w, ".") > 0 && lettersOnlySingle(lastSegment(w)) {
				return i + 1 // the final period of U.S.
			}
			if abbrevs[strings.ToLower(w)] || (len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z') {
				return i + 1
			}
			return i
		default:
			return i
		}
	}
	return i
}

func lastSegment(w string) string {
	if k := strings.LastIndexByte(w, '.'); k >= 0 {
		return w[k+1:]
	}
	return w
}

func lettersOnlySingle(s string) bool {
	return len(s) == 1 && isLetterByte(s[0])
}

// clitic returns the length of a trailing clitic ("n't", "'ll") in w.
func clitic(w string) int {
	l := strings.ToLower(w)
	for _, c := range []string{"n't", "n\u2019t", "'ll", "\u2019ll", "'re", "'ve", "'d"} {
		if strings.HasSuffix(l, c) && len(l) > len(c) {
			if strings.HasPrefix(c, "n") && l == "can't" {
				return 3
			}
			return len(c)
		}
	}
	return 0
}

func appendTok(toks []token, text string, start, end int, hyph, nl bool) []token {
	if end <= start {
		return toks
	}
	t := token{start: start, end: end, hyph: hyph, nl: nl}
	t.text = text[start:end]
	if strings.ContainsRune(t.text, '\u2019') {
		t.text = strings.ReplaceAll(t.text, "\u2019", "'")
	}
	t.lower = strings.ToLower(t.text)
	r, _ := utf8.DecodeRuneInString(t.text)
	t.word = isLetterOrDigit(r)
	t.upper = unicode.IsUpper(r)
	return append(toks, t)
}

func isLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isWordStart(s string) bool {
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return isLetterOrDigit(r)
}

func isDigit(b byte) bool      { return b >= '0' && b <= '9' }
func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// sentence is a run of tokens ending at . ! ? or a line break.
type sentence struct {
	toks  []token
	start int
	end   int
}

// splitSentences groups tokens into sentences. A period ends a sentence
// unless it belongs to an abbreviation token; a line break always does, as
// articles put headlines and paragraphs on lines of their own.
func splitSentences(toks []token) []sentence {
	var out []sentence
	begin := 0
	flush := func(end int) {
		if end > begin {
			s := sentence{toks: toks[begin:end], start: toks[begin].start, end: toks[end-1].end}
			out = append(out, s)
		}
		begin = end
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.nl && i > begin {
			flush(i)
		}
		switch t.text {
		case ".", "!", "?":
			// Keep closing quotes and brackets with the sentence they close.
			j := i + 1
			for j < len(toks) && !toks[j].nl && isCloser(toks[j].text) {
				j++
			}
			if j >= len(toks) || toks[j].nl || toks[j].upper || !toks[j].word {
				flush(j)
				i = j - 1
			}
		default:
			// "U.S." at the end of a sentence: a capitalized function word
			// after it starts a new sentence.
			if strings.HasSuffix(t.text, ".") && strings.Count(t.text, ".") > 1 && i+1 < len(toks) && sentenceOpeners[toks[i+1].lower] && toks[i+1].upper {
				flush(i + 1)
			}
		}
	}
	flush(len(toks))
	return out
}

func isCloser(s string) bool {
	return s == "\"" || s == "'" || s == ")" || s == "]" || s == "\u201d" || s == "\u2019"
}

// sentenceOpeners are words that, capitalized, most likely start a sentence.
var sentenceOpeners = map[string]bool{"the": true, "a": true, "an": true, "he": true, "she": true,
	"it": true, "they": true, "we": true, "in": true, "but": true, "on": true, "this": true}

// joinCoPrefix makes British "co-operate", "co-operation", "co-operative"
// one token spelt as the dictionaries spell it ("cooperate"): split at the
// hyphen, "operate" alone is another verb and no pattern of cooperation
// matched. The text keeps the hyphen-free spelling too, so the parser
// reads the word it was trained on.
func joinCoPrefix(toks []token, text string) []token {
	n := len(toks)
	if n < 2 || !toks[n-1].hyph {
		return toks
	}
	prev, t := &toks[n-2], toks[n-1]
	if prev.lower != "co" || prev.hyph || !strings.HasPrefix(t.lower, "operat") {
		return toks
	}
	prev.end = t.end
	prev.text = prev.text + t.text
	prev.lower = prev.lower + t.lower
	return toks[:n-1]
}
