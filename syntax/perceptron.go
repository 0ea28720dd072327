package syntax

import (
	"math"
	"sort"
)

// Features are hashed to uint64 keys (never 0) and scored by a sparse
// multiclass linear model: each feature holds weights for the few classes
// that training ever updated with it. The training form keeps the running
// sums for averaging; the compact form used at parse time is an
// open-addressing table over flat arrays, which keeps a parse to a few cache
// lines per feature.

// Mixing constants from splitmix64.
const (
	mixA = 0x9E3779B97F4A7C15
	mixB = 0xBF58476D1CE4E5B9
	mixC = 0x94D049BB133111EB
)

func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= mixB
	h ^= h >> 27
	h *= mixC
	h ^= h >> 31
	return h
}

// feat hashes a template number and up to four values into a feature key.
func feat(tmpl uint64, a, b, c, d uint64) uint64 {
	h := mix(mix(tmpl*mixA^a) ^ b*mixA)
	if c|d != 0 {
		h = mix(h ^ c*mixB ^ d*mixC)
	}
	return h | 1
}

// feat2 is feat(tmpl, a, b, 0, 0), small enough to be inlined (with a
// constant b of 0, one multiplication less): two thirds of the features
// have two values or one.
func feat2(tmpl uint64, a, b uint64) uint64 {
	return mix(mix(tmpl*mixA^a)^b*mixA) | 1
}

// strHash is FNV-1a, for the string parts of features.
func strHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h)
}

// trainWeight is one class's weight of a feature during training, with the
// lazily updated sum for averaging (float64: the sums outgrow float32).
type trainWeight struct {
	cls uint16
	w   float32
	ts  int32
	tot float64
}

// perceptron is the averaged multiclass perceptron in training.
type perceptron struct {
	idx   map[uint64]int32
	ws    [][]trainWeight
	clock int32 // number of examples seen, for averaging
}

func newPerceptron() *perceptron { return &perceptron{idx: map[uint64]int32{}} }

func (p *perceptron) score(feats []uint64, scores []float32) {
	for _, f := range feats {
		i, ok := p.idx[f]
		if !ok {
			continue
		}
		for _, e := range p.ws[i] {
			scores[e.cls] += e.w
		}
	}
}

// update moves the weights of feats towards class good and away from bad;
// tick counts one example. Call tick for every example, updated or not.
func (p *perceptron) update(feats []uint64, good, bad int) {
	if good == bad {
		return
	}
	for _, f := range feats {
		i, ok := p.idx[f]
		if !ok {
			i = int32(len(p.ws))
			p.idx[f] = i
			p.ws = append(p.ws, nil)
		}
		p.bump(i, good, 1)
		p.bump(i, bad, -1)
	}
}

func (p *perceptron) bump(i int32, cls int, d float32) {
	ws := p.ws[i]
	for k := range ws {
		if int(ws[k].cls) == cls {
			e := &ws[k]
			e.tot += float64(p.clock-e.ts) * float64(e.w)
			e.ts = p.clock
			e.w += d
			return
		}
	}
	p.ws[i] = append(ws, trainWeight{cls: uint16(cls), w: d, ts: p.clock})
}

func (p *perceptron) tick() { p.clock++ }

// compactModel is the averaged, pruned model used at parse time. A
// lookup touches one or two cache lines: the slot, which holds the weights
// of up to three classes (the parser's kinds of transition) and of one
// more, then the other classes' weights, packed one uint32 per class
// (packWeight) in groups of four. Scores come out in units
// of 1/weightSteps, as integers: an integer add is cheaper than a float one,
// and the sums are exact, so that decisions do not depend on the order of
// the features.
type compactModel struct {
	nClasses int
	inline   int // first of the three classes kept in the slots; -1: none
	mask     uint64
	shift    uint32 // a key's home slot is home(key) >> shift (see homeSlot)
	slots    []slot // open addressing by key32; key 0 = empty
	// Packed weights: a slot's run starts a group of four and its last
	// group is filled up with zeros (class 0, weight 0), so that the
	// adding loop takes four at a time and needs no tail.
	packed [][4]uint32
	// The feature every example has (the bias, first of every list) and its
	// weights as a dense row, which scoreAll copies instead of looking it up
	// and adding its weights one by one (setBias).
	biasKey uint64
	bias    []int32
}

type slot struct {
	key uint32
	// start is the group of the first of the n packed weights; when n is
	// 1, it is that weight itself (a fifth of the parser's features have
	// one weight: their lookup then touches one cache line instead of two).
	start uint32
	w     [3]int16 // of classes inline, inline+1, inline+2
	n     uint16   // packed weights at start
}

// packWeight packs class c's weight q (in 1/weightSteps) into a uint32:
// the weight in the high half, so that a signed shift extracts it, the
// class in the low one, whose low byte indexes scores of up to classCap.
func packWeight(c int, q int16) uint32 { return uint32(q)<<16 | uint32(uint16(c)) }

func unpackWeight(e uint32) (c int, q int16) { return int(uint16(e)), int16(e >> 16) }

// groups returns the groups of four packed weights of a slot with n != 1.
func (m *compactModel) groups(sl *slot) [][4]uint32 {
	return m.packed[sl.start : sl.start+(uint32(sl.n)+3)/4]
}

// weights returns the packed weights of a slot.
func (m *compactModel) weights(sl *slot) []uint32 {
	if sl.n == 1 {
		return []uint32{sl.start}
	}
	var ws []uint32
	for _, g := range m.groups(sl) {
		ws = append(ws, g[:]...)
	}
	return ws[:sl.n]
}

// numWeights is the number of packed weights.
func (m *compactModel) numWeights() int {
	n := 0
	for _, sl := range m.slots {
		if sl.key != 0 {
			n += int(sl.n)
		}
	}
	return n
}

// weightSteps is the precision of the weights: finer steps change no decision.
const weightSteps = 32

// key32 is the key a compact model stores for a feature: 32 bits are
// enough to tell apart its million or so features (a few hundred collide,
// harmlessly) and halve the table and the model file.
func key32(f uint64) uint32 { return uint32(f>>32) | 1 }

// home is the slot where the search for key k (a key32) starts, before
// masking. Not k itself: its lowest bit is always 1, so that only every
// other slot would be a home and the runs of full slots, which a search
// walks, would be those of a table twice as full.
func home(k uint32) uint32 { return k >> 1 }

// homeSlot is the slot where the search for key k starts: the top bits of
// its home, so that the keys, which a model file lists in order, fill the
// table from its start to its end as they are read, one cache line after
// the other, instead of all over it (inserting was then most of the time
// of loading a model). Any bits of the hash serve lookups alike.
func (m *compactModel) homeSlot(k uint32) uint32 { return home(k) >> m.shift }

// setBias makes scoreAll take the weights of feature f, which must come
// first in every list of features scored, from a dense row.
func (m *compactModel) setBias(f uint64) {
	m.bias = make([]int32, m.nClasses)
	m.score([]uint64{f}, m.bias)
	m.biasKey = f
}

// scoreAll sets scores to the sum of the weights of feats.
func (m *compactModel) scoreAll(feats []uint64, scores []int32) {
	if len(feats) > 0 && m.bias != nil && feats[0] == m.biasKey {
		copy(scores, m.bias)
		feats = feats[1:]
	} else {
		clear(scores)
	}
	m.score(feats, scores)
}

// scoreBatch is the number of features score looks up together.
const scoreBatch = 160

// score adds the weights of feats to scores.
func (m *compactModel) score(feats []uint64, scores []int32) {
	for len(feats) > scoreBatch {
		m.scoreBatch(feats[:scoreBatch], scores)
		feats = feats[scoreBatch:]
	}
	m.scoreBatch(feats, scores)
}

func (m *compactModel) scoreBatch(feats []uint64, scores []int32) {
	// First touch every feature's home slot, then find its slot and touch
	// its packed weights (the first and last cache line of them), in loops
	// of independent loads: the processor then waits for the cache misses
	// of many features at once instead of one after the other. Then add.
	var at [scoreBatch]uint32
	feats = feats[:min(len(feats), scoreBatch)]
	mask, shift := uint32(m.mask), m.shift
	slots := m.slots[:mask+1] // so that i&mask indexes it without a bounds check
	touch := uint32(0)
	for j, f := range feats {
		i := home(key32(f)) >> shift & mask
		at[j] = i
		touch += slots[i].key
	}
	found := 0
	for j, f64 := range feats {
		f, i := key32(f64), at[j]&mask
		for {
			sl := &slots[i]
			if sl.key == f {
				at[found] = i // found <= j: at[j] is read already
				found++
				if sl.n > 1 {
					touch += m.packed[sl.start][0] + m.packed[sl.start+(uint32(sl.n)-1)/4][0]
				}
				break
			}
			if sl.key == 0 {
				break
			}
			i = (i + 1) & mask
		}
	}
	if touch == 1<<32-1 { // never in practice; keeps the loads above
		scores[0] += 0
	}
	var in *[3]int32
	if m.inline >= 0 {
		in = (*[3]int32)(scores[m.inline : m.inline+3])
	}
	// With at most classCap classes, the low byte of a packed weight indexes
	// an array without a bounds check.
	if cap(scores) < classCap || m.nClasses > classCap {
		for _, i := range at[:found] {
			sl := &slots[i&mask]
			if in != nil {
				in[0] += int32(sl.w[0])
				in[1] += int32(sl.w[1])
				in[2] += int32(sl.w[2])
			}
			if sl.n == 1 {
				c, q := unpackWeight(sl.start)
				scores[c] += int32(q)
				continue
			}
			for _, g := range m.groups(sl) {
				for _, e := range g {
					c, q := unpackWeight(e)
					scores[c] += int32(q)
				}
			}
		}
		return
	}
	sc := (*[classCap]int32)(scores[:classCap])
	packed := m.packed
	for _, i := range at[:found] {
		sl := &slots[i&mask]
		if in != nil {
			in[0] += int32(sl.w[0])
			in[1] += int32(sl.w[1])
			in[2] += int32(sl.w[2])
		}
		if sl.n == 1 {
			e := sl.start
			sc[uint8(e)] += int32(e) >> 16
			continue
		}
		// Most of the time goes to this loop. A zero filling up the last
		// group adds 0 to class 0.
		for k, end := sl.start, sl.start+(uint32(sl.n)+3)/4; k < end; k++ {
			g := &packed[k]
			sc[uint8(g[0])] += int32(g[0]) >> 16
			sc[uint8(g[1])] += int32(g[1]) >> 16
			sc[uint8(g[2])] += int32(g[2]) >> 16
			sc[uint8(g[3])] += int32(g[3]) >> 16
		}
	}
}

// classCap is the capacity of a scores slice (newScores) that lets score
// index it without bounds checks.
const classCap = 256

// newScores returns n scores in arr, or in a new slice if they do not fit.
func newScores(n int, arr *[classCap]int32) []int32 {
	if n <= classCap {
		return arr[:n]
	}
	return make([]int32, n)
}

// quantize rounds a weight to its int16 steps, clamped.
func quantize(w float32) int16 {
	return int16(max(-32767, min(32767, math.Round(float64(w)*weightSteps))))
}

// feature is one feature of a compact model under construction.
type feature struct {
	key uint32
	cls []uint16
	w   []float32
}

// average returns the averaged weights, dropping those whose magnitude is
// below minWeight (rare features that barely moved), in key order, classes
// in order; features whose keys collide in 32 bits are merged.
func (p *perceptron) average(minWeight float64) []feature {
	type kk struct {
		k32 uint32
		k   uint64
	}
	keys := make([]kk, 0, len(p.idx))
	for k := range p.idx {
		keys = append(keys, kk{key32(k), k})
	}
	sort.Slice(keys, func(a, b int) bool {
		if keys[a].k32 != keys[b].k32 {
			return keys[a].k32 < keys[b].k32
		}
		return keys[a].k < keys[b].k
	})
	var out []feature
	for i := 0; i < len(keys); {
		sum := map[uint16]float64{}
		j := i
		for ; j < len(keys) && keys[j].k32 == keys[i].k32; j++ {
			for _, e := range p.ws[p.idx[keys[j].k]] {
				tot := e.tot + float64(p.clock-e.ts)*float64(e.w)
				sum[e.cls] += tot / float64(max(p.clock, 1))
			}
		}
		f := feature{key: keys[i].k32}
		for c, w := range sum {
			if math.Abs(w) >= minWeight {
				f.cls = append(f.cls, c)
			}
		}
		sort.Slice(f.cls, func(a, b int) bool { return f.cls[a] < f.cls[b] })
		for _, c := range f.cls {
			f.w = append(f.w, float32(sum[c]))
		}
		if len(f.cls) > 0 {
			out = append(out, f)
		}
		i = j
	}
	return out
}

// pruneClasses drops from fs the weights of classes below `below` whose
// magnitude is under minWeight, and the features left without weights.
func pruneClasses(fs []feature, below int, minWeight float64) []feature {
	out := fs[:0]
	for _, f := range fs {
		g := feature{key: f.key}
		for i, c := range f.cls {
			if int(c) >= below || math.Abs(float64(f.w[i])) >= minWeight {
				g.cls, g.w = append(g.cls, c), append(g.w, f.w[i])
			}
		}
		if len(g.cls) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// newCompact builds the parse-time table from features, dropping weights
// that round to zero. Classes inline..inline+2 are kept in the slots
// (inline -1: none).
func newCompact(nClasses, inline int, feats []feature) *compactModel {
	b := newCompactBuilder(nClasses, inline, len(feats))
	for _, f := range feats {
		sl := slot{key: f.key}
		any := false
		for j, c := range f.cls {
			q := quantize(f.w[j])
			if q == 0 {
				continue
			}
			b.add(&sl, int(c), q)
			any = true
		}
		if any {
			b.insert(sl)
		}
	}
	return b.done()
}

// compactBuilder fills a compact model's table. It collects the groups of
// packed weights in chunks and copies them into one slice at the end:
// appending to one slice would leave about four times its size as garbage
// (each growth by a quarter copies the whole), which a model's decoding
// would then carry to its peak of memory.
type compactBuilder struct {
	m      *compactModel
	chunks [][][4]uint32
	groups int // in chunks
}

const chunkGroups = 1 << 15

// newCompactBuilder starts a model of n features at most.
func newCompactBuilder(nClasses, inline, n int) *compactBuilder {
	size, bits := 1, uint32(0)
	for size < 2*n+1 {
		size <<= 1
		bits++
	}
	m := &compactModel{nClasses: nClasses, inline: inline, mask: uint64(size - 1), shift: 31 - bits, slots: make([]slot, size)}
	adviseHugePages(m.slots)
	return &compactBuilder{m: m}
}

// add gives sl the weight q of class c; the packed weights of a slot must
// be added one after the other, before the next slot's.
func (b *compactBuilder) add(sl *slot, c int, q int16) {
	if inline := b.m.inline; inline >= 0 && c >= inline && c < inline+3 {
		sl.w[c-inline] = q
		return
	}
	e := packWeight(c, q)
	switch {
	case sl.n == 0:
		sl.start = e // alone, it stays in the slot
	case sl.n == 1:
		first := sl.start
		sl.start = uint32(b.groups)
		b.group([4]uint32{first, e})
	case sl.n%4 == 0:
		b.group([4]uint32{e})
	default:
		last := b.chunks[len(b.chunks)-1]
		last[len(last)-1][sl.n%4] = e
	}
	sl.n++
}

// group appends a group of packed weights.
func (b *compactBuilder) group(g [4]uint32) {
	if len(b.chunks) == 0 || len(b.chunks[len(b.chunks)-1]) == chunkGroups {
		b.chunks = append(b.chunks, make([][4]uint32, 0, chunkGroups))
	}
	last := &b.chunks[len(b.chunks)-1]
	*last = append(*last, g)
	b.groups++
}

// insert puts sl in its slot.
func (b *compactBuilder) insert(sl slot) {
	m := b.m
	i := uint64(m.homeSlot(sl.key)) & m.mask
	for m.slots[i].key != 0 {
		i = (i + 1) & m.mask
	}
	m.slots[i] = sl
}

// done returns the model.
func (b *compactBuilder) done() *compactModel {
	b.m.packed = make([][4]uint32, 0, b.groups)
	for _, c := range b.chunks {
		b.m.packed = append(b.m.packed, c...)
	}
	b.chunks = nil
	return b.m
}

// argmax returns the best class among those allowed (all when allowed is
// nil), or -1 when none is.
func argmax[T int32 | float32](scores []T, allowed []bool) int {
	var best T
	bi := -1
	for c, s := range scores {
		if (allowed == nil || allowed[c]) && (bi < 0 || s > best) {
			best, bi = s, c
		}
	}
	return bi
}

// features lists the features of m in key order, classes in order.
func (m *compactModel) features() []feature {
	var out []feature
	for _, sl := range m.slots {
		if sl.key == 0 {
			continue
		}
		f := feature{key: sl.key}
		for _, e := range m.weights(&sl) {
			c, q := unpackWeight(e)
			f.cls = append(f.cls, uint16(c))
			f.w = append(f.w, float32(q)/weightSteps)
		}
		for k, q := range sl.w {
			if q != 0 && m.inline >= 0 {
				f.cls = append(f.cls, uint16(m.inline+k))
				f.w = append(f.w, float32(q)/weightSteps)
			}
		}
		out = append(out, f)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].key < out[b].key })
	return out
}
