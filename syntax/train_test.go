package syntax

import (
	"bytes"
	"context"
	"fmt"
	"testing"
)

// TestTrainLearnsFixture trains on a handful of sentences (no jackknifing:
// taggers trained on one or two sentences would mislead the parser) and
// checks that
// the model reproduces them, and that it survives writing and reading.
// With BetweenFeatures, SeparateLabels and KindFeatures too, which the
// model file must carry.
func TestTrainLearnsFixture(t *testing.T) {
	for _, between := range []bool{false, true} {
		for _, separate := range []bool{false, true} {
			t.Run(fmt.Sprintf("between=%v,separate=%v", between, separate), func(t *testing.T) { trainLearnsFixture(t, between, separate, false) })
		}
		t.Run(fmt.Sprintf("between=%v,kind", between), func(t *testing.T) { trainLearnsFixture(t, between, false, true) })
	}
}

func trainLearnsFixture(t *testing.T, between, separate, kind bool) {
	gold := readFixture(t, "tiny.conllu")
	m, err := Train(context.Background(), gold, TrainOptions{TagEpochs: 10, ParseEpochs: 10, Folds: 1, MinWeight: 1e-6,
		BetweenFeatures: between, SeparateLabels: separate, KindFeatures: kind})
	if err != nil {
		t.Fatal(err)
	}
	pred := wordsOnly(gold)
	for i := range pred {
		m.Annotate(pred[i].Tokens)
	}
	sc, err := Score(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	if sc.UPOS < 1 || sc.LAS < 1 || sc.Lemma < 1 {
		t.Errorf("on its own training sentences: %s", sc)
	}

	var buf bytes.Buffer
	if err := m.WriteModel(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if m2.parser.between != between {
		t.Errorf("the model read back has between features %v, want %v", m2.parser.between, between)
	}
	if m2.parser.kindExtra != kind {
		t.Errorf("the model read back has kind features %v, want %v", m2.parser.kindExtra, kind)
	}
	if (m2.parser.labeler != nil) != separate {
		t.Errorf("the model read back has a separate labeller %v, want %v", m2.parser.labeler != nil, separate)
	}
	again := wordsOnly(gold)
	for i := range again {
		m2.Annotate(again[i].Tokens)
	}
	if sc2, _ := Score(pred, again); sc2.UPOS < 1 || sc2.LAS < 1 || sc2.Lemma < 1 {
		t.Errorf("the model read back annotates differently: %s", sc2)
	}
	if _, err := ReadModel(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("ReadModel accepted garbage")
	}
}

func TestLemmaRules(t *testing.T) {
	l := buildLemmatizer(readFixture(t, "tiny.conllu"))
	tests := []struct{ form, upos, xpos, want string }{
		{"soldiers", "NOUN", "NNS", "soldier"}, // rule learnt from "rebels", "Talks"
		{"were", "AUX", "VBD", "be"},           // exception
		{"Were", "AUX", "VBD", "be"},           // case-insensitive
		{"Paris", "PROPN", "NNP", "Paris"},     // proper nouns keep their case
		{"town", "NOUN", "NN", "town"},
	}
	for _, tt := range tests {
		if got := l.lemma(tt.form, tt.upos, tt.xpos); got != tt.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", tt.form, tt.xpos, got, tt.want)
		}
	}
}
