package graph_test

import (
	"context"
	"slices"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// twoWritten is a fresh store with the withdrawal and the protest written,
// and the dump of its graph.
func twoWritten(t *testing.T) (*graph.Store, string) {
	t.Helper()
	st := graphtest.Store(t)
	for _, doc := range []extract.Document{withdrawal(), protest()} {
		if _, err := st.Write(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
	}
	return st, graphtest.Dump(t, st)
}

// TestWriteUnchangedIsSkipped: a document written before is recognised and
// not written again (the graph stays the same); an edited one is written;
// SetRewrite writes it anyway, changing nothing.
func TestWriteUnchangedIsSkipped(t *testing.T) {
	st, before := twoWritten(t)
	ctx := context.Background()
	ws, err := st.Write(ctx, withdrawal())
	if err != nil {
		t.Fatal(err)
	}
	if ws.Unchanged != 1 || ws.NewNodes != 0 || ws.Articles != 1 {
		t.Errorf("second write of a document: %+v, want it counted as unchanged", ws)
	}
	// The summary counts what is in the graph: its events too, though
	// nothing was derived for it.
	if want := len(withdrawal().Events); ws.Events == 0 || ws.Events > want {
		t.Errorf("second write of a document: %d events counted, want 1 to %d (those it reports)", ws.Events, want)
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

// TestEarlierVersionWrittenAgain: an article loaded, then loaded from an
// input that lacks its publication date (its "on Monday" left undated), then
// from the first input again, must give the graph the first load gave: the
// graph holds the second version's reports, so the first is not "already
// written".
func TestEarlierVersionWrittenAgain(t *testing.T) {
	st, before := twoWritten(t)
	ctx := context.Background()
	undated := withdrawal()
	undated.Article.Published = ""
	undated.Events = slices.Clone(undated.Events)
	undated.Events[1].Date, undated.Events[1].DatePrecision, undated.Events[1].DateSource = "", "", ""
	if _, err := st.Write(ctx, undated); err != nil {
		t.Fatal(err)
	}
	if graphtest.Dump(t, st) == before {
		t.Fatal("the undated version changed nothing: the test tests nothing")
	}
	ws, err := st.Write(ctx, withdrawal())
	if err != nil {
		t.Fatal(err)
	}
	if ws.Unchanged != 0 {
		t.Errorf("the first version, written over by the undated one, was taken as unchanged")
	}
	if after := graphtest.Dump(t, st); after != before {
		t.Errorf("the first version written again does not give the graph it gave:\n%s", graphtest.LineDiff(before, after))
	}
}
