package report

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/queries"
)

// TestPageSaysWhenRowsAreLeftOut pages Mali's timeline two rows at a time
// and expects the HTML page to say which rows it shows, how many there are
// and how to get the next ones, and to say nothing when all rows fit.
func TestPageSaysWhenRowsAreLeftOut(t *testing.T) {
	if testing.Short() {
		t.Skip("needs Dgraph")
	}
	st := loadSahel(t)
	ctx := context.Background()
	data, err := queries.Run(ctx, st, "actor-timeline", map[string]string{"actor": "Mali", "first": "100"})
	if err != nil {
		t.Fatal(err)
	}
	var all struct{ Events []json.RawMessage }
	if err := json.Unmarshal(data, &all); err != nil {
		t.Fatal(err)
	}
	n := len(all.Events)
	if n < 4 {
		t.Fatalf("Mali has %d events in the fixture; the test needs 4 or more", n)
	}

	whole, err := Build(ctx, st, "actor-timeline", queries.ReportParams{Actor: "Mali"})
	if err != nil {
		t.Fatal(err)
	}
	if len(whole.Paging) != 0 {
		t.Errorf("all rows fit the default page, yet the page says %q", whole.Paging)
	}

	pg, err := Build(ctx, st, "actor-timeline", queries.ReportParams{Actor: "Mali", First: "2", Offset: "1"})
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("events: showing rows 2-3 of %d; --offset 3 for the next page", n)
	if !slices.Equal(pg.Paging, []string{want}) {
		t.Errorf("paging %q, want %q", pg.Paging, want)
	}
	if !strings.Contains(pg.Command, "--first 2 --offset 1") {
		t.Errorf("command %q does not ask for the same page", pg.Command)
	}
	var out bytes.Buffer
	if err := pg.Write(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `<p class="paging" role="status">`+html.EscapeString(want)+`</p>`) {
		t.Errorf("the HTML does not show the paging notice %q", want)
	}
}

// TestPageSaysWhenANameMatchesNothing: a dyad page with a misspelt actor
// says the name matched nothing, not only that there are no events.
func TestPageSaysWhenANameMatchesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("needs Dgraph")
	}
	st := loadSahel(t)
	pg, err := Build(context.Background(), st, "dyad", queries.ReportParams{Actor: "mali", With: "Nigerr"})
	if err != nil {
		t.Fatal(err)
	}
	want := `b="Nigerr" matches nothing by name, alias, CAMEO code or xid (in any case)`
	if !slices.Equal(pg.Paging, []string{want}) {
		t.Errorf("notices %q, want %q", pg.Paging, want)
	}
	var out bytes.Buffer
	if err := pg.Write(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), html.EscapeString(want)) {
		t.Errorf("the page does not show the notice")
	}
}
