package syntax

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// The parser scores the features of bufferFeatures once per buffer and the
// rest at each step: together they must be the features of parseFeatures,
// with every option, in every configuration a random walk meets.
func TestBufferFeaturesSplit(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for trial := 0; trial < 300; trial++ {
		n := 1 + rng.IntN(9)
		ws := make([]wordInfo, n)
		tags := make([]int, n)
		for i := range ws {
			ws[i] = wordInfo{lower: rng.Uint64(), amb: rng.Uint64N(4)}
			tags[i] = rng.IntN(6)
		}
		c := newSentCtx(ws, tags, []uint8{0, flagVerb, flagPunct, 0, flagVerb, 0})
		s := newState(n)
		between, extra := trial%2 == 0, trial%3 == 0
		for !s.done() {
			want := parseFeatures(nil, c, s, between, extra)
			got := bufferFeatures(nil, c, s)
			if len(got) != bufferFeatureCount {
				t.Fatalf("bufferFeatures gives %d features, bufferFeatureCount is %d", len(got), bufferFeatureCount)
			}
			got = appendParseFeatures(got, c, s, between, extra, false)
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("stack %v b %d: split features differ from parseFeatures", s.stack, s.b)
			}
			// Any valid transition, with labels 0..4 and root label 2.
			for {
				kind := rng.IntN(3)
				if !s.valid(kind) {
					continue
				}
				lab := rng.IntN(5)
				if kind == left && s.b > s.n {
					lab = 2
				} else if lab == 2 {
					lab = 3
				}
				s.apply(classOf(kind, lab))
				break
			}
		}
	}
}
