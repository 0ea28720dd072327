package syntax

import "math/rand/v2"

// parseSentence is a training sentence for the parser: words, their tag
// classes (predicted, as at parse time), and the gold tree with words
// numbered from 1 (index 0 unused).
type parseSentence struct {
	words  []wordInfo
	tags   []int
	heads  []int
	labels []int
}

// kindCosts returns how many gold arcs each kind of transition makes
// unreachable from s (Goldberg and Nivre 2013, arc-hybrid), -1 if invalid.
// gh are the gold heads.
func kindCosts(s *state, gh []int) (cs, cl, cr int) {
	cs, cl, cr = -1, -1, -1
	inBuffer := func(x int) bool { return x == 0 || x >= s.b }
	depsInBuffer := func(h int) int {
		c := 0
		for d := s.b; d <= s.n; d++ {
			if gh[d] == h {
				c++
			}
		}
		return c
	}
	s0, s1 := -1, -1
	if k := len(s.stack); k > 0 {
		s0 = s.stack[k-1]
		if k > 1 {
			s1 = s.stack[k-2]
		}
	}
	if s.valid(shift) {
		b := s.b
		cs = 0
		for _, d := range s.stack {
			if gh[d] == b {
				cs++
			}
			if d == gh[b] && d != s0 {
				cs++
			}
		}
	}
	if s.valid(left) {
		cl = depsInBuffer(s0)
		if h := gh[s0]; h != s.b0() && (h == s1 || inBuffer(h)) {
			cl++
		}
	}
	if s.valid(right) {
		cr = depsInBuffer(s0)
		if inBuffer(gh[s0]) {
			cr++
		}
	}
	return cs, cl, cr
}

// classCosts fills the cost of every class (-1 invalid) and returns the
// smallest cost of a valid class.
func classCosts(s *state, ps *parseSentence, rootLabel int, costs []int, allowed []bool) int {
	cs, cl, cr := kindCosts(s, ps.heads)
	s.validClasses(allowed, rootLabel)
	best := -1
	var s0, s1 int
	if k := len(s.stack); k > 0 {
		s0 = s.stack[k-1]
		if k > 1 {
			s1 = s.stack[k-2]
		}
	}
	for c := range costs {
		if !allowed[c] {
			costs[c] = -1
			continue
		}
		kind, lab := actionOf(c)
		switch kind {
		case shift:
			costs[c] = cs
		case left:
			costs[c] = cl
			if ps.heads[s0] == s.b0() && lab != ps.labels[s0] {
				costs[c]++
			}
		default:
			costs[c] = cr
			if ps.heads[s0] == s1 && lab != ps.labels[s0] {
				costs[c]++
			}
		}
		if best < 0 || costs[c] < best {
			best = costs[c]
		}
	}
	return best
}

// trainParser trains the transition classifier for epochs passes over
// sents, in an order shuffled by rng; after the first pass it follows its
// own predictions nine times in ten, so that it learns to recover from its
// mistakes. afterEpoch, when not nil, is called after each pass; training
// stops when it returns false.
// Only the first labelFeats features of a configuration learn weights for
// the labelled transitions (0: all); with kindExtra the extra conjunctions
// of parseFeatures are added and learn weights for the kinds only.
func trainParser(sents []parseSentence, flags []uint8, between, kindExtra bool, nLabels, rootLabel, labelFeats, epochs int, rng *rand.Rand, afterEpoch func(epoch int, p *perceptron) bool) *perceptron {
	p := newPerceptron()
	nClasses := 1 + 2*nLabels
	base := nClasses // the kinds' own classes follow the labelled ones
	all := make([]float32, numClasses(nLabels))
	allowed := make([]bool, nClasses)
	costs := make([]int, nClasses)
	var buf []uint64
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			ps := &sents[si]
			c := newSentCtx(ps.words, ps.tags, flags)
			s := newState(len(ps.words))
			for !s.done() {
				buf = parseFeatures(buf[:0], c, s, between, kindExtra)
				clear(all)
				p.score(buf, all)
				scores := combineScores(all, nLabels)
				minCost := classCosts(s, ps, rootLabel, costs, allowed)
				pred := argmax(scores, allowed)
				gold, gs := -1, float32(0)
				for cl, cost := range costs {
					if cost == minCost && (gold < 0 || scores[cl] > gs) {
						gold, gs = cl, scores[cl]
					}
				}
				if costs[pred] > minCost {
					lf := len(buf)
					if kindExtra {
						lf -= extraFeatures
					}
					if labelFeats > 0 && labelFeats < lf {
						lf = labelFeats
					}
					p.update(buf[:lf], gold, pred)
					kg, _ := actionOf(gold)
					kp, _ := actionOf(pred)
					p.update(buf, base+kg, base+kp)
				}
				p.tick()
				next := gold
				if ep > 0 && rng.Float64() < 0.9 {
					next = pred
				}
				s.apply(next)
			}
		}
		if afterEpoch != nil && !afterEpoch(ep, p) {
			break
		}
	}
	return p
}

// trainSeparate trains, for TrainOptions.SeparateLabels, a classifier of the
// three kinds of transition over parseFeatures (kinds) and one of the
// labels of the arcs over labelFeatures (labels), with the same dynamic
// oracle as trainParser. The labeller learns from every arc the parser
// makes whose head is right, and labels the parser's arcs as it would at
// parse time, so that later features see its mistakes.
func trainSeparate(sents []parseSentence, flags []uint8, between bool, nLabels, rootLabel, epochs int, rng *rand.Rand, afterEpoch func(epoch int, kinds, labels *perceptron) bool) (kinds, labels *perceptron) {
	kinds, labels = newPerceptron(), newPerceptron()
	var kscores [3]float32
	lscores := make([]float32, nLabels)
	var buf, lbuf []uint64
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			ps := &sents[si]
			c := newSentCtx(ps.words, ps.tags, flags)
			s := newState(len(ps.words))
			for !s.done() {
				buf = parseFeatures(buf[:0], c, s, between, true)
				kscores = [3]float32{}
				kinds.score(buf, kscores[:])
				cs, cl, cr := kindCosts(s, ps.heads)
				costs := [3]int{cs, cl, cr}
				pred, gold := -1, -1
				minCost := -1
				for k, cost := range costs {
					if cost < 0 {
						continue
					}
					if pred < 0 || kscores[k] > kscores[pred] {
						pred = k
					}
					if minCost < 0 || cost < minCost {
						minCost = cost
					}
				}
				for k, cost := range costs {
					if cost == minCost && (gold < 0 || kscores[k] > kscores[gold]) {
						gold = k
					}
				}
				if costs[pred] > minCost {
					kinds.update(buf, gold, pred)
				}
				kinds.tick()
				next := gold
				if ep > 0 && rng.Float64() < 0.9 {
					next = pred
				}
				lab := 0
				if next != shift {
					h, d := s.arcOf(next)
					if h == 0 {
						lab = rootLabel
					} else {
						lbuf = labelFeatures(lbuf[:0], c, s, h, d)
						clear(lscores)
						labels.score(lbuf, lscores)
						lab = -1
						for l, v := range lscores {
							if l != rootLabel && (lab < 0 || v > lscores[lab]) {
								lab = l
							}
						}
						if ps.heads[d] == h {
							labels.update(lbuf, ps.labels[d], lab)
							labels.tick()
							if ep == 0 || rng.Float64() >= 0.9 {
								lab = ps.labels[d]
							}
						}
					}
				}
				s.apply(classOf(next, lab))
			}
		}
		if afterEpoch != nil && !afterEpoch(ep, kinds, labels) {
			break
		}
	}
	return kinds, labels
}
