package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph/graphtest"
)

// TestApplySchemaOnlyWhenDifferent: a database with the schema is left
// alone, even while another writer has a transaction open (an Alter then
// fails with "Pending transactions found"); one whose schema differs gets it.
func TestApplySchemaOnlyWhenDifferent(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	same, err := st.HasSchema(ctx)
	if err != nil || !same {
		t.Fatalf("HasSchema after ApplySchema = %v, %v", same, err)
	}

	// Writes run concurrently with ApplySchema calls; none may fail.
	done := make(chan error, 1)
	go func() {
		for i := range 20 {
			doc := extract.Document{Article: extract.Article{ID: "schema-" + string(rune('a'+i)), Title: "t"},
				Entities: []extract.Entity{norland, sudria}}
			if _, err := st.Write(ctx, doc); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for range 20 {
		if err := st.ApplySchema(ctx); err != nil {
			t.Fatalf("ApplySchema while another writes: %v", err)
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	if err := st.Alter(ctx, "kind: string ."); err != nil {
		t.Fatal(err)
	}
	if same, err := st.HasSchema(ctx); err != nil || same {
		t.Fatalf("HasSchema after dropping an index = %v, %v, want false", same, err)
	}
	start := time.Now()
	if err := st.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	if same, err := st.HasSchema(ctx); err != nil || !same {
		t.Fatalf("HasSchema after ApplySchema = %v, %v (took %v)", same, err, time.Since(start))
	}
}
