package graph_test

import (
	"context"
	"testing"

	"github.com/geokg/geokg/graph/graphtest"
)

// TestWriteUnchangedIsSkipped: a document written before is recognised and
// not written again (the graph stays the same); an edited one is written;
// SetRewrite writes it anyway, changing nothing.
func TestWriteUnchangedIsSkipped(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	if _, err := st.Write(ctx, withdrawal()); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Write(ctx, protest()); err != nil {
		t.Fatal(err)
	}
	before := graphtest.Dump(t, st)
	ws, err := st.Write(ctx, withdrawal())
	if err != nil {
		t.Fatal(err)
	}
	if ws.Unchanged != 1 || ws.NewNodes != 0 || ws.Articles != 1 {
		t.Errorf("second write of a document: %+v, want it counted as unchanged", ws)
	}
	if after := graphtest.Dump(t, st); after != before {
		t.Errorf("skipped write changed the graph")
	}

	st.SetRewrite(true)
	ws, err = st.Write(ctx, withdrawal())
	if err != nil {
		t.Fatal(err)
	}
	if ws.Unchanged != 0 {
		t.Errorf("with SetRewrite the document was skipped")
	}
	if after := graphtest.Dump(t, st); after != before {
		t.Errorf("rewriting a document changed the graph")
	}
	st.SetRewrite(false)

	edited := withdrawal()
	edited.Article.Title = "Sudria leaves the border body"
	ws, err = st.Write(ctx, edited)
	if err != nil {
		t.Fatal(err)
	}
	if ws.Unchanged != 0 {
		t.Errorf("an edited document was taken as unchanged")
	}
}
