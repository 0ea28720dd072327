package syntax

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"testing"
)

// BenchmarkReadModel decodes the embedded model, which every process that
// parses does once before its first sentence.
func BenchmarkReadModel(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := ReadModel(bytes.NewReader(embeddedModel)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestReadModelCut: a model file cut short anywhere, in a varint, a string
// or between two, is an error, not a model (the decoder reads through a
// buffer of its own and must notice where the file ends).
func TestReadModelCut(t *testing.T) {
	m, err := Train(context.Background(), readFixture(t, "tiny.conllu"), TrainOptions{TagEpochs: 2, ParseEpochs: 2, Folds: 1, MinWeight: 1e-6})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.WriteModel(&buf); err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	gz := func(b []byte) *bytes.Buffer {
		var out bytes.Buffer
		w := gzip.NewWriter(&out)
		w.Write(b)
		w.Close()
		return &out
	}
	if _, err := ReadModel(gz(raw)); err != nil {
		t.Fatalf("the whole file: %v", err)
	}
	step := max(1, len(raw)/300)
	for n := 0; n < len(raw); n += step {
		if _, err := ReadModel(gz(raw[:n])); err == nil {
			t.Errorf("a file cut at byte %d of %d was read as a model", n, len(raw))
		}
	}
	for n := len(raw) - 12; n < len(raw); n++ {
		if _, err := ReadModel(gz(raw[:n])); err == nil {
			t.Errorf("a file cut at byte %d of %d was read as a model", n, len(raw))
		}
	}
}
