package syntax

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"

	_ "embed"
)

// Model is a trained tagger, lemmatizer and parser.
type Model struct {
	tagger *tagger
	lemmas *lemmatizer
	parser *parser
	// scratch holds *annotateScratch for Annotate, which may run on many
	// goroutines at once.
	scratch sync.Pool
}

// The model trained from UD English EWT (CC BY-SA 4.0, see model/NOTICE)
// by `geokg train-syntax`.
//
//go:embed model/en_ewt.model.gz
var embeddedModel []byte

// defaultModel decodes the embedded model once, on first use.
var defaultModel = sync.OnceValues(func() (*Model, error) {
	return ReadModel(bytes.NewReader(embeddedModel))
})

// Default returns the embedded model. It fails only if the binary was built
// with a broken model file.
func Default() (*Model, error) { return defaultModel() }

// mustDefault is the embedded model; a broken one is a bug of the build.
func mustDefault() *Model {
	m, err := defaultModel()
	if err != nil {
		panic(fmt.Sprintf("syntax: embedded model: %v", err))
	}
	return m
}

// annotate fills tags, lemmas and the tree of toks with the embedded model.
func annotate(toks []Token) { mustDefault().Annotate(toks) }

// Annotate fills the ID, tags, lemma, head and relation of each token from
// its Form, keeping Start and End.
func (m *Model) Annotate(toks []Token) {
	if len(toks) == 0 {
		return
	}
	sc := m.getScratch()
	words := sc.words[:0]
	for _, t := range toks {
		words = append(words, t.Form)
	}
	ws := m.tagger.lexicon.infosTo(sc.infos[:0], words)
	tags, buf := m.tagger.tagTo(sc.tags, sc.buf, words, ws)
	m.parseTagged(sc, toks, ws, tags)
	clear(words) // the pool keeps no strings alive
	sc.words, sc.infos, sc.tags, sc.buf = words, ws, tags, buf
	m.scratch.Put(sc)
}

// getScratch takes working memory from the model's pool (Put it back).
func (m *Model) getScratch() *annotateScratch {
	if sc, _ := m.scratch.Get().(*annotateScratch); sc != nil {
		return sc
	}
	return new(annotateScratch)
}

// parseTagged fills toks from their tags and parses them, in the memory of
// sc.
func (m *Model) parseTagged(sc *annotateScratch, toks []Token, ws []wordInfo, tags []int) {
	heads, labels := m.parser.parseWith(&sc.parse, ws, tags)
	for i := range toks {
		t := &toks[i]
		t.ID = i + 1
		t.UPOS, t.XPOS = m.tagger.upos[tags[i]], m.tagger.xpos[tags[i]]
		t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
		t.Head, t.Deprel = heads[i+1], m.parser.labels[labels[i+1]]
	}
}

// Tagged is a sentence tagged but not parsed yet (see Tag). A rule that
// needs only the parts of speech of its words reads them with XPOS; Parse
// gives the tree when one is needed after all, without tagging again.
type Tagged struct {
	m     *Model
	words []string
	ws    []wordInfo
	tags  []int
}

// Tag tags one sentence of words already tokenized (UD-style) with the
// embedded model. Tag(words).Parse() is ParseTokens(words); tagging alone
// costs about a sixth of that.
func Tag(words []string) *Tagged { return mustDefault().Tag(words) }

// Tag tags one sentence of words already tokenized (see the function Tag).
func (m *Model) Tag(words []string) *Tagged {
	ws := m.tagger.lexicon.infosTo(make([]wordInfo, 0, len(words)), words)
	tags, _ := m.tagger.tagTo(nil, nil, words, ws)
	return &Tagged{m: m, words: words, ws: ws, tags: tags}
}

// DictXPOS is the Penn tag the embedded model's tagger gives word wherever
// it stands, with no need to tag its sentence: the tag of a frequent word
// its dictionary keeps (most words of news text), "" for any other word. A
// sentence without a finite verb may still have a VBN or JJ of this kind
// read as VBD (see ensureFinite); every other tag is final.
func DictXPOS(word string) string { return mustDefault().DictXPOS(word) }

// DictXPOS is the function DictXPOS for model m.
func (m *Model) DictXPOS(word string) string {
	if c, ok := m.tagger.dict[word]; ok {
		return m.tagger.xpos[c]
	}
	return ""
}

// Len is the number of words.
func (t *Tagged) Len() int { return len(t.tags) }

// XPOS is the Penn tag of word i, the one Parse gives it.
func (t *Tagged) XPOS(i int) string { return t.m.tagger.xpos[t.tags[i]] }

// UPOS is the universal tag of word i, the one Parse gives it.
func (t *Tagged) UPOS(i int) string { return t.m.tagger.upos[t.tags[i]] }

// Parse lemmatizes and parses the tagged words: the sentence ParseTokens
// gives for them.
func (t *Tagged) Parse() Sentence {
	toks := newTokens(t.words)
	if len(toks) == 0 {
		return Sentence{Tokens: toks}
	}
	sc := t.m.getScratch()
	t.m.parseTagged(sc, toks, t.ws, t.tags)
	t.m.scratch.Put(sc)
	return Sentence{Tokens: toks}
}

// annotateScratch is the memory Annotate needs for a sentence, kept in a
// pool for the next (BenchmarkAnnotate -benchmem: 5 allocations a sentence
// instead of 30, 1.5 kB instead of 5.1).
type annotateScratch struct {
	words []string
	infos []wordInfo
	tags  []int
	buf   []uint64
	parse parseScratch
}

// Model files start with modelMagic, or with modelMagic2 followed by the
// parser's feature options (optBetween, optSeparateLabels), so that a model
// trained without them is written as before, byte for byte.
const (
	modelMagic  = "geokg-syntax-model-1\n"
	modelMagic2 = "geokg-syntax-model-2\n"
)

// Feature options of modelMagic2.
const (
	optBetween        = 1 // TrainOptions.BetweenFeatures
	optSeparateLabels = 2 // TrainOptions.SeparateLabels: a labeller's table follows the parser's
	optKindFeatures   = 4 // TrainOptions.KindFeatures
)

func (p *parser) featureOptions() uint64 {
	var o uint64
	if p.between {
		o |= optBetween
	}
	if p.labeler != nil {
		o |= optSeparateLabels
	}
	if p.kindExtra {
		o |= optKindFeatures
	}
	return o
}

func (p *parser) labelerWeights() int {
	if p.labeler == nil {
		return 0
	}
	return p.labeler.numWeights()
}

// WriteModel writes m gzip-compressed, with weights quantised to 16 bits.
func (m *Model) WriteModel(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	e := &encoder{w: bw}
	if opts := m.parser.featureOptions(); opts != 0 {
		e.str(modelMagic2)
		e.uint(opts)
	} else {
		e.str(modelMagic)
	}
	e.strs(m.tagger.upos)
	e.strs(m.tagger.xpos)
	dictWords := make([]string, 0, len(m.tagger.dict))
	for w := range m.tagger.dict {
		dictWords = append(dictWords, w)
	}
	sort.Strings(dictWords)
	e.uint(uint64(len(dictWords)))
	for _, w := range dictWords {
		e.str(w)
		e.uint(uint64(m.tagger.dict[w]))
	}
	lexWords := make([]string, 0, len(m.tagger.lexicon))
	for w := range m.tagger.lexicon {
		lexWords = append(lexWords, w)
	}
	sort.Strings(lexWords)
	e.uint(uint64(len(lexWords)))
	for _, w := range lexWords {
		e.str(w)
		e.uint(m.tagger.lexicon[w])
	}
	e.features(m.tagger.model.features())
	e.lemmatizer(m.lemmas)
	e.strs(m.parser.labels)
	e.uint(uint64(m.parser.rootLabel))
	e.features(m.parser.model.features())
	if m.parser.labeler != nil {
		e.features(m.parser.labeler.features())
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ReadModel reads a model written by WriteModel.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	d := &decoder{r: zr, buf: make([]byte, 1<<16)}
	between, separate, kindExtra := false, false, false
	switch d.str() {
	case modelMagic:
	case modelMagic2:
		opts := d.uint()
		if opts > optBetween|optSeparateLabels|optKindFeatures {
			return nil, fmt.Errorf("read model: unknown feature options %#x (a newer geokg's model?)", opts)
		}
		between = opts&optBetween != 0
		separate = opts&optSeparateLabels != 0
		kindExtra = opts&optKindFeatures != 0 && !separate
	default:
		return nil, errors.New("read model: not a geokg syntax model")
	}
	t := &tagger{upos: d.strs(), xpos: d.strs(), dict: map[string]int{}}
	t.verbs = verbKinds(t.xpos)
	for n := d.uint(); n > 0 && d.err == nil; n-- {
		w := d.str()
		t.dict[w] = int(d.uint())
	}
	t.lexicon = lexicon{}
	for n := d.uint(); n > 0 && d.err == nil; n-- {
		w := d.str()
		t.lexicon[w] = d.uint()
	}
	t.model = d.compact(len(t.upos), -1)
	if t.model != nil {
		t.model.setBias(tagBias)
	}
	l := d.lemmatizer()
	if d.err != nil || len(t.xpos) != len(t.upos) {
		// A file cut short: classFlags needs both lists of tags whole.
		return nil, fmt.Errorf("read model: %w", cmp.Or(d.err, errors.New("tag lists of different lengths")))
	}
	p := &parser{labels: d.strs(), flags: classFlags(t.upos, t.xpos), between: between, kindExtra: kindExtra}
	p.rootLabel = int(d.uint())
	if separate {
		p.model = d.compact(3, 0)
		p.labeler = d.compact(len(p.labels), -1)
	} else {
		p.model = d.compact(numClasses(len(p.labels)), 1+2*len(p.labels))
		if p.model != nil {
			p.model.setBias(parseBias)
		}
	}
	if d.err != nil {
		return nil, fmt.Errorf("read model: %w", d.err)
	}
	return &Model{tagger: t, lemmas: l, parser: p}, nil
}

type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) uint(v uint64) { e.w.Write(e.buf[:binary.PutUvarint(e.buf[:], v)]) }
func (e *encoder) str(s string)  { e.uint(uint64(len(s))); e.w.WriteString(s) }
func (e *encoder) strs(ss []string) {
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

// features writes keys and classes delta-encoded in order and weights in
// steps of 1/weightSteps: finer steps change no decision.
func (e *encoder) features(all []feature) {
	var fs []feature
	for _, f := range all {
		g := feature{key: f.key}
		for i, w := range f.w {
			if math.Round(float64(w)*weightSteps) != 0 {
				g.cls, g.w = append(g.cls, f.cls[i]), append(g.w, w)
			}
		}
		if len(g.cls) > 0 {
			fs = append(fs, g)
		}
	}
	e.uint(uint64(len(fs)))
	prev := uint32(0)
	for _, f := range fs {
		e.uint(uint64(f.key - prev))
		prev = f.key
		e.uint(uint64(len(f.cls)))
		pc := uint16(0)
		for i, c := range f.cls {
			e.uint(uint64(c - pc))
			pc = c
			q := int64(quantize(f.w[i]))
			e.uint(uint64(q<<1) ^ uint64(q>>63)) // zigzag
		}
	}
}

func (e *encoder) lemmatizer(l *lemmatizer) {
	keys := make([]string, 0, len(l.rules))
	for k := range l.rules {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	e.uint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.uint(uint64(l.rules[k].cut))
		e.str(l.rules[k].add)
	}
	keys = keys[:0]
	for k := range l.exceptions {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	e.uint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.str(l.exceptions[k])
	}
}

// decoder reads a model through a buffer of its own: a varint is decoded
// from the buffer's bytes, not byte by byte through io.ByteReader (that
// took half the time of loading the model).
type decoder struct {
	r        io.Reader
	buf      []byte
	pos, end int   // the unread bytes are buf[pos:end]
	rerr     error // what r said last, once it stops
	err      error
}

// fill reads until the buffer holds a whole varint, or r stops.
func (d *decoder) fill() {
	d.end = copy(d.buf, d.buf[d.pos:d.end])
	d.pos = 0
	for d.end < binary.MaxVarintLen64 && d.rerr == nil {
		n, err := d.r.Read(d.buf[d.end:])
		d.end += n
		if err != nil {
			d.rerr = err
		}
	}
}

// errOverflow is binary.ReadUvarint's error for a varint too long.
var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	if d.end-d.pos < binary.MaxVarintLen64 {
		d.fill()
	}
	v, n := binary.Uvarint(d.buf[d.pos:d.end])
	switch {
	case n > 0:
		d.pos += n
		return v
	case n < 0:
		d.err = errOverflow
	case d.pos == d.end && d.rerr != nil:
		d.err = d.rerr // io.EOF when nothing is left, as ReadUvarint says
	default:
		d.err = io.ErrUnexpectedEOF
	}
	return 0
}

func (d *decoder) str() string {
	n := d.uint()
	if d.err != nil || n > 1<<20 {
		if d.err == nil {
			d.err = errors.New("string too long")
		}
		return ""
	}
	b := make([]byte, n)
	c := copy(b, d.buf[d.pos:d.end])
	d.pos += c
	if c < len(b) {
		// The buffer is empty: the rest comes from r.
		if _, err := io.ReadFull(d.r, b[c:]); err != nil {
			if err == io.EOF && c > 0 {
				err = io.ErrUnexpectedEOF
			}
			d.err = err
		}
	}
	return string(b)
}

func (d *decoder) strs() []string {
	n := d.uint()
	var out []string
	for ; n > 0 && d.err == nil; n-- {
		out = append(out, d.str())
	}
	return out
}

// compact reads features straight into a compact model, without the
// per-feature slices of newCompact, which would double the memory it takes
// to load the model.
func (d *decoder) compact(nClasses, inline int) *compactModel {
	n := d.uint()
	if d.err != nil || n > 1<<28 {
		if d.err == nil {
			d.err = errors.New("too many features")
		}
		return nil
	}
	b := newCompactBuilder(nClasses, inline, int(n))
	key := uint32(0)
	for ; n > 0 && d.err == nil; n-- {
		key += uint32(d.uint())
		k := d.uint()
		sl := slot{key: key}
		c := uint16(0)
		for ; k > 0 && d.err == nil; k-- {
			c += uint16(d.uint())
			z := d.uint()
			b.add(&sl, int(c), int16(int64(z>>1)^-int64(z&1)))
		}
		b.insert(sl)
	}
	return b.done()
}

func (d *decoder) lemmatizer() *lemmatizer {
	l := &lemmatizer{rules: map[string]lemmaRule{}, exceptions: map[string]string{}}
	for n := d.uint(); n > 0 && d.err == nil; n-- {
		k := d.str()
		cut := int(d.uint())
		l.rules[k] = lemmaRule{cut: cut, add: d.str()}
	}
	for n := d.uint(); n > 0 && d.err == nil; n-- {
		k := d.str()
		l.exceptions[k] = d.str()
	}
	return l
}
