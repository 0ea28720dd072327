package extract

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// toks makes n word tokens, with a comma at each index in commas.
func toksWithCommas(n int, commas ...int) []token {
	out := make([]token, n)
	for i := range out {
		out[i] = token{text: "w", lower: "w", start: 2 * i, end: 2*i + 1, word: true}
	}
	for _, c := range commas {
		out[c].text, out[c].lower, out[c].word = ",", ",", false
	}
	return out
}

func TestSplitLong(t *testing.T) {
	tests := []struct {
		name   string
		toks   []token
		max    int
		want   []int // piece lengths
		nSplit int
	}{
		{"short", toksWithCommas(10), 400, []int{10}, 0},
		{"exactly max", toksWithCommas(400), 400, []int{400}, 0},
		{"one over", toksWithCommas(401), 400, []int{400, 1}, 1},
		{"hard cuts", toksWithCommas(1000), 400, []int{400, 400, 200}, 1},
		{"cut after the last comma of the second half", toksWithCommas(500, 100, 250, 300), 400, []int{301, 199}, 1},
		{"a comma in the first half is too early", toksWithCommas(500, 100), 400, []int{400, 100}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := []sentence{{toks: tt.toks, start: tt.toks[0].start, end: tt.toks[len(tt.toks)-1].end}}
			got, n := splitLong(in, tt.max)
			if n != tt.nSplit {
				t.Errorf("split %d sentences, want %d", n, tt.nSplit)
			}
			var lens []int
			next := 0
			for _, s := range got {
				lens = append(lens, len(s.toks))
				if &s.toks[0] != &tt.toks[next] || s.start != s.toks[0].start || s.end != s.toks[len(s.toks)-1].end {
					t.Errorf("piece at token %d does not continue the sentence where the last ended, or its span is off", next)
				}
				next += len(s.toks)
			}
			if !reflect.DeepEqual(lens, tt.want) {
				t.Errorf("pieces of %v tokens, want %v", lens, tt.want)
			}
		})
	}
}

// longRun is one "sentence" of n event phrases and no full stop.
func longRun(n int) string {
	phrases := []string{"Russia attacked Ukraine and ", "Turkey signed an agreement with Greece while ",
		"Iran threatened Israel as ", "the United States condemned Russia, and "}
	var b strings.Builder
	for i := range n {
		b.WriteString(phrases[i%len(phrases)])
	}
	b.WriteString("Kenya praised Tanzania.\n")
	return b.String()
}

// TestLongSentence: a run of thousands of event phrases without a full stop
// is read to its end in pieces, noted, and no event carries more than a
// piece of it.
func TestLongSentence(t *testing.T) {
	x := newTestExtractor(t)
	text := longRun(3000)
	doc := x.extract(Article{ID: "run", Published: "2020-01-01"}, text)
	if len(doc.Notes) != 1 || !strings.Contains(doc.Notes[0], "split") {
		t.Errorf("notes = %q, want one about the split sentence", doc.Notes)
	}
	last := false
	for _, e := range doc.Events {
		if len(e.Sentence) > 20*maxSentenceTokens {
			t.Errorf("event %s carries a sentence of %d bytes", e.ID, len(e.Sentence))
		}
		if e.Source == "country:KEN" {
			last = true
		}
	}
	if !last {
		t.Errorf("the event at the end of the run was not read (events: %d)", len(doc.Events))
	}
	if short := x.extract(Article{ID: "s"}, "Russia attacked Ukraine on Monday.\n"); len(short.Notes) != 0 {
		t.Errorf("an ordinary sentence was noted: %q", short.Notes)
	}
}

// TestFoldEvents: folding is idempotent and folding a prefix first gives
// what folding all at once gives, which is what lets compactEvents fold as
// reports come.
func TestFoldEvents(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	for trial := range 200 {
		events := make([]Event, 1+r.IntN(60))
		for i := range events {
			events[i] = Event{Cameo: pick("190", "042", "057"), Source: pick("a", "b"), Target: pick("", "b", "c"),
				Modality: pick("asserted", "planned"), Date: pick("2020-01-01", "2020-01-02"),
				DateSource: pick(DateFromSentence, DateFromReport, DateFromPublished), DatePrecision: pick(PrecisionDay, PrecisionMonth),
				Location: pick("", "l1", "l2"), Confidence: float64(r.IntN(10)) / 10}
		}
		all := foldEvents(events)
		if again := foldEvents(all); !reflect.DeepEqual(again, all) {
			t.Fatalf("trial %d: folding twice changed the events", trial)
		}
		cut := r.IntN(len(events) + 1)
		if inParts := foldEvents(append(foldEvents(events[:cut]), events[cut:]...)); !reflect.DeepEqual(inParts, all) {
			t.Fatalf("trial %d: folding the first %d first differs:\n%+v\n%+v", trial, cut, inParts, all)
		}
	}
}

// BenchmarkLongSentence extracts one run-on sentence of about 1 MB; its
// B/op is what such an input costs. scripts/long-sentence-mem.sh measures
// the CLI's peak RSS on 10 MB.
func BenchmarkLongSentence(b *testing.B) {
	x := newTestExtractor(b)
	text := longRun(30000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		doc := x.extract(Article{ID: "run", Published: "2020-01-01"}, text)
		if len(doc.Events) == 0 {
			b.Fatal("no events")
		}
	}
}
