package queries

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/template"
	"time"
)

//go:embed report/*.tmpl
var tmplFS embed.FS

// templates is parsed once; missingkey=error turns a misspelt field into an
// error instead of an empty cell.
var templates = template.Must(template.New("").Option("missingkey=error").Funcs(funcs).ParseFS(tmplFS, "report/*.tmpl"))

var funcs = template.FuncMap{
	"date":   fmtDate,
	"cell":   cell,
	"name":   name,
	"first":  first,
	"count":  count,
	"series": series,
	"sortBy": sortBy,
}

// ReportParams are the report command's flags. Each canned query takes the
// ones that fit its variables: Actor fills $actor, $a or $agreement, With
// fills $b, From and To fill $from and $to.
type ReportParams struct {
	Actor, With, From, To, At string
	First, Offset             string // the page of a paged list: rows, and rows skipped
}

// ReportHint is how a report asks for the next page, for Page.NoticeWith.
const ReportHint = "--offset %d"

func (p ReportParams) bind(q Query) map[string]string {
	out := map[string]string{}
	for _, v := range q.Vars {
		var val string
		switch v.Name {
		case "actor", "a", "agreement":
			val = p.Actor
		case "b":
			val = p.With
		case "from":
			val = p.From
		case "to":
			val = p.To
		case "date":
			val = p.At
		case "first":
			val = p.First
		case "offset":
			val = p.Offset
		}
		if val != "" {
			out[v.Name] = val
		}
	}
	return out
}

// Check returns an error naming the flag that fills a required variable of
// the canned query name that p leaves empty ("report dyad needs --with"),
// or a page flag that is not a count ("--first 0"), so that a command can
// refuse them before it connects to Dgraph.
func (p ReportParams) Check(name string) error {
	q, err := Get(name)
	if err != nil {
		return err
	}
	if err := p.check(name, q); err != nil {
		return err
	}
	// A flag the query has no variable for is refused, as geokg query
	// refuses an undeclared --var: "report withdrawals --actor Russia"
	// listed everyone's withdrawals under a command that named Russia.
	takes := map[string]bool{}
	for _, v := range q.Vars {
		takes[flagFor(v.Name)] = true
	}
	given := []struct{ flag, val string }{
		{"--actor", p.Actor}, {"--with", p.With}, {"--from", p.From}, {"--to", p.To},
		{"--at", p.At}, {"--first", p.First}, {"--offset", p.Offset},
	}
	for _, f := range given {
		if f.val != "" && !takes[f.flag] {
			var flags []string
			for _, v := range q.Vars {
				flags = append(flags, flagFor(v.Name))
			}
			return fmt.Errorf("report %s does not take %s (it takes %s)", name, f.flag, strings.Join(flags, ", "))
		}
	}
	return nil
}

func (p ReportParams) check(name string, q Query) error {
	params := p.bind(q)
	for _, v := range q.Vars {
		val, ok := params[v.Name]
		if v.Required && !ok {
			return fmt.Errorf("report %s needs %s", name, flagFor(v.Name))
		}
		if min, paged := pageVarMin[v.Name]; ok && paged && !isCount(val, min) {
			return fmt.Errorf("%s %q: want a whole number of rows, %d or more", flagFor(v.Name), val, min)
		}
	}
	return nil
}

// flagFor names the report flag that fills a variable, for error messages.
func flagFor(v string) string {
	switch v {
	case "actor", "a", "agreement":
		return "--actor"
	case "b":
		return "--with"
	case "date":
		return "--at"
	}
	return "--" + v
}

// Result is what a canned report ran and what it found: the query, the
// variables bound from the report's flags, and Dgraph's JSON data. Renderers
// other than Markdown and JSON (the HTML reports) start from it.
type Result struct {
	Query  Query
	Params map[string]string
	Data   json.RawMessage
}

// Fetch binds p to the variables of the canned query name, checks the
// required ones are there (naming the flag that fills a missing one) and
// runs it.
func Fetch(ctx context.Context, r Runner, name string, p ReportParams) (Result, error) {
	q, err := Get(name)
	if err != nil {
		return Result{}, err
	}
	if err := p.check(name, q); err != nil {
		return Result{}, err
	}
	params := p.bind(q)
	data, err := Run(ctx, r, name, params)
	if err != nil {
		return Result{}, err
	}
	return Result{Query: q, Params: params, Data: data}, nil
}

// Report runs the canned query name and writes it to w as Markdown ("md") or
// as JSON ("json": the parameters and Dgraph's data, for scripts).
func Report(ctx context.Context, r Runner, name string, p ReportParams, format string, w io.Writer) error {
	return ReportTo(ctx, r, name, p, format, w, nil)
}

// ReportTo is Report that also writes, to notices when not nil (stderr),
// one line for each paged list whose page does not hold all its rows.
func ReportTo(ctx context.Context, r Runner, name string, p ReportParams, format string, w, notices io.Writer) error {
	if format != "md" && format != "json" && format != "" {
		return fmt.Errorf("report format %q: want md or json", format)
	}
	res, err := Fetch(ctx, r, name, p)
	if err != nil {
		return err
	}
	q, params, data := res.Query, res.Params, res.Data
	if notices != nil {
		for _, n := range Notices(PagingOf(data), ReportHint) {
			fmt.Fprintf(notices, "geokg: %s\n", n)
		}
	}
	switch format {
	case "json":
		out := struct {
			Report string            `json:"report"`
			Params map[string]string `json:"params"`
			Data   json.RawMessage   `json:"data"`
		}{name, params, data}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	case "md", "":
		var notes bytes.Buffer
		for _, n := range Notices(PagingOf(data), ReportHint) {
			fmt.Fprintf(&notes, "> %s\n", n)
		}
		if notes.Len() > 0 {
			notes.WriteByte('\n')
			if _, err := w.Write(notes.Bytes()); err != nil {
				return err
			}
		}
		var d map[string]any
		if err := json.Unmarshal(data, &d); err != nil {
			return fmt.Errorf("report %s: decode result: %w", name, err)
		}
		var buf bytes.Buffer
		in := map[string]any{"Name": name, "Params": p, "Query": q, "Data": d}
		if err := templates.ExecuteTemplate(&buf, name+".md.tmpl", in); err != nil {
			return fmt.Errorf("report %s: render: %w", name, err)
		}
		_, err := w.Write(buf.Bytes())
		return err
	default:
		return fmt.Errorf("report format %q: want md or json", format)
	}
}

// fmtDate shows a stored datetime at the precision it was known with, so a
// month-precise event reads "2017-12", not "2017-12-01".
func fmtDate(v any, precision any) string {
	s, _ := v.(string)
	if s == "" {
		return "—"
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return s
	}
	switch precision {
	case "year":
		return t.Format("2006")
	case "month":
		return t.Format("2006-01")
	}
	return t.Format("2006-01-02")
}

// cell makes a value safe inside a Markdown table cell.
func cell(v any) string {
	if v == nil {
		return ""
	}
	s := fmt.Sprint(v)
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.Join(strings.Fields(s), " ")
}

// name returns the name of a nested node ({"name": ...}), or "—".
func name(v any) string {
	m, ok := v.(map[string]any)
	if !ok {
		return "—"
	}
	if n, ok := m["name"].(string); ok {
		return cell(n)
	}
	return "—"
}

// first returns the first element of a list result, or nil.
func first(v any) any {
	l, ok := v.([]any)
	if !ok || len(l) == 0 {
		return nil
	}
	return l[0]
}

func count(v any) int {
	l, _ := v.([]any)
	return len(l)
}

// seriesRow is one month of a dyad series.
type seriesRow struct {
	Month     string
	Quad      [5]int // by QuadClass 1..4; index 0 unused
	Events    int
	Goldstein float64
}

// series pivots Dgraph's @groupby(month, quad_class) rows into one row per
// month, oldest first, which is how researchers plot the curve.
func series(v any) []seriesRow {
	blocks, _ := v.([]any)
	byMonth := map[string]*seriesRow{}
	var months []string
	for _, b := range blocks {
		m, _ := b.(map[string]any)
		groups, _ := m["@groupby"].([]any)
		for _, g := range groups {
			row, _ := g.(map[string]any)
			month, _ := row["month"].(string)
			q, _ := row["quad_class"].(float64)
			n, _ := row["events"].(float64)
			gs, _ := row["goldstein"].(float64)
			r, ok := byMonth[month]
			if !ok {
				r = &seriesRow{Month: month}
				byMonth[month] = r
				months = append(months, month)
			}
			if q >= 1 && q <= 4 {
				r.Quad[int(q)] += int(n)
			}
			r.Events += int(n)
			r.Goldstein += gs
		}
	}
	slices.Sort(months)
	out := make([]seriesRow, 0, len(months))
	for _, m := range months {
		out = append(out, *byMonth[m])
	}
	return out
}

// sortBy returns the rows of a list result sorted by the given fields in
// turn (a nested node counts by its name), then as they came, so a table
// does not follow the order Dgraph happens to return ties in.
func sortBy(v any, fields ...string) []any {
	l, _ := v.([]any)
	out := slices.Clone(l)
	key := func(x any) string {
		m, _ := x.(map[string]any)
		var parts []string
		for _, f := range fields {
			switch val := m[f].(type) {
			case map[string]any:
				parts = append(parts, name(val))
			case nil:
				parts = append(parts, "")
			default:
				parts = append(parts, fmt.Sprint(val))
			}
		}
		return strings.Join(parts, "\x00")
	}
	slices.SortStableFunc(out, func(a, b any) int { return strings.Compare(key(a), key(b)) })
	return out
}
