package report

import (
	"cmp"
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/geokg/geokg/queries"
)

//go:embed dql/*.dql
var dqlFS embed.FS

// AllOptions configure All.
type AllOptions struct {
	// Top is how many actors and how many dyads get a page. Default 10: an
	// overview a researcher reads in one sitting, and a few seconds of
	// queries even on a large graph.
	Top int
	// From and To (YYYY-MM-DD, inclusive; empty: open) limit the events
	// counted, drawn and listed: the network of the graph between two dates.
	From, To string
	// Progress, when set, gets one line per page written.
	Progress io.Writer
}

func (o *AllOptions) applyDefaults() {
	if o.Top <= 0 {
		o.Top = 10
	}
}

// All writes an overview of the graph into dir: index.html with the
// network of the busiest actors, a timeline page for each of the top actors
// by events, a monthly-curve page for each of the top dyads, and the
// withdrawals page. It returns the files written, index.html first.
func All(ctx context.Context, r queries.Runner, dir string, opts AllOptions) ([]string, error) {
	opts.applyDefaults()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("report all: %w", err)
	}
	actors, err := topActors(ctx, r, opts)
	if err != nil {
		return nil, err
	}
	dyads, err := allDyads(ctx, r, opts)
	if err != nil {
		return nil, err
	}
	win := window(queries.ReportParams{From: opts.From, To: opts.To})
	index := &Page{Title: "geokg reports" + win, Summary: []string{
		fmt.Sprintf("The %d actors with the most events and the %d busiest dyads in the graph%s.", len(actors), min(opts.Top, len(dyads)), win)}}
	net := newNetwork()
	for _, d := range dyads {
		net.add(d.A, d.B, d.Events, d.Goldstein)
	}
	svg, err := net.svg("The busiest actors and the events between them")
	if err := index.addChart("Every event in the graph, between the most active actors; hover for counts. The pages below list the events with their sentences.", svg, err); err != nil {
		return nil, err
	}
	files := []string{filepath.Join(dir, "index.html")}
	write := func(file string, pg *Page) error {
		pg.Home = "index.html"
		path := filepath.Join(dir, file)
		if err := writeFile(path, pg); err != nil {
			return err
		}
		files = append(files, path)
		if opts.Progress != nil {
			fmt.Fprintf(opts.Progress, "wrote %s\n", path)
		}
		return nil
	}
	at := Table{ID: "actors", Title: "Actors by events", NoEvidence: true, Columns: []string{"Actor", "Kind", "Code", "Events"}}
	for _, a := range actors {
		file := "actor-" + slug(a.Name) + ".html"
		pg, err := Build(ctx, r, "actor-timeline", queries.ReportParams{Actor: a.Name, From: opts.From, To: opts.To})
		if err != nil {
			return nil, err
		}
		if err := write(file, pg); err != nil {
			return nil, err
		}
		at.Rows = append(at.Rows, Row{Href: file, Cells: []string{a.Name, a.Kind, a.Code, strconv.Itoa(a.Events)}})
	}
	dt := Table{ID: "dyads", Title: "Dyads by events", NoEvidence: true, Columns: []string{"Dyad", "Events", "Mean Goldstein"}}
	for _, d := range dyads[:min(opts.Top, len(dyads))] {
		file := "dyad-" + slug(d.A) + "--" + slug(d.B) + ".html"
		pg, err := Build(ctx, r, "dyad-series", queries.ReportParams{Actor: d.A, With: d.B, From: opts.From, To: opts.To})
		if err != nil {
			return nil, err
		}
		if err := write(file, pg); err != nil {
			return nil, err
		}
		dt.Rows = append(dt.Rows, Row{Href: file, Cells: []string{d.A + " – " + d.B, strconv.Itoa(d.Events), fmt.Sprintf("%+.1f", d.Goldstein/float64(d.Events))}})
	}
	pg, err := Build(ctx, r, "withdrawals", queries.ReportParams{From: opts.From, To: opts.To})
	if err != nil {
		return nil, err
	}
	if err := write("withdrawals.html", pg); err != nil {
		return nil, err
	}
	ot := Table{ID: "other", Title: "Other reports", NoEvidence: true, Columns: []string{"Report"},
		Rows: []Row{{Href: "withdrawals.html", Cells: []string{pg.Title}}}}
	index.Tables = []Table{at, dt, ot}
	if err := writeFile(files[0], index); err != nil {
		return nil, err
	}
	return files, nil
}

// writeFile writes a page through a temporary file and a rename, so a
// failed run never leaves half a page where a good one was.
func writeFile(path string, pg *Page) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".geokg-*.html")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := pg.Write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// WriteFile builds the page of a canned report and writes it to path.
func WriteFile(ctx context.Context, r queries.Runner, name string, p queries.ReportParams, path string) error {
	pg, err := Build(ctx, r, name, p)
	if err != nil {
		return err
	}
	return writeFile(path, pg)
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

// slug makes a file-name part of an actor's name.
func slug(s string) string {
	s = strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(s), "-"), "-")
	if s == "" {
		s = "x"
	}
	return shorten(s, 60)
}

type topActor struct {
	UID    string `json:"uid"`
	Name   string `json:"name"`
	Kind   string `json:"kind"`
	Code   string `json:"actor_code"`
	Events int    `json:"events"`
}

// windowVars binds the date window of opts to a query's variables.
func windowVars(opts AllOptions) map[string]string {
	vars := map[string]string{}
	if opts.From != "" {
		vars["$from"] = opts.From
	}
	if opts.To != "" {
		vars["$to"] = opts.To
	}
	return vars
}

func runDQL(ctx context.Context, r queries.Runner, file string, vars map[string]string, into any) error {
	q, err := dqlFS.ReadFile("dql/" + file)
	if err != nil {
		return fmt.Errorf("report all: %w", err)
	}
	data, err := r.Query(ctx, string(q), vars)
	if err != nil {
		return fmt.Errorf("report all: query %s: %w", file, err)
	}
	if err := json.Unmarshal(data, into); err != nil {
		return fmt.Errorf("report all: decode %s: %w", file, err)
	}
	return nil
}

func topActors(ctx context.Context, r queries.Runner, opts AllOptions) ([]topActor, error) {
	var res struct{ Actors []topActor }
	vars := windowVars(opts)
	vars["$n"] = strconv.Itoa(opts.Top)
	if err := runDQL(ctx, r, "top-actors.dql", vars, &res); err != nil {
		return nil, err
	}
	// Dgraph orders by count; ties by name keep the index stable.
	slices.SortStableFunc(res.Actors, func(a, b topActor) int { return cmp.Or(cmp.Compare(b.Events, a.Events), cmp.Compare(a.Name, b.Name)) })
	out := res.Actors[:0]
	for _, a := range res.Actors {
		if a.Name != "" && a.Events > 0 {
			out = append(out, a)
		}
	}
	return out, nil
}

// allDyads returns every pair of actors with events between them (either
// direction), busiest first.
func allDyads(ctx context.Context, r queries.Runner, opts AllOptions) ([]netEdge, error) {
	var res struct {
		Dyads []struct {
			Groups []struct {
				Source    string  `json:"source"`
				Target    string  `json:"target"`
				Events    int     `json:"events"`
				Goldstein float64 `json:"goldstein"`
			} `json:"@groupby"`
		}
	}
	if err := runDQL(ctx, r, "dyads.dql", windowVars(opts), &res); err != nil {
		return nil, err
	}
	uids := map[string]bool{}
	for _, b := range res.Dyads {
		for _, g := range b.Groups {
			uids[g.Source], uids[g.Target] = true, true
		}
	}
	names, err := namesOf(ctx, r, slices.Sorted(func(yield func(string) bool) {
		for u := range uids {
			if !yield(u) {
				return
			}
		}
	}))
	if err != nil {
		return nil, err
	}
	n := newNetwork()
	for _, b := range res.Dyads {
		for _, g := range b.Groups {
			n.add(names[g.Source], names[g.Target], g.Events, g.Goldstein)
		}
	}
	out := make([]netEdge, 0, len(n.edges))
	for _, e := range n.edges {
		out = append(out, *e)
	}
	slices.SortFunc(out, func(a, b netEdge) int {
		return cmp.Or(cmp.Compare(b.Events, a.Events), cmp.Compare(a.A, b.A), cmp.Compare(a.B, b.B))
	})
	return out, nil
}

var uidRE = regexp.MustCompile(`^0x[0-9a-f]+$`)

// namesOf maps uids to names. The uids come from Dgraph and are checked
// before they go into the query text.
func namesOf(ctx context.Context, r queries.Runner, uids []string) (map[string]string, error) {
	out := map[string]string{}
	const batch = 1000
	for len(uids) > 0 {
		part := uids[:min(batch, len(uids))]
		uids = uids[len(part):]
		for _, u := range part {
			if !uidRE.MatchString(u) {
				return nil, fmt.Errorf("report all: odd uid %q from Dgraph", u)
			}
		}
		q := "{ n(func: uid(" + strings.Join(part, ", ") + ")) { uid name } }"
		data, err := r.Query(ctx, q, nil)
		if err != nil {
			return nil, fmt.Errorf("report all: actor names: %w", err)
		}
		var res struct {
			N []struct{ UID, Name string }
		}
		if err := json.Unmarshal(data, &res); err != nil {
			return nil, fmt.Errorf("report all: decode actor names: %w", err)
		}
		for _, n := range res.N {
			out[n.UID] = n.Name
		}
	}
	return out, nil
}
