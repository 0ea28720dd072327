package syntax

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// A compact model scores exactly the sum of its features' quantised
// weights, whether a feature's weights are packed, in its slot or in the
// dense row of the bias, and lists back the features it was built from.
func TestCompactScores(t *testing.T) {
	for _, tc := range []struct {
		name             string
		nClasses, inline int
	}{
		{"tagger-like, no inline classes", 50, -1},
		{"odd number of classes", 37, -1},
		{"parser-like, three inline classes", 43, 40},
		{"many classes", 200, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(7, uint64(tc.nClasses)))
			var feats []feature
			keys := map[uint32]bool{}
			for len(feats) < 500 {
				k := rng.Uint32() | 1
				if keys[k] {
					continue
				}
				keys[k] = true
				// Some features have a weight for nearly every class, most
				// for a few.
				n := 1 + rng.IntN(4)
				if rng.IntN(4) == 0 {
					n = 20 + rng.IntN(tc.nClasses-20)
				}
				f := feature{key: k}
				for _, c := range rng.Perm(tc.nClasses)[:n] {
					f.cls = append(f.cls, uint16(c))
				}
				slices.Sort(f.cls)
				for range f.cls {
					// Nonzero steps, extremes included.
					q := float32(1 + rng.IntN(32767))
					if rng.IntN(2) == 0 {
						q = -q
					}
					f.w = append(f.w, q/weightSteps)
				}
				feats = append(feats, f)
			}
			slices.SortFunc(feats, func(a, b feature) int { return int(a.key>>1) - int(b.key>>1) })
			m := newCompact(tc.nClasses, tc.inline, feats)
			byKey := map[uint32]feature{}
			for _, f := range feats {
				byKey[f.key] = f
			}
			bias := feats[rng.IntN(len(feats))].key
			m.setBias(uint64(bias) << 32)
			for trial := 0; trial < 200; trial++ {
				// Up to 400 features (more than one batch of scoreBatch),
				// some of them absent from the model, some twice; a list
				// starts with the bias in one trial of two.
				var fs []uint64
				want := make([]int32, tc.nClasses)
				if trial%2 == 0 {
					fs = append(fs, uint64(bias)<<32)
					f := byKey[bias]
					for i, c := range f.cls {
						want[c] += int32(quantize(f.w[i]))
					}
				}
				for k := rng.IntN(400); k > 0; k-- {
					var key uint32
					if rng.IntN(5) == 0 {
						key = rng.Uint32() | 1
					} else {
						key = feats[rng.IntN(len(feats))].key
					}
					fs = append(fs, uint64(key)<<32|uint64(rng.Uint32())|1)
					f := byKey[key]
					for i, c := range f.cls {
						want[c] += int32(quantize(f.w[i]))
					}
				}
				got := make([]int32, tc.nClasses)
				if trial%3 == 0 { // room for classCap: indexed without bounds checks
					got = make([]int32, tc.nClasses, classCap)
				}
				m.score(fs, got)
				if !slices.Equal(got, want) {
					t.Fatalf("trial %d: scores\n%v, want\n%v", trial, got, want)
				}
				for i := range got {
					got[i] = int32(i) // scoreAll must not add to what was there
				}
				m.scoreAll(fs, got)
				if !slices.Equal(got, want) {
					t.Fatalf("trial %d: scoreAll gives\n%v, want\n%v", trial, got, want)
				}
			}
			back := m.features()
			if len(back) != len(feats) {
				t.Fatalf("%d features back, want %d", len(back), len(feats))
			}
			for i, f := range back {
				g := feats[i]
				if f.key != g.key || !slices.Equal(f.cls, g.cls) {
					t.Fatalf("feature %d: %x %v, want %x %v", i, f.key, f.cls, g.key, g.cls)
				}
				for j := range f.w {
					if quantize(f.w[j]) != quantize(g.w[j]) {
						t.Fatalf("feature %x class %d: weight %v, want %v", f.key, f.cls[j], f.w[j], g.w[j])
					}
				}
			}
		})
	}
}

// bestClass chooses what argmax over combineScores and validClasses
// chooses, ties included, in every configuration a random walk meets.
func TestBestClassMatchesArgmax(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const nLabels, root = 5, 2
	for trial := 0; trial < 300; trial++ {
		s := newState(1 + rng.IntN(8))
		allowed := make([]bool, 1+2*nLabels)
		for !s.done() {
			scores := make([]int32, numClasses(nLabels))
			for i := range scores {
				scores[i] = int32(rng.IntN(4)) // small range: many ties
			}
			got := s.bestClass(scores, nLabels, root)
			s.validClasses(allowed, root)
			want := argmax(combineScores(append([]int32(nil), scores...), nLabels), allowed)
			if got != want {
				t.Fatalf("stack %v b %d: bestClass %d, argmax %d", s.stack, s.b, got, want)
			}
			s.apply(want)
		}
	}
}

func TestPruneClasses(t *testing.T) {
	fs := []feature{
		{key: 3, cls: []uint16{0, 4, 5}, w: []float32{0.5, -2, 0.1}}, // class 5 is at or above below: kept
		{key: 5, cls: []uint16{1, 2}, w: []float32{0.9, -0.99}},      // all pruned: the feature goes
		{key: 7, cls: []uint16{2, 6}, w: []float32{1, 0.3}},          // 1 is not under 1
	}
	got := pruneClasses(fs, 5, 1)
	want := []feature{
		{key: 3, cls: []uint16{4, 5}, w: []float32{-2, 0.1}},
		{key: 7, cls: []uint16{2, 6}, w: []float32{1, 0.3}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i].key != want[i].key || !slices.Equal(got[i].cls, want[i].cls) || !slices.Equal(got[i].w, want[i].w) {
			t.Errorf("feature %d: got %v, want %v", i, got[i], want[i])
		}
	}
}

// feat2 is feat with two values: the model's keys depend on it.
func TestFeat2(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 1000; i++ {
		tmpl, a, b := uint64(rng.IntN(400)), rng.Uint64()>>rng.IntN(64), rng.Uint64()>>rng.IntN(64)
		if i%3 == 0 {
			b = 0
		}
		if got, want := feat2(tmpl, a, b), feat(tmpl, a, b, 0, 0); got != want {
			t.Fatalf("feat2(%d, %#x, %#x) = %#x, feat gives %#x", tmpl, a, b, got, want)
		}
	}
}

// shapeHash hashes the shape without building it: the tagger's keys
// depend on it giving strHash(shape(w)) for every word, odd ones included.
func TestShapeHash(t *testing.T) {
	words := []string{"", "a", "McCain", "1,000", "U.S.", "e-mail", "ÉCOLE", "naïve", "Ünïcödé's",
		"x\xffy", "\xc3", "2024-03-01T10:00", "ABCDEFGHIJ", "aB1.cD2,eF3", "日本語", "🙂ok"}
	rng := rand.New(rand.NewPCG(9, 10))
	for i := 0; i < 500; i++ {
		b := make([]byte, rng.IntN(12))
		for j := range b {
			b[j] = "aZ9.-é\xff"[rng.IntN(8)]
		}
		words = append(words, string(b))
	}
	for _, w := range words {
		if got, want := shapeHash(w), strHash(shape(w)); got != want {
			t.Errorf("shapeHash(%q) = %#x, strHash(shape) = %#x", w, got, want)
		}
	}
}

// Searches start at even slots as often as at odd ones, although every
// key32 is odd: with odd homes only, the runs of full slots a search walks
// would be those of a table twice as full.
func TestHomesTakeBothParities(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	even := 0
	const n = 10000
	for range n {
		if home(key32(rng.Uint64()))%2 == 0 {
			even++
		}
	}
	if even < n*45/100 || even > n*55/100 {
		t.Errorf("%d of %d homes even, want about half", even, n)
	}
}
