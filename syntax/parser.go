package syntax

import "strings"

// The parser is a greedy arc-hybrid transition parser (Kuhlmann, Gómez-
// Rodríguez and Satta 2011) with the root at the end of the buffer
// (Ballesteros and Nivre 2013), so that the root is chosen last, once, among
// the words left. Transitions are scored by an averaged perceptron over the
// rich features of Zhang and Nivre (2011) adapted to arc-hybrid (the stack's
// s0 and s1 play the roles of arc-eager's s0 and its head); a label is chosen
// jointly with its arc. Training follows the dynamic oracle of Goldberg and
// Nivre (2013), exploring its own mistakes.

// Transitions: class 0 is SHIFT, 1+2l is LEFT with label l (s0 ← b0, pop
// s0), 2+2l is RIGHT with label l (s1 → s0, pop s0).
const (
	shift = 0
	left  = 1
	right = 2
)

func classOf(kind, label int) int {
	if kind == shift {
		return 0
	}
	return 2*label + kind
}

func actionOf(class int) (kind, label int) {
	if class == 0 {
		return shift, -1
	}
	return 2 - class%2, (class - 1) / 2
}

// The model also scores the three kinds of transition on their own, as
// classes after the labelled ones: a transition's score is its labelled
// score plus its kind's, so that what the attachment decisions learn is
// shared across labels instead of split among ~50 of them.
func numClasses(nLabels int) int { return 1 + 2*nLabels + 3 }

// combineScores adds each kind's score to its labelled transitions and
// returns the labelled scores.
func combineScores[T int32 | float32](scores []T, nLabels int) []T {
	base := 1 + 2*nLabels
	sh, l, r := scores[base], scores[base+1], scores[base+2]
	scores[0] += sh
	for c := 1; c < base; c += 2 {
		scores[c] += l
		scores[c+1] += r
	}
	return scores[:base]
}

// state is a parser configuration over words 1..n; 0 is the root, which sits
// after the last word of the buffer.
type state struct {
	n      int
	stack  []int
	b      int // first word of the buffer; n+1: only the root is left
	heads  []int
	labels []int
	// Two leftmost and two rightmost children, counts of children on each
	// side and the set of labels on each side (bit per label), by word.
	lc1, lc2, rc1, rc2 []int
	nl, nr             []int
	lset, rset         []uint64
	// The memory of the tables, kept by reset for the next sentence.
	ints []int
	sets []uint64
}

func newState(n int) *state {
	s := &state{}
	s.reset(n)
	return s
}

// reset makes s the initial configuration over n words, reusing its memory.
func (s *state) reset(n int) {
	s.n, s.b = n, 1
	if cap(s.stack) < n {
		s.stack = make([]int, 0, n)
	}
	s.stack = s.stack[:0]
	// One allocation for the eight tables of n+1 ints, one for the two sets.
	if cap(s.ints) < 8*(n+1) {
		s.ints = make([]int, 8*(n+1))
	}
	all := s.ints[:8*(n+1)]
	clear(all)
	next := func() []int {
		a := all[: n+1 : n+1]
		all = all[n+1:]
		return a
	}
	s.heads, s.labels = next(), next()
	s.lc1, s.lc2, s.rc1, s.rc2, s.nl, s.nr = next(), next(), next(), next(), next(), next()
	if cap(s.sets) < 2*(n+1) {
		s.sets = make([]uint64, 2*(n+1))
	}
	sets := s.sets[:2*(n+1)]
	clear(sets)
	s.lset, s.rset = sets[:n+1:n+1], sets[n+1:]
	for i := range s.heads {
		s.heads[i] = -1
	}
}

func (s *state) done() bool { return s.b > s.n && len(s.stack) == 0 }

// b0 is the first of the buffer: a word, or 0 for the root at its end.
func (s *state) b0() int {
	if s.b > s.n {
		return 0
	}
	return s.b
}

func (s *state) valid(kind int) bool {
	switch kind {
	case shift:
		return s.b <= s.n
	case left:
		// The root takes its one dependent when nothing else is left.
		return len(s.stack) > 0 && (s.b <= s.n || len(s.stack) == 1)
	default:
		return len(s.stack) > 1
	}
}

// validClasses marks the classes allowed now; rootLabel is only for the
// arc from the root.
func (s *state) validClasses(allowed []bool, rootLabel int) {
	allowed[0] = s.valid(shift)
	l, r := s.valid(left), s.valid(right)
	toRoot := s.b > s.n
	for c := 1; c < len(allowed); c++ {
		kind, lab := actionOf(c)
		if kind == left {
			allowed[c] = l && (lab == rootLabel) == toRoot
		} else {
			allowed[c] = r && lab != rootLabel
		}
	}
}

// bestClass returns the best class allowed now given the scores of the
// labelled classes and, after them, of the three kinds: the same class as
// argmax over combineScores with validClasses, ties to the lower class,
// without their passes over every class.
func (s *state) bestClass(scores []int32, nLabels, rootLabel int) int {
	base := 1 + 2*nLabels
	kinds := scores[base : base+3]
	l, r := s.valid(left), s.valid(right)
	toRoot := s.b > s.n
	bi, best := -1, int32(0)
	if s.valid(shift) {
		bi, best = 0, scores[0]+kinds[shift]
	}
	labelled := scores[1:base]
	for lab := 0; lab < nLabels; lab++ {
		if l && (lab == rootLabel) == toRoot {
			if v := labelled[2*lab] + kinds[left]; bi < 0 || v > best {
				bi, best = 1+2*lab, v
			}
		}
		if r && lab != rootLabel {
			if v := labelled[2*lab+1] + kinds[right]; bi < 0 || v > best {
				bi, best = 2+2*lab, v
			}
		}
	}
	return bi
}

// kid is the child of h that table a (lc1, rc1, ...) holds, n+1 (none)
// when h is none, the root or has no such child.
func (s *state) kid(a []int, h int) int {
	if none := s.n + 1; h == none || h == 0 || a[h] == 0 {
		return none
	}
	return a[h]
}

// lab is the label of word d as a feature value, noneLab for none.
func (s *state) lab(d int) uint64 {
	if d == s.n+1 {
		return noneLab
	}
	return uint64(s.labels[d])
}

// set is the set of labels table a (lset, rset) holds for h, 0 for none
// and the root.
func (s *state) set(a []uint64, h int) uint64 {
	if h == s.n+1 || h == 0 {
		return 0
	}
	return a[h]
}

func (s *state) apply(class int) {
	kind, lab := actionOf(class)
	switch kind {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case left:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.addArc(s.b0(), d, lab)
	default:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.addArc(s.stack[len(s.stack)-1], d, lab)
	}
}

func (s *state) addArc(h, d, lab int) {
	s.heads[d], s.labels[d] = h, lab
	if h == 0 {
		return
	}
	bit := uint64(1) << (uint(lab) & 63)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		if s.lc1[h] == 0 || d < s.lc1[h] {
			s.lc2[h], s.lc1[h] = s.lc1[h], d
		} else if s.lc2[h] == 0 || d < s.lc2[h] {
			s.lc2[h] = d
		}
	} else {
		s.nr[h]++
		s.rset[h] |= bit
		if s.rc1[h] == 0 || d > s.rc1[h] {
			s.rc2[h], s.rc1[h] = s.rc1[h], d
		} else if s.rc2[h] == 0 || d > s.rc2[h] {
			s.rc2[h] = d
		}
	}
}

// sentCtx holds the per-word values parser features read: word hashes and
// tag classes, with index 0 the root and n+1 "none".
type sentCtx struct {
	words []uint64
	tags  []uint64
	ambs  []uint64 // ambiguity classes (lexicon), which a wrong tag leaves right
	// Running counts of punctuation and of verbs up to each word (index
	// n+1: the root, after the last word), for what lies between two words:
	// a comma or a verb between them makes an arc less likely.
	puncts, verbs []int32
	// The memory of the tables, kept by reset for the next sentence.
	vals   []uint64
	counts []int32
}

// Flags of tag classes that the parser's between-features count.
const (
	flagVerb  = 1 // VB*, MD
	flagPunct = 2 // UPOS PUNCT
)

// classFlags gives the flags of each tag class.
func classFlags(upos, xpos []string) []uint8 {
	out := make([]uint8, len(upos))
	for i := range upos {
		if strings.HasPrefix(xpos[i], "VB") || xpos[i] == "MD" {
			out[i] |= flagVerb
		}
		if upos[i] == "PUNCT" {
			out[i] |= flagPunct
		}
	}
	return out
}

// Values of the root and of absent positions.
var (
	rootWord = strHash("<ROOT>")
	noneWord = strHash("<NONE>")
)

const (
	rootTag  = 1 << 20
	noneTag  = 1<<20 + 1
	noneLab  = 1 << 10
	maxDist  = 6
	maxValen = 4
)

func newSentCtx(ws []wordInfo, tags []int, flags []uint8) *sentCtx {
	c := &sentCtx{}
	c.reset(ws, tags, flags)
	return c
}

// reset makes c the context of another sentence, reusing its memory.
func (c *sentCtx) reset(ws []wordInfo, tags []int, flags []uint8) {
	n := len(ws)
	if cap(c.vals) < 3*(n+2) {
		c.vals = make([]uint64, 3*(n+2))
	}
	if cap(c.counts) < 2*(n+2) {
		c.counts = make([]int32, 2*(n+2))
	}
	vals, counts := c.vals[:3*(n+2)], c.counts[:2*(n+2)]
	clear(counts)
	c.words, c.tags, c.ambs = vals[:n+2:n+2], vals[n+2:2*(n+2):2*(n+2)], vals[2*(n+2):]
	c.puncts, c.verbs = counts[:n+2:n+2], counts[n+2:]
	c.words[0], c.tags[0], c.ambs[0] = rootWord, rootTag, rootTag
	c.words[n+1], c.tags[n+1], c.ambs[n+1] = noneWord, noneTag, noneTag
	for i, w := range ws {
		c.words[i+1] = w.lower
		c.tags[i+1] = uint64(tags[i])
		c.ambs[i+1] = w.amb
		f := flags[tags[i]]
		c.puncts[i+1] = c.puncts[i] + int32(f&flagPunct)/flagPunct
		c.verbs[i+1] = c.verbs[i] + int32(f&flagVerb)
	}
	c.puncts[n+1], c.verbs[n+1] = c.puncts[n], c.verbs[n]
}

// between returns how many punctuation marks (at most 3) and verbs (at most
// 2) lie strictly between words a and b (0 is the root, after the last
// word); none (n+1) gives 4, 3.
func (c *sentCtx) between(a, b int) uint64 {
	n := len(c.words) - 2
	if a == n+1 || b == n+1 {
		return 4<<2 | 3
	}
	if a == 0 {
		a = n + 1
	}
	if b == 0 {
		b = n + 1
	}
	if a > b {
		a, b = b, a
	}
	if b-a < 2 {
		return 0
	}
	p := min(c.puncts[b-1]-c.puncts[a], 3)
	v := min(c.verbs[b-1]-c.verbs[a], 2)
	return uint64(p)<<2 | uint64(v)
}

// parseFeatures appends the features of the configuration s; between adds
// those of the punctuation and verbs between s0 and b0 and between s1 and
// s0 (TrainOptions.BetweenFeatures).
//
// extra adds extraFeatures conjunctions, last: the parser of separate
// labels (TrainOptions.SeparateLabels) uses them, and the joint parser with
// TrainOptions.KindFeatures lets them score only the three kinds of
// transition. Such a feature's three weights sit in its slot of the table,
// so it costs one lookup and no labelled weights.
func parseFeatures(buf []uint64, c *sentCtx, s *state, between, extra bool) []uint64 {
	return appendParseFeatures(buf, c, s, between, extra, true)
}

// bufferWords returns the first three words of the buffer: 0 for the root
// after the last word, n+1 for none.
func (s *state) bufferWords() (b0, b1, b2 int) {
	none := s.n + 1
	b0, b1, b2 = s.b0(), none, none
	if s.b <= s.n {
		b1 = s.b + 1
		if b1 > s.n {
			b1 = 0 // the root follows the last word
		} else if b2 = s.b + 2; b2 > s.n+1 {
			b2 = none
		} else if b2 == s.n+1 {
			b2 = 0
		}
	} else {
		b0 = 0
	}
	return b0, b1, b2
}

// bufferFeatures appends the bias and the features of parseFeatures that
// read only the first words of the buffer (bufferFeatureCount of them), which
// stay the same until the next shift.
func bufferFeatures(buf []uint64, c *sentCtx, s *state) []uint64 {
	b0, b1, b2 := s.bufferWords()
	W, P, A := c.words, c.tags, c.ambs
	b0w, b0p, b1w, b1p, b2p := W[b0], P[b0], W[b1], P[b1], P[b2]
	return append(buf,
		parseBias,
		feat2(104, b0w, 0), feat2(105, b0p, 0), feat2(106, b0w, b0p),
		feat2(107, b1w, 0), feat2(108, b1p, 0), feat2(109, b1w, b1p), feat2(111, b2p, 0),
		feat2(123, b0p, b1p), feat(129, b0p, b1p, b2p, 0),
		feat2(191, A[b0], 0), feat2(193, A[b0], A[b1]),
	)
}

// bufferFeatureCount is the number of features bufferFeatures appends.
const bufferFeatureCount = 12

// appendParseFeatures is parseFeatures; without withBuffer, it leaves out
// those of bufferFeatures.
func appendParseFeatures(buf []uint64, c *sentCtx, s *state, between, extra, withBuffer bool) []uint64 {
	start := len(buf)
	none := s.n + 1
	st := func(k int) int {
		if k < len(s.stack) {
			return s.stack[len(s.stack)-1-k]
		}
		return none
	}
	s0, s1, s2 := st(0), st(1), st(2)
	b0, b1, b2 := s.bufferWords()
	cnt := func(a []int, h int) uint64 {
		if h == none || h == 0 {
			return maxValen + 1
		}
		return uint64(min(a[h], maxValen))
	}
	W, P, A := c.words, c.tags, c.ambs
	s0l, s0l2, s0r, s0r2 := s.kid(s.lc1, s0), s.kid(s.lc2, s0), s.kid(s.rc1, s0), s.kid(s.rc2, s0)
	b0l, b0l2 := s.kid(s.lc1, b0), s.kid(s.lc2, b0)
	s1l, s1r := s.kid(s.lc1, s1), s.kid(s.rc1, s1)
	d := uint64(maxDist + 1)
	if s0 != none {
		if b0 == 0 {
			d = maxDist + 2
		} else {
			d = uint64(min(b0-s0, maxDist))
		}
	}
	d10 := uint64(maxDist + 1)
	if s1 != none && s0 != none {
		d10 = uint64(min(s0-s1, maxDist))
	}
	s0w, s0p, s1w, s1p, s2p := W[s0], P[s0], W[s1], P[s1], P[s2]
	b0w, b0p, b1w, b1p, b2p := W[b0], P[b0], W[b1], P[b1], P[b2]
	// The first coreLabelFeatures features are those that matter most to
	// the labels: training may let only them score the labelled
	// transitions (TrainOptions.LabelFeatures), the others then scoring only
	// the kinds of transition.
	core := coreLabelFeatures
	if withBuffer {
		buf = append(buf, parseBias)
	} else {
		core -= 4 // the bias, 104, 105 and 106
	}
	buf = append(buf, feat2(101, s0w, 0), feat2(102, s0p, 0), feat2(103, s0w, s0p))
	if withBuffer {
		buf = append(buf, feat2(104, b0w, 0), feat2(105, b0p, 0), feat2(106, b0w, b0p))
	}
	buf = append(buf,
		feat2(113, s1w, 0), feat2(114, s1p, 0),
		feat2(122, s0p, b0p), feat2(121, s0w, b0w), feat2(125, s1p, s0p), feat2(124, s1w, s0w),
		feat2(141, s0p, d), feat2(143, b0p, d), feat(146, s1p, s0p, d10, 0),
		feat2(216, s0p, s.lab(s0l)), feat2(217, s0p, s.lab(s0r)), feat2(218, b0p, s.lab(b0l)), feat2(219, s1p, s.lab(s1r)),
		feat(220, s0p, s.set(s.lset, s0), s.set(s.rset, s0), 0), feat2(221, b0p, s.set(s.lset, b0)),
		feat(119, s0w, s0p, b0p, 0), feat(120, s0p, b0w, b0p, 0), feat(131, s1p, s0p, b0p, 0), feat2(227, b0p, P[b0l]),
		feat(116, s0w, s0p, b0w, b0p), feat(130, s0p, b0p, b1p, 0), feat(145, s0p, b0p, d, 0),
		feat(132, s0p, P[s0l], b0p, 0), feat(133, s0p, P[s0r], b0p, 0), feat(134, s0p, b0p, P[b0l], 0),
		feat2(156, W[s0l], 0), feat2(157, P[s0l], 0), feat2(161, s.lab(s0r), 0), feat2(162, W[b0l], 0),
		feat(126, s1w, s1p, s0p, 0), feat(127, s1p, s0w, s0p, 0), feat(117, s0w, s0p, b0w, 0), feat(118, s0w, b0w, b0p, 0),
	)
	if len(buf)-start != core {
		panic("syntax: coreLabelFeatures is out of date")
	}
	if withBuffer {
		buf = append(buf, feat2(107, b1w, 0), feat2(108, b1p, 0), feat2(109, b1w, b1p), feat2(111, b2p, 0))
	}
	buf = append(buf, feat2(115, s1w, s1p))
	if withBuffer {
		buf = append(buf, feat2(123, b0p, b1p))
	}
	buf = append(buf, feat(128, s1w, s1p, s0w, s0p))
	if withBuffer {
		buf = append(buf, feat(129, b0p, b1p, b2p, 0))
	}
	buf = append(buf,
		feat(135, s1p, s0p, P[s0l], 0), feat(136, s1p, P[s1r], s0p, 0), feat(137, s2p, s1p, s0p, 0),
		feat(138, s1p, s0p, P[s0r], 0), feat(139, s1p, P[s1l], s0p, 0),
		feat2(140, s0w, d), feat2(142, b0w, d), feat(144, s0w, b0w, d, 0),
		feat2(148, s0w, cnt(s.nr, s0)), feat2(149, s0p, cnt(s.nr, s0)),
		feat2(150, s0w, cnt(s.nl, s0)), feat2(151, s0p, cnt(s.nl, s0)),
		feat2(152, b0w, cnt(s.nl, b0)), feat2(153, b0p, cnt(s.nl, b0)), feat2(154, s1p, cnt(s.nr, s1)),
		feat2(158, s.lab(s0l), 0),
		feat2(159, W[s0r], 0), feat2(160, P[s0r], 0),
		feat2(163, P[b0l], 0), feat2(164, s.lab(b0l), 0),
		feat2(190, A[s0], 0), feat2(192, A[s0], A[b0]),
		feat2(194, A[s1], A[s0]),
		feat2(166, P[s1r], 0), feat2(167, s.lab(s1r), 0),
		feat2(169, P[s0l2], 0), feat2(170, s.lab(s0l2), 0),
		feat2(172, P[s0r2], 0), feat2(173, s.lab(s0r2), 0),
		feat2(175, P[b0l2], 0), feat2(176, s.lab(b0l2), 0),
		feat(177, s0p, P[s0l], P[s0l2], 0), feat(178, s0p, P[s0r], P[s0r2], 0), feat(179, b0p, P[b0l], P[b0l2], 0),
		feat(186, s0p, s.lab(s0l), s.lab(s0r), b0p),
		feat(188, s0w, s0p, b0p, b1p), feat(189, s0p, b0w, b0p, b1p),
	)
	if withBuffer {
		buf = append(buf, feat2(191, A[b0], 0), feat2(193, A[b0], A[b1]))
	}
	if between {
		buf = append(buf, feat(240, s0p, b0p, c.between(s0, b0), 0), feat(241, s1p, s0p, c.between(s1, s0), 0))
	}
	if extra {
		// The tags just after s0 and just before b0: what lies between them.
		after, before := none, none
		if s0 != none && s0+1 < b0 {
			after = s0 + 1
		}
		if s0 != none && b0 > s0+1 {
			before = b0 - 1
		} else if b0 == 0 && s0 != none && s0 < s.n {
			before = s.n
		}
		buf = append(buf,
			feat(250, s0p, P[after], b0p, 0), feat(251, s0p, P[before], b0p, 0), feat(252, s0p, P[after], P[before], b0p),
			feat(253, s1p, s0p, b0p, b1p), feat(254, s0p, b0p, b1p, b2p), feat(255, s1p, s0p, b0p, d10),
			feat(256, s1w, s0w, b0w, 0), feat(257, s1p, s0w, b0p, 0), feat(258, s1w, s0p, b0p, 0),
			feat(259, s0p, b0p, s.lab(s0l), s.lab(s0r)), feat(260, s1p, s0p, s.lab(s1r), s.set(s.rset, s1)),
			feat(261, s0w, b0p, d, 0), feat(262, s0p, b0w, d, 0), feat(263, s0p, b0p, d, c.between(s0, b0)),
			feat(264, s1p, s0p, d10, c.between(s1, s0)), feat(265, s0p, b0p, s.set(s.lset, b0), s.lab(s0r)),
		)
	}
	return buf
}

// parseBias is the feature every configuration has, first of parseFeatures.
var parseBias = feat2(100, 0, 0)

// coreLabelFeatures is the number of features that matter most to labels.
const coreLabelFeatures = 40

// extraFeatures is the number of conjunctions parseFeatures adds with extra.
const extraFeatures = 16

// labelFeatures appends the features that choose the label of the arc h → d
// (h 0: the root) in configuration s, once the arc is chosen
// (TrainOptions.SeparateLabels): the two words, their tags, direction and
// distance, and the children both already have.
func labelFeatures(buf []uint64, c *sentCtx, s *state, h, d int) []uint64 {
	n := s.n
	none := n + 1
	W, P, A := c.words, c.tags, c.ambs
	kid, lab, set := s.kid, s.lab, s.set
	dir := uint64(0)
	dist := uint64(maxDist + 2)
	if h != 0 {
		if h < d {
			dir = 1
		}
		dist = uint64(min(max(h-d, d-h), maxDist))
	}
	prev, next := none, none
	if d > 1 {
		prev = d - 1
	}
	if d < n {
		next = d + 1
	}
	hprev, hnext := none, none
	if h > 1 {
		hprev = h - 1
	}
	if h != 0 && h < n {
		hnext = h + 1
	}
	dw, dp, hw, hp := W[d], P[d], W[h], P[h]
	dl, dr := kid(s.lc1, d), kid(s.rc1, d)
	buf = append(buf,
		feat2(300, dir, 0),
		feat2(301, dw, dir), feat2(302, dp, dir), feat(303, dw, dp, dir, 0),
		feat2(304, hw, dir), feat2(305, hp, dir), feat(306, hw, hp, dir, 0),
		feat(307, hp, dp, dir, 0), feat(308, hw, dp, dir, 0), feat(309, hp, dw, dir, 0), feat(310, hw, dw, dir, 0),
		feat(311, hp, dp, dist, dir), feat(312, hw, hp, dp, dir), feat(313, hp, dw, dp, dir),
		feat2(314, A[d], dir), feat(315, A[h], A[d], dir, 0),
		feat(316, dp, lab(dl), lab(dr), dir), feat(317, dp, set(s.lset, d), set(s.rset, d), dir),
		feat(318, hp, dp, set(s.lset, h), set(s.rset, h)), feat(319, hp, dp, uint64(min(s.nl[h], maxValen)), uint64(min(s.nr[h], maxValen))),
		feat(320, dp, P[dl], P[dr], dir), feat(321, dw, W[dl], dir, 0), feat(322, dw, W[dr], dir, 0),
		feat(323, dp, P[prev], P[next], dir), feat(324, dp, W[prev], dir, 0), feat(325, dp, W[next], dir, 0),
		feat(326, hp, P[hprev], P[hnext], dp), feat(327, hp, dp, c.between(h, d), dir),
		feat(328, dw, dp, hp, dist), feat(329, dp, uint64(min(s.nl[d], maxValen)), uint64(min(s.nr[d], maxValen)), dir),
	)
	return buf
}

// parser decodes dependency trees.
type parser struct {
	labels    []string // of each label number
	rootLabel int
	flags     []uint8 // of each tag class (classFlags)
	between   bool    // features of what lies between words (TrainOptions.BetweenFeatures)
	kindExtra bool    // the extra conjunctions, scoring the kinds only (TrainOptions.KindFeatures)
	model     *compactModel
	// labeler, when not nil, scores the labels of an arc once model, which
	// then scores only the three kinds of transition, has chosen it
	// (TrainOptions.SeparateLabels).
	labeler *compactModel
}

// chooseLabel returns the label of the arc h → d (the root's is rootLabel;
// no other arc has it).
func chooseLabel(m *compactModel, buf []uint64, c *sentCtx, s *state, h, d, rootLabel int, scores []int32) int {
	if h == 0 {
		return rootLabel
	}
	buf = labelFeatures(buf[:0], c, s, h, d)
	clear(scores)
	m.score(buf, scores)
	best := -1
	for l, v := range scores {
		if l != rootLabel && (best < 0 || v > scores[best]) {
			best = l
		}
	}
	return best
}

// arcOf returns the head and dependent of an arc of kind left or right in s.
func (s *state) arcOf(kind int) (h, d int) {
	d = s.stack[len(s.stack)-1]
	if kind == left {
		return s.b0(), d
	}
	return s.stack[len(s.stack)-2], d
}

// parseSeparate is parse for a model whose labels are chosen after the arc.
func (p *parser) parseSeparate(ws []wordInfo, tags []int) (heads, labels []int) {
	n := len(ws)
	c := newSentCtx(ws, tags, p.flags)
	s := newState(n)
	var kinds [3]int32
	var sc [classCap]int32
	labScores := newScores(len(p.labels), &sc)
	var buf []uint64
	for !s.done() {
		switch {
		case len(s.stack) == 0:
			s.apply(classOf(shift, 0))
			continue
		case len(s.stack) == 1 && s.b > n:
			s.apply(classOf(left, p.rootLabel))
			continue
		}
		buf = parseFeatures(buf[:0], c, s, p.between, true)
		kinds = [3]int32{}
		p.model.score(buf, kinds[:])
		kind := -1
		for k := shift; k <= right; k++ {
			if s.valid(k) && (kind < 0 || kinds[k] > kinds[kind]) {
				kind = k
			}
		}
		lab := 0
		if kind != shift {
			h, d := s.arcOf(kind)
			lab = chooseLabel(p.labeler, buf, c, s, h, d, p.rootLabel, labScores)
		}
		s.apply(classOf(kind, lab))
	}
	return s.heads, s.labels
}

// parseScratch is the memory a parse needs, kept for the next one.
type parseScratch struct {
	s   state
	c   sentCtx
	buf []uint64
}

// parse returns the head and label number of each word (1-based words,
// index 0 unused) given their tag classes.
func (p *parser) parse(ws []wordInfo, tags []int) (heads, labels []int) {
	return p.parseWith(new(parseScratch), ws, tags)
}

// parseWith is parse in the memory of ps; heads and labels are ps's until
// its next use.
func (p *parser) parseWith(ps *parseScratch, ws []wordInfo, tags []int) (heads, labels []int) {
	if p.labeler != nil {
		return p.parseSeparate(ws, tags)
	}
	n := len(ws)
	c, s := &ps.c, &ps.s
	c.reset(ws, tags, p.flags)
	s.reset(n)
	var sc, bsc [classCap]int32
	scores := newScores(numClasses(len(p.labels)), &sc)
	// The scores of bufferFeatures, which change only with the buffer: a
	// step that adds an arc leaves it as it was.
	bscores := newScores(len(scores), &bsc)
	bufferAt := -1
	buf := ps.buf[:0]
	for !s.done() {
		// Forced moves need no scoring: an empty stack shifts, a last word
		// alone before the root becomes the root.
		switch {
		case len(s.stack) == 0:
			s.apply(classOf(shift, 0))
			continue
		case len(s.stack) == 1 && s.b > n:
			s.apply(classOf(left, p.rootLabel))
			continue
		}
		if s.b != bufferAt {
			buf = bufferFeatures(buf[:0], c, s)
			p.model.scoreAll(buf, bscores)
			bufferAt = s.b
		}
		buf = appendParseFeatures(buf[:0], c, s, p.between, p.kindExtra, false)
		copy(scores, bscores)
		p.model.score(buf, scores)
		s.apply(s.bestClass(scores, len(p.labels), p.rootLabel))
	}
	ps.buf = buf
	return s.heads, s.labels
}
