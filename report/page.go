package report

import (
	"context"
	"embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/geokg/geokg/queries"
)

//go:embed page.html.tmpl
var tmplFS embed.FS

// pageTmpl is parsed once; missingkey=error turns a misspelt field into an
// error instead of an empty page section.
var pageTmpl = template.Must(template.New("page.html.tmpl").Option("missingkey=error").ParseFS(tmplFS, "page.html.tmpl"))

// Page is one HTML report: what was asked, its charts and its tables.
type Page struct {
	Title    string
	Name     string      // canned query
	Command  string      // the geokg command that makes this page
	Vars     [][2]string // the query's variables as bound, in declared order
	About    string      // the query's description
	DQL      string
	Summary  []string
	Charts   []Chart
	Tables   []Table
	Home     string // link back to an index page, when there is one
	Warnings []string
	Paging   []string // which rows of a paged list are shown, when not all; names that matched nothing
}

// Chart is an inline SVG with a caption.
type Chart struct {
	Caption string
	SVG     template.HTML
}

// Table is a table whose rows each carry their evidence.
type Table struct {
	ID, Title, Empty string
	Columns          []string
	Rows             []Row
	NoEvidence       bool // an index of pages, not of facts
}

// Row is a table row; Ev is the sentence and article it rests on.
type Row struct {
	ID    string
	Cells []string
	Href  string // makes the first cell a link
	Ev    Evidence
}

// Evidence is where a row comes from: the sentence (with its trigger
// marked) and the article's title, outlet, date and URL.
type Evidence struct {
	Before, Trigger, After string
	Title, URL, Outlet     string
	Published              string
	Link                   string // in-page link, for rows that stand for several events
	LinkText               string
}

// Build runs the canned query name with p and makes its page. A
// dyad-series page also runs dyad with the same actors and dates, so each
// month links to the events (and their sentences) behind it.
func Build(ctx context.Context, r queries.Runner, name string, p queries.ReportParams) (*Page, error) {
	res, err := queries.Fetch(ctx, r, name, p)
	if err != nil {
		return nil, err
	}
	d, err := decode(name, res.Data)
	if err != nil {
		return nil, err
	}
	pg := &Page{Name: name, Command: command(name, p), About: res.Query.Description, DQL: res.Query.Text,
		Paging: queries.Notices(queries.PagingOf(res.Data), queries.ReportHint)}
	for _, u := range queries.UnmatchedOf(res.Data) {
		pg.Paging = append(pg.Paging, u.Notice())
	}
	for _, v := range res.Query.Vars {
		val, ok := res.Params[v.Name]
		if !ok {
			val = v.Default + " (default)"
		}
		pg.Vars = append(pg.Vars, [2]string{"$" + v.Name, val})
	}
	switch name {
	case "actor-timeline":
		err = pg.actorTimeline(d, p)
	case "dyad":
		err = pg.dyad(d, p)
	case "dyad-series":
		var events result
		if dres, derr := queries.Fetch(ctx, r, "dyad", p); derr != nil {
			err = derr
		} else if events, err = decode("dyad", dres.Data); err == nil {
			err = pg.dyadSeries(d, events.Events, p)
		}
	case "changes":
		err = pg.changes(d, p)
	case "agreement":
		err = pg.agreement(d, p)
	case "as-of":
		err = pg.asOf(d, p)
	case "withdrawals":
		err = pg.withdrawals(d, p)
	case "path":
		pg.path(d, p)
	default:
		err = fmt.Errorf("report %s: no HTML page for it yet", name)
	}
	if err != nil {
		return nil, fmt.Errorf("report %s: %w", name, err)
	}
	return pg, nil
}

// Write renders the page as one self-contained HTML document.
func (pg *Page) Write(w io.Writer) error {
	if err := pageTmpl.Execute(w, pg); err != nil {
		return fmt.Errorf("report %s: render html: %w", pg.Name, err)
	}
	return nil
}

// command spells the CLI call that reproduces a page.
func command(name string, p queries.ReportParams) string {
	parts := []string{"geokg", "report", name}
	for _, f := range [][2]string{{"--actor", p.Actor}, {"--with", p.With}, {"--from", p.From}, {"--to", p.To}, {"--at", p.At}, {"--first", p.First}, {"--offset", p.Offset}} {
		if f[1] != "" {
			parts = append(parts, f[0], shellQuote(f[1]))
		}
	}
	return strings.Join(append(parts, "--format", "html"), " ")
}

func shellQuote(s string) string {
	if strings.ContainsAny(s, " '\"$\\&;|<>()*?!#`") {
		return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	return s
}

func window(p queries.ReportParams) string {
	switch {
	case p.From != "" && p.To != "":
		return fmt.Sprintf(", %s to %s", p.From, p.To)
	case p.From != "":
		return ", from " + p.From
	case p.To != "":
		return ", until " + p.To
	}
	return ""
}

// relEvidence is the evidence of a relation: the sentence stating it, else
// the one reporting the event that opened it, else the one that closed it.
func relEvidence(r relation) Evidence {
	for _, ms := range [][]mention{r.Mentions, mentionsOf(r.StartedBy), mentionsOf(r.EndedBy)} {
		if len(ms) > 0 && (ms[0].Sentence != "" || ms[0].Article != nil) {
			return evidence(ms)
		}
	}
	return Evidence{}
}

func mentionsOf(e *event) []mention {
	if e == nil {
		return nil
	}
	return e.Mentions
}

// evidence makes a row's evidence from the first mention of an event or
// relation.
func evidence(ms []mention) Evidence {
	if len(ms) == 0 {
		return Evidence{}
	}
	m := ms[0]
	ev := Evidence{Before: m.Sentence}
	if m.Trigger != "" {
		if i := strings.Index(m.Sentence, m.Trigger); i >= 0 {
			ev.Before, ev.Trigger, ev.After = m.Sentence[:i], m.Trigger, m.Sentence[i+len(m.Trigger):]
		}
	}
	if a := m.Article; a != nil {
		ev.Title, ev.URL, ev.Outlet = a.Title, safeURL(a.URL), a.Outlet
		ev.Published = showDate(a.Published, "day")
		if ev.Published == "—" {
			ev.Published = ""
		}
	}
	return ev
}

// safeURL keeps http(s) links and drops anything else (a javascript: or
// data: URL from a hostile feed must not become a link).
func safeURL(u string) string {
	l := strings.ToLower(u)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
		return u
	}
	return ""
}

var eventColumns = []string{"Date", "Source", "Event", "Target", "QuadClass", "Goldstein", "Reports"}

func eventRow(e event) Row {
	code := e.Cameo
	if e.Plover != "" {
		code += " " + e.Plover
	}
	if e.Modality != "" && e.Modality != "asserted" {
		code += " (" + e.Modality + ")"
	}
	if e.Status != "" {
		code += " → " + e.Status
	}
	if e.Object != nil && e.Object.Name != "" {
		code += " · about " + e.Object.Name
	} else if e.Agreement != nil && e.Agreement.Name != "" {
		code += " · " + e.Agreement.Name
	}
	reports := fmt.Sprintf("%d sentence%s", e.MentionCount, plural(e.MentionCount))
	if e.ArticleCount > 0 {
		reports += fmt.Sprintf(", %d article%s, %d outlet%s", e.ArticleCount, plural(e.ArticleCount), e.OutletCount, plural(e.OutletCount))
	}
	gold := "—"
	if e.Cameo != "" {
		gold = fmt.Sprintf("%+.1f", e.Goldstein)
	}
	return Row{
		ID:    "ev-" + e.UID,
		Cells: []string{showDate(e.Date, e.DatePrecision), nameOf(e.Source), code, nameOf(e.Target), quadName(e.Quad), gold, reports},
		Ev:    evidence(e.Mentions),
	}
}

func eventTable(id, title string, evs []event) Table {
	t := Table{ID: id, Title: title, Columns: eventColumns, Empty: "No events."}
	for _, e := range evs {
		t.Rows = append(t.Rows, eventRow(e))
	}
	return t
}

func (pg *Page) addChart(caption string, svg template.HTML, err error) error {
	if err != nil {
		return err
	}
	if svg != "" {
		pg.Charts = append(pg.Charts, Chart{Caption: caption, SVG: svg})
	}
	return nil
}

// eventCharts adds the timeline and the network of a list of events.
func (pg *Page) eventCharts(evs []event, focus ...string) error {
	svg, err := timelineChart(evs)
	if err := pg.addChart("Each dot is an event, placed by its date and QuadClass; the table below lists them with their sentences.", svg, err); err != nil {
		return err
	}
	n := newNetwork(focus...)
	n.addEvents(evs)
	svg, err = n.svg("Actors linked by these events")
	return pg.addChart("Nodes are actors (parts and office holders appear as themselves), edges the events between two actors in either direction. Hover over a node or edge for its counts.", svg, err)
}

func actorLine(a []named) []string {
	var out []string
	for _, n := range a {
		s := n.Name
		var bits []string
		for _, b := range []string{n.Kind, n.Code, n.XID} {
			if b != "" {
				bits = append(bits, b)
			}
		}
		if len(bits) > 0 {
			s += " (" + strings.Join(bits, ", ") + ")"
		}
		out = append(out, "Matched: "+s)
	}
	if len(out) == 0 {
		out = append(out, "No actor matched this name, alias, code or xid.")
	}
	return out
}

func (pg *Page) actorTimeline(d result, p queries.ReportParams) error {
	pg.Title = "Timeline of " + p.Actor + window(p)
	pg.Summary = append(actorLine(d.Actor), fmt.Sprintf("%d events", len(d.Events)))
	var focus []string
	for _, a := range d.Actor {
		focus = append(focus, a.Name)
	}
	if err := pg.eventCharts(d.Events, focus...); err != nil {
		return err
	}
	pg.Tables = append(pg.Tables, eventTable("events", "Events, oldest first", d.Events))
	return nil
}

func (pg *Page) dyad(d result, p queries.ReportParams) error {
	pg.Title = "Events between " + p.Actor + " and " + p.With + window(p)
	pg.Summary = []string{fmt.Sprintf("%d events, either direction; parts and office holders of each side count as that side", len(d.Events))}
	if err := pg.eventCharts(d.Events); err != nil {
		return err
	}
	pg.Tables = append(pg.Tables, eventTable("events", "Events, oldest first", d.Events))
	return nil
}

func (pg *Page) dyadSeries(d result, evs []event, p queries.ReportParams) error {
	pg.Title = "Monthly curve of " + p.Actor + " and " + p.With + window(p)
	by := map[string]*monthRow{}
	var months []string
	for _, s := range d.Series {
		for _, g := range s.Groups {
			r := by[g.Month]
			if r == nil {
				r = &monthRow{Month: g.Month}
				by[g.Month] = r
				months = append(months, g.Month)
			}
			if g.Quad >= 1 && g.Quad <= 4 {
				r.Quad[g.Quad] += g.Events
			}
			r.Events += g.Events
			r.Goldstein += g.Goldstein
		}
	}
	slices.Sort(months)
	rows := make([]monthRow, 0, len(months))
	total := 0
	for _, m := range months {
		rows = append(rows, *by[m])
		total += by[m].Events
	}
	pg.Summary = []string{fmt.Sprintf("%d events in %d months (events known only to the year are left out)", total, len(rows))}
	svg, err := seriesChart(rows)
	if err := pg.addChart("Bars: events per month stacked by QuadClass. Line: the sum of those events' Goldstein scores (above zero, cooperation outweighs conflict).", svg, err); err != nil {
		return err
	}
	t := Table{ID: "months", Title: "Months", Empty: "No events with a month.",
		Columns: []string{"Month", quadNames[1], quadNames[2], quadNames[3], quadNames[4], "Events", "Goldstein sum"}}
	firstOf := map[string]string{}
	for _, e := range evs {
		if _, ok := firstOf[e.Month]; !ok && e.Month != "" {
			firstOf[e.Month] = "ev-" + e.UID
		}
	}
	for _, r := range rows {
		row := Row{ID: "m-" + r.Month, Cells: []string{r.Month, fmt.Sprint(r.Quad[1]), fmt.Sprint(r.Quad[2]), fmt.Sprint(r.Quad[3]), fmt.Sprint(r.Quad[4]), fmt.Sprint(r.Events), fmt.Sprintf("%+.1f", r.Goldstein)}}
		if id, ok := firstOf[r.Month]; ok {
			row.Ev = Evidence{Link: "#" + id, LinkText: fmt.Sprintf("%d event%s of %s, with sentences and articles", r.Events, plural(r.Events), r.Month)}
		}
		t.Rows = append(t.Rows, row)
	}
	pg.Tables = append(pg.Tables, t, eventTable("events", "The events behind the curve (query dyad, same variables)", evs))
	return nil
}

func relationTable(id, title string, rels []relation, via func(relation) *event) Table {
	t := Table{ID: id, Title: title, Empty: "None.", Columns: []string{"Relation", "Since", "Until", "Opened or closed by"}}
	for _, r := range rels {
		by := "—"
		ev := relEvidence(r)
		if via != nil {
			if e := via(r); e != nil {
				by = fmt.Sprintf("%s %s: %s → %s", showDate(e.Date, e.DatePrecision), e.Cameo, nameOf(e.Source), nameOf(e.Target))
				if len(e.Mentions) > 0 && e.Mentions[0].Sentence != "" {
					ev = evidence(e.Mentions)
				}
			}
		} else {
			for _, e := range []*event{r.StartedBy, r.EndedBy} {
				if e != nil {
					by = strings.TrimPrefix(by+"; ", "—; ") + showDate(e.Date, e.DatePrecision) + " " + e.Cameo
				}
			}
		}
		t.Rows = append(t.Rows, Row{ID: "rel-" + r.UID, Cells: []string{relationText(r), showDate(r.Since, r.SincePrecision), showDate(r.Until, r.UntilPrecision), by}, Ev: ev})
	}
	return t
}

func (pg *Page) changes(d result, p queries.ReportParams) error {
	pg.Title = "What changed for " + p.Actor + window(p)
	pg.Summary = []string{fmt.Sprintf("%d relations started, %d ended, %d events", len(d.Started), len(d.Ended), len(d.Events))}
	if err := pg.eventCharts(d.Events); err != nil {
		return err
	}
	pg.Tables = append(pg.Tables,
		relationTable("started", "Relations that started", d.Started, func(r relation) *event { return r.StartedBy }),
		relationTable("ended", "Relations that ended", d.Ended, func(r relation) *event { return r.EndedBy }),
		eventTable("events", "Events, oldest first", d.Events))
	return nil
}

func (pg *Page) agreement(d result, p queries.ReportParams) error {
	pg.Title = "Agreement: " + p.Actor
	if len(d.Agreement) == 0 {
		pg.Summary = []string{"No agreement matched this name, alias or xid."}
		return nil
	}
	for _, a := range d.Agreement {
		s := a.Name
		if a.Signed != "" {
			s += ", signed " + showDate(a.Signed, a.SignedPrecision)
		}
		if a.Status != "" {
			s += ", " + a.Status + " since " + showDate(a.StatusSince, a.StatusPrecision)
		}
		pg.Summary = append(pg.Summary, s)
		svg, err := agreementChart(a)
		if err := pg.addChart("Top row: the agreement's status, each change holding until the next. Other rows: each party's period (opened by a signing, closed by a withdrawal).", svg, err); err != nil {
			return err
		}
		hist := eventTable("history", "Status changes", a.History)
		parties := Table{ID: "parties", Title: "Parties", Empty: "None known.", Columns: []string{"Party", "Since", "Until", "Ended by"}}
		for _, r := range a.Parties {
			end := "—"
			if r.EndedBy != nil {
				end = showDate(r.EndedBy.Date, r.EndedBy.DatePrecision) + " " + r.EndedBy.Cameo
			}
			parties.Rows = append(parties.Rows, Row{ID: "party-" + r.UID, Cells: []string{nameOf(r.Party), showDate(r.Since, r.SincePrecision), showDate(r.Until, r.UntilPrecision), end}, Ev: relEvidence(r)})
		}
		linked := Table{ID: "linked", Title: "Bodies and agreements linked to it", Empty: "None.", Columns: []string{"Linked", "Relation", "Since", "Until"}}
		for _, r := range a.Linked {
			linked.Rows = append(linked.Rows, Row{Cells: []string{nameOf(r.Member), r.RelType, showDate(r.Since, ""), showDate(r.Until, "")}, Ev: relEvidence(r)})
		}
		pg.Tables = append(pg.Tables, hist, parties, linked,
			eventTable("events", "Events involving it", a.Events), eventTable("about", "Events about it", a.About))
	}
	return nil
}

func (pg *Page) asOf(d result, p queries.ReportParams) error {
	pg.Title = "Relations of " + p.Actor + " as of " + p.At
	pg.Summary = append(actorLine(d.Node), fmt.Sprintf("%d relations held on %s", len(d.Relations), p.At))
	svg, err := asOfChart(d.Relations, p.At)
	if err := pg.addChart("Each bar is a relation's known period; a lighter bar has an unknown start or end and runs to the edge. The dashed line is the date asked about.", svg, err); err != nil {
		return err
	}
	pg.Tables = append(pg.Tables, relationTable("relations", "Relations that held", d.Relations, nil))
	return nil
}

func (pg *Page) withdrawals(d result, p queries.ReportParams) error {
	pg.Title = "Withdrawals and reductions of relations" + window(p)
	pg.Summary = []string{fmt.Sprintf("%d events of CAMEO root 16", len(d.Events))}
	if err := pg.eventCharts(d.Events); err != nil {
		return err
	}
	pg.Tables = append(pg.Tables, eventTable("events", "Events, oldest first", d.Events))
	return nil
}

func (pg *Page) path(d result, p queries.ReportParams) {
	pg.Title = "Path from " + p.Actor + " to " + p.With
	pg.Summary = []string{fmt.Sprintf("%d nodes on the shortest chain of events and relations", len(d.Path))}
	t := Table{ID: "path", Title: "The chain, in order", Empty: "No path within 8 steps.", Columns: []string{"Step", "Type", "What", "Date"}}
	for i, n := range d.Path {
		what := n.Name
		switch {
		case n.Cameo != "":
			what = strings.TrimSpace(n.Cameo + " " + n.Plover)
		case n.RelType != "":
			what = strings.TrimSpace(n.RelType + " " + n.Label)
		}
		t.Rows = append(t.Rows, Row{ID: "step-" + n.UID, Cells: []string{fmt.Sprint(i + 1), strings.Join(n.Types, ", "), what, showDate(n.Date, "")}, Ev: evidence(n.Mentions)})
	}
	pg.Tables = append(pg.Tables, t)
}
