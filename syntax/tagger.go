package syntax

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tagger is a greedy left-to-right averaged perceptron over joint
// UPOS+XPOS classes (the treebank's UPOS is not a function of its Penn tag:
// "have" is AUX or VERB, "that" SCONJ, PRON or DET), with the features of
// Honnibal's tagger ("A good part-of-speech tagger in about 200 lines of
// Python"): the word, its affixes and shape, the two tags before it and the
// words around it. Frequent words that the treebank always tags one way skip
// the model. A sentence tagged without a finite verb gets one if a
// participle can be read as a simple past (ensureFinite).

// tagger assigns joint UPOS+XPOS classes.
type tagger struct {
	upos, xpos []string       // of each class
	verbs      []uint8        // verb kind of each class (verbKinds)
	dict       map[string]int // form → class for frequent unambiguous words
	lexicon    lexicon
	model      *compactModel
}

// lexicon maps a word (normWord) to its ambiguity class: the set of classes
// the training set gives it. The classes of the next words are the
// tagger's view of the right context, which a left-to-right tagger cannot
// otherwise see (as in TnT and SVMTool). Words seen once are left out, so
// that training meets unknown words as often as parsing does.
type lexicon map[string]uint64

func buildLexicon(sents []taggedSentence) lexicon {
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for i, w := range s.words {
			w = normWord(w)
			m := counts[w]
			if m == nil {
				m = map[int]int{}
				counts[w] = m
			}
			m[s.gold[i]]++
		}
	}
	lex := lexicon{}
	for w, m := range counts {
		total := 0
		for _, n := range m {
			total += n
		}
		if total < 2 {
			continue
		}
		var set []int
		for c, n := range m {
			if n*10 >= total { // classes of at least a tenth of its uses
				set = append(set, c)
			}
		}
		sort.Ints(set)
		h := uint64(len(set))
		for _, c := range set {
			h = mix(h*mixA ^ uint64(c+1))
		}
		lex[w] = h
	}
	return lex
}

// wordInfo holds the hashed word-level parts of the features of a token,
// computed once per sentence.
type wordInfo struct {
	form, lower             uint64
	suf1, suf2, suf3, suf4  uint64
	pre1, pre2, pre3, shape uint64
	amb                     uint64 // ambiguity class, 0 if unknown
}

// normWord lowercases w and writes digits as 0, so that numbers share features.
func normWord(w string) string {
	l := strings.ToLower(w)
	if strings.IndexFunc(l, unicode.IsDigit) < 0 {
		return l
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return r
	}, l)
}

// shape maps letters to X/x and digits to d, collapsing runs: "McCain" is
// "XxXx", "1,000" is "d,d".
func shape(w string) string {
	var b strings.Builder
	var last rune
	n := 0
	for _, r := range w {
		c := shapeRune(r)
		if c != last {
			b.WriteRune(c)
			last = c
			n++
			if n > 6 {
				break
			}
		}
	}
	return b.String()
}

// shapeRune is the class of r in a word shape: X, x, d or r itself.
func shapeRune(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return r
}

// suffix returns the last n runes of s (all of s when shorter).
func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// shapeHash is strHash(shape(w)), without building the shape.
func shapeHash(w string) uint64 {
	h := uint64(14695981039346656037)
	var last rune
	n := 0
	for _, r := range w {
		c := shapeRune(r)
		if c != last {
			var enc [utf8.UTFMax]byte
			for _, b := range utf8.AppendRune(enc[:0], c) {
				h ^= uint64(b)
				h *= 1099511628211
			}
			last = c
			n++
			if n > 6 {
				break
			}
		}
	}
	return mix(h)
}

func infoOf(w string) wordInfo { return infoOfNorm(w, normWord(w)) }

// infoOfNorm is infoOf given l, normWord(w).
func infoOfNorm(w, l string) wordInfo {
	return wordInfo{
		form: strHash(w), lower: strHash(l),
		suf1: strHash(suffix(l, 1)), suf2: strHash(suffix(l, 2)), suf3: strHash(suffix(l, 3)), suf4: strHash(suffix(l, 4)),
		pre1: strHash(prefix(l, 1)), pre2: strHash(prefix(l, 2)), pre3: strHash(prefix(l, 3)),
		shape: shapeHash(w),
	}
}

// Padding values for words before the start and after the end.
var (
	startInfo = infoOf("<s>")
	endInfo   = infoOf("</s>")
)

func (lex lexicon) infos(words []string) []wordInfo {
	return lex.infosTo(make([]wordInfo, 0, len(words)), words)
}

// infosTo appends the infos of words to out.
func (lex lexicon) infosTo(out []wordInfo, words []string) []wordInfo {
	for _, w := range words {
		l := normWord(w)
		wi := infoOfNorm(w, l)
		wi.amb = lex[l]
		out = append(out, wi)
	}
	return out
}

// Verb kinds of tag classes.
const (
	notVerb   = 0
	finite    = 1 // VBD, VBZ, VBP, MD
	nonFinite = 2 // VB, VBG, VBN
)

// verbKinds gives the verb kind of each class from its Penn tag.
func verbKinds(xpos []string) []uint8 {
	out := make([]uint8, len(xpos))
	for i, x := range xpos {
		switch x {
		case "VBD", "VBZ", "VBP", "MD":
			out[i] = finite
		case "VB", "VBG", "VBN":
			out[i] = nonFinite
		}
	}
	return out
}

// tagFeatures appends the features of word i given the classes of the two
// words before it (p1, p2; start markers are large numbers).
func tagFeatures(buf []uint64, ws []wordInfo, i int, p1, p2 uint64) []uint64 {
	at := func(k int) *wordInfo {
		switch {
		case k < 0:
			return &startInfo
		case k >= len(ws):
			return &endInfo
		}
		return &ws[k]
	}
	w, wm1, wm2, wp1, wp2 := at(i), at(i-1), at(i-2), at(i+1), at(i+2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	return append(buf,
		tagBias,
		feat2(2, w.lower, 0),
		feat2(3, w.form, 0),
		feat2(4, w.suf1, 0),
		feat2(5, w.suf2, 0),
		feat2(6, w.suf3, 0),
		feat2(7, w.suf4, 0),
		feat2(8, w.pre1, 0),
		feat2(9, w.pre2, 0),
		feat2(10, w.pre3, 0),
		feat2(11, w.shape, first),
		feat2(12, p1, 0),
		feat2(13, p2, 0),
		feat2(14, p1, p2),
		feat2(15, p1, w.lower),
		feat2(16, wm1.lower, 0),
		feat2(17, wm1.suf3, 0),
		feat2(18, wm2.lower, 0),
		feat2(19, wp1.lower, 0),
		feat2(20, wp1.suf3, 0),
		feat2(21, wp2.lower, 0),
		feat2(22, wp1.shape, 0),
		feat2(23, wm1.lower, w.lower),
		feat2(24, w.lower, wp1.lower),
		feat2(25, p1, w.suf3),
		feat2(26, p1, wp1.lower),
		feat2(27, wm1.shape, w.shape),
		feat2(28, w.suf2, wp1.suf2),
		feat2(29, w.amb, 0),
		feat2(30, wp1.amb, 0),
		feat2(31, wp2.amb, 0),
		feat2(32, p1, wp1.amb),
		feat2(33, w.amb, wp1.amb),
		feat2(34, w.lower, wp1.amb),
		feat2(35, p1, w.amb),
		feat2(36, wm1.lower, wp1.lower),
		feat2(37, wp1.amb, wp2.amb),
		feat2(38, w.suf3, wp1.amb),
	)
}

// tagBias is the feature every word has, first of tagFeatures.
var tagBias = feat2(1, 0, 0)

// Start markers for the previous-class features.
const (
	startTag1 = 1 << 20
	startTag2 = 1<<20 + 1
)

// tag returns the class of each word.
func (t *tagger) tag(words []string, ws []wordInfo) []int {
	out, _ := t.tagTo(make([]int, 0, len(words)), make([]uint64, 0, 64), words, ws)
	return out
}

// tagTo is tag in the memory of out and buf (features), which it returns
// for reuse.
func (t *tagger) tagTo(out []int, buf []uint64, words []string, ws []wordInfo) ([]int, []uint64) {
	out = slices.Grow(out[:0], len(words))[:len(words)]
	var sc [classCap]int32
	scores := newScores(len(t.upos), &sc)
	p1, p2 := uint64(startTag1), uint64(startTag2)
	fin := false
	for i, w := range words {
		c, ok := t.dict[w]
		if !ok {
			buf = tagFeatures(buf[:0], ws, i, p1, p2)
			t.model.scoreAll(buf, scores)
			c = argmax(scores, nil)
		}
		out[i] = c
		p2, p1 = p1, uint64(c)
		fin = fin || t.verbs[c] == finite
	}
	if !fin {
		t.ensureFinite(words, ws, out, scores, buf)
	}
	return out, buf
}

// ensureFinite gives a sentence tagged without a finite verb the one it
// most likely has: news reports its events in the simple past ("The army
// attacked the town"), which the treebank's web text, rich in participles
// and fragments, teaches the tagger to read as a participle or an
// adjective. The first word tagged VBN, or JJ ending in "ed" ("freed", not
// "red"), right after a noun or pronoun (adverbs between), where the subject
// of a simple past would be, takes the best VBD class. The first: the main verb comes before
// reduced relative clauses ("Rebels freed hostages held since March").
// Present tense is left alone: after a noun, on dev, the fragments win
// ("Let me know", "Buyer beware").
func (t *tagger) ensureFinite(words []string, ws []wordInfo, out []int, scores []int32, buf []uint64) {
	for i := 1; i < len(out); i++ {
		u, x := t.upos[out[i]], t.xpos[out[i]]
		if !(u == "VERB" && x == "VBN" || u == "ADJ" && x == "JJ" && len(words[i]) > 4 && strings.HasSuffix(words[i], "ed")) {
			continue
		}
		j := i - 1
		for j > 0 && t.upos[out[j]] == "ADV" {
			j--
		}
		if u := t.upos[out[j]]; u != "NOUN" && u != "PROPN" && u != "PRON" {
			continue
		}
		p1, p2 := uint64(out[i-1]), uint64(startTag1)
		if i > 1 {
			p2 = uint64(out[i-2])
		}
		buf = tagFeatures(buf[:0], ws, i, p1, p2)
		t.model.scoreAll(buf, scores)
		best := -1
		for c, s := range scores {
			if t.xpos[c] == "VBD" && t.upos[c] == "VERB" && (best < 0 || s > scores[best]) {
				best = c
			}
		}
		if best >= 0 {
			out[i] = best
			return
		}
	}
}

// taggedSentence is a training sentence for the tagger: words and gold classes.
type taggedSentence struct {
	words []string
	gold  []int
}

// trainTagger trains the tagger's perceptron for epochs passes over sents in
// an order shuffled by rng.
func trainTagger(sents []taggedSentence, nClasses int, dict map[string]int, lex lexicon, epochs int, rng *rand.Rand) *perceptron {
	p := newPerceptron()
	scores := make([]float32, nClasses)
	var buf []uint64
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := sents[si]
			ws := lex.infos(s.words)
			p1, p2 := uint64(startTag1), uint64(startTag2)
			for i, w := range s.words {
				guess, ok := dict[w]
				if !ok {
					buf = tagFeatures(buf[:0], ws, i, p1, p2)
					clear(scores)
					p.score(buf, scores)
					guess = argmax(scores, nil)
					p.update(buf, s.gold[i], guess)
					p.tick()
				}
				p2, p1 = p1, uint64(guess)
			}
		}
	}
	return p
}

// buildTagDict finds the words frequent enough (at least minCount times) and
// unambiguous enough (at least share of them one class) to skip the model.
func buildTagDict(sents []taggedSentence, minCount int, share float64) map[string]int {
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for i, w := range s.words {
			m := counts[w]
			if m == nil {
				m = map[int]int{}
				counts[w] = m
			}
			m[s.gold[i]]++
		}
	}
	dict := map[string]int{}
	for w, m := range counts {
		total, best, bc := 0, 0, -1
		for c, n := range m {
			total += n
			if n > best || n == best && c < bc {
				best, bc = n, c
			}
		}
		if total >= minCount && float64(best)/float64(total) >= share {
			dict[w] = bc
		}
	}
	return dict
}
