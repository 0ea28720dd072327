package export_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/geokg/geokg/export"
	"github.com/geokg/geokg/extract"
)

// TestSnapshot checks that an export through graph.Snapshot reads the graph
// as it was when the snapshot's first query ran, whatever is written
// between its pages.
func TestSnapshot(t *testing.T) {
	st := loadFixtures(t)
	snap := st.Snapshot()
	if _, err := snap.Query(t.Context(), `{ q(func: type(Event), first: 1) { uid } }`, nil); err != nil {
		t.Fatal(err)
	}
	late := extract.Document{
		Article:  extract.Article{ID: "fx-late", Title: "Written during the export", Published: "2018-02-01"},
		Entities: []extract.Entity{{ID: "country:FRA", Name: "France", Kind: extract.KindCountry, Country: "FRA", Code: "FRA"}, {ID: "country:DEU", Name: "Germany", Kind: extract.KindCountry, Country: "DEU", Code: "DEU"}},
		Events: []extract.Event{{ID: "late", Cameo: "040", Root: "04", Plover: "CONSULT", QuadClass: 1, Goldstein: 1, Source: "country:FRA", Target: "country:DEU",
			Date: "2018-02-01", DatePrecision: "day", DateSource: extract.DateFromSentence, Modality: extract.ModalityAsserted, Trigger: "met", Sentence: "France met Germany.", Confidence: 0.9}},
	}
	if _, err := st.Write(t.Context(), late); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		q    export.Querier
		want int
	}{
		{"snapshot", snap, 6},
		{"store", st, 7},
	} {
		var buf bytes.Buffer
		stats, err := export.Write(t.Context(), tt.q, &buf, export.Options{Format: export.FormatCSV, PageSize: 2})
		if err != nil {
			t.Fatal(err)
		}
		if stats.Rows != tt.want || strings.Contains(buf.String(), "France") != (tt.want == 7) {
			t.Errorf("%s: %d rows, want %d:\n%s", tt.name, stats.Rows, tt.want, buf.String())
		}
	}
}
