package report

import (
	"bytes"
	"fmt"
	"html/template"
	"image/color"
	"math"
	"sort"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// quadColors follow the usual reading of QuadClasses: blues for
// cooperation, warm colours for conflict, the material (acted) class darker
// than the verbal (said) one.
var quadColors = [5]color.NRGBA{
	{0x99, 0x99, 0x99, 0xff},
	{0x9e, 0xca, 0xe1, 0xff}, // verbal cooperation
	{0x21, 0x71, 0xb5, 0xff}, // material cooperation
	{0xfd, 0xae, 0x6b, 0xff}, // verbal conflict
	{0xd7, 0x30, 0x1f, 0xff}, // material conflict
}

func quadColor(q int) color.NRGBA {
	if q >= 1 && q <= 4 {
		return quadColors[q]
	}
	return quadColors[0]
}

// sans is the plots' font. vgsvg names it in the SVG without embedding it
// (embedding would add hundreds of kilobytes per chart); the page's CSS
// falls back to metric-compatible fonts (see fixFonts).
var sans = font.Font{Typeface: "Liberation", Variant: "Sans"}

func newPlot(title string) *plot.Plot {
	p := plot.New()
	set := func(s *text.Style, size vg.Length) { s.Font = font.From(sans, size) }
	set(&p.Title.TextStyle, 13)
	set(&p.X.Label.TextStyle, 11)
	set(&p.Y.Label.TextStyle, 11)
	set(&p.X.Tick.Label, 10)
	set(&p.Y.Tick.Label, 10)
	set(&p.Legend.TextStyle, 10)
	p.Title.Text = title
	p.Title.Padding = vg.Points(6)
	return p
}

// svgOf draws on a w×h SVG canvas and returns the <svg> element, ready to
// inline: no XML declaration, a class for the page's CSS and a label for
// screen readers.
func svgOf(w, h vg.Length, label string, paint func(dc draw.Canvas)) (template.HTML, error) {
	c := vgsvg.New(w, h)
	paint(draw.New(c))
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return "", fmt.Errorf("draw %s: %w", label, err)
	}
	s := buf.String()
	i := strings.Index(s, "<svg")
	if i < 0 {
		return "", fmt.Errorf("draw %s: no <svg> element", label)
	}
	s = s[i:]
	s = strings.Replace(s, "<svg", `<svg class="chart" role="img" aria-label="`+template.HTMLEscapeString(label)+`"`, 1)
	return template.HTML(fixFonts(s)), nil
}

// fixFonts gives the SVG text a fallback chain: a viewer without Liberation
// Sans gets Arimo or Arial, which have the same metrics, so labels keep the
// widths gonum measured them with.
func fixFonts(s string) string {
	return strings.ReplaceAll(s, "font-family:Liberation Sans;", "font-family:'Liberation Sans',Arimo,Arial,Helvetica,sans-serif;")
}

// monthRow is one month of a dyad's series.
type monthRow struct {
	Month     string
	Quad      [5]int
	Events    int
	Goldstein float64
}

// fillMonths returns one row per month from the first to the last month
// with events, empty months included, so the bars are a time axis rather
// than a list of busy months. A span over maxMonths keeps only busy months.
func fillMonths(rows []monthRow) []monthRow {
	const maxMonths = 600
	if len(rows) < 2 {
		return rows
	}
	first, err1 := time.Parse("2006-01", rows[0].Month)
	last, err2 := time.Parse("2006-01", rows[len(rows)-1].Month)
	if err1 != nil || err2 != nil {
		return rows
	}
	n := (last.Year()-first.Year())*12 + int(last.Month()-first.Month()) + 1
	if n > maxMonths {
		return rows
	}
	by := map[string]monthRow{}
	for _, r := range rows {
		by[r.Month] = r
	}
	out := make([]monthRow, 0, n)
	for m := first; !m.After(last); m = m.AddDate(0, 1, 0) {
		k := m.Format("2006-01")
		r, ok := by[k]
		if !ok {
			r = monthRow{Month: k}
		}
		out = append(out, r)
	}
	return out
}

// seriesChart draws a dyad's months: events stacked by QuadClass above, the
// sum of their Goldstein scores below, on one month axis.
func seriesChart(rows []monthRow) (template.HTML, error) {
	rows = fillMonths(rows)
	if len(rows) == 0 {
		return "", nil
	}
	n := len(rows)
	labels := make([]string, n)
	step := (n + 17) / 18 // at most 18 month labels, so they never collide
	for i, r := range rows {
		if i%step == 0 {
			labels[i] = r.Month
		}
	}
	width := vg.Points(math.Max(2, math.Min(28, 560/float64(n))))

	top := newPlot("Events per month by QuadClass")
	top.Y.Label.Text = "events"
	top.Add(plotter.NewGrid())
	var below *plotter.BarChart
	var legend []legendItem
	maxStack := 0
	for _, r := range rows {
		maxStack = max(maxStack, r.Events)
	}
	for q := 1; q <= 4; q++ {
		vals := make(plotter.Values, n)
		for i, r := range rows {
			vals[i] = float64(r.Quad[q])
		}
		b, err := plotter.NewBarChart(vals, width)
		if err != nil {
			return "", fmt.Errorf("series chart: %w", err)
		}
		b.Color = quadColor(q)
		b.LineStyle.Width = 0
		if below != nil {
			b.StackOn(below)
		}
		below = b
		top.Add(b)
		legend = append(legend, legendItem{quadName(q), quadColor(q)})
	}
	top.Y.Min, top.Y.Max = 0, math.Max(1, float64(maxStack))*1.05
	top.X.Min, top.X.Max = -0.5, float64(n)-0.5
	top.NominalX(labels...)
	top.Y.Tick.Marker = intTicks{}

	bottom := newPlot("Sum of Goldstein scores per month")
	bottom.Y.Label.Text = "Goldstein sum"
	bottom.Add(plotter.NewGrid())
	pts := make(plotter.XYs, n)
	lo, hi := 0.0, 0.0
	for i, r := range rows {
		pts[i] = plotter.XY{X: float64(i), Y: r.Goldstein}
		lo, hi = math.Min(lo, r.Goldstein), math.Max(hi, r.Goldstein)
	}
	zero, _ := plotter.NewLine(plotter.XYs{{X: -0.5, Y: 0}, {X: float64(n) - 0.5, Y: 0}})
	zero.Color = color.Gray{0x80}
	zero.Width = vg.Points(0.75)
	bottom.Add(zero)
	line, marks, err := plotter.NewLinePoints(pts)
	if err != nil {
		return "", fmt.Errorf("series chart: %w", err)
	}
	line.Color = color.NRGBA{0x33, 0x33, 0x33, 0xff}
	line.Width = vg.Points(1.5)
	marks.Shape = draw.CircleGlyph{}
	marks.Radius = vg.Points(2.5)
	bottom.Add(line, marks)
	pad := math.Max(1, (hi-lo)*0.1)
	bottom.Y.Min, bottom.Y.Max = lo-pad, hi+pad
	bottom.X.Min, bottom.X.Max = -0.5, float64(n)-0.5
	bottom.NominalX(labels...)
	bottom.X.Label.Text = "month"

	return svgOf(760, 540, "monthly events by QuadClass and Goldstein sum", func(dc draw.Canvas) {
		dc = legendStrip(dc, legend)
		tiles := draw.Tiles{Rows: 2, Cols: 1, PadTop: 4, PadBottom: 4, PadLeft: 4, PadRight: 12, PadY: 10}
		cs := plot.Align([][]*plot.Plot{{top}, {bottom}}, tiles, dc)
		top.Draw(cs[0][0])
		bottom.Draw(cs[1][0])
	})
}

// intTicks marks whole numbers only: event counts have no fractions.
type intTicks struct{}

func (intTicks) Ticks(min, max float64) []plot.Tick {
	var out []plot.Tick
	for _, t := range (plot.DefaultTicks{}).Ticks(min, max) {
		if t.Label != "" && t.Value == math.Trunc(t.Value) {
			out = append(out, plot.Tick{Value: t.Value, Label: fmt.Sprint(int(t.Value))})
		} else if t.Label == "" {
			out = append(out, plot.Tick{Value: t.Value})
		}
	}
	return out
}

// unix maps a time to the charts' x value (seconds).
func unix(t time.Time) float64 { return float64(t.Unix()) }

// timeAxis sets a date axis over [lo, hi], padding a zero-length span so a
// single day still shows.
func timeAxis(p *plot.Plot, lo, hi time.Time) {
	const day = 24 * time.Hour
	pad := hi.Sub(lo) / 20
	if pad < 3*day {
		pad = 3 * day
	}
	lo, hi = lo.Add(-pad), hi.Add(pad)
	p.X.Min, p.X.Max = unix(lo), unix(hi)
	p.X.Tick.Marker = dateTicks{}
}

// dateTicks labels a date axis at calendar boundaries (days, months or
// years), with the coarsest step that still gives a few labels, and
// formats labels at that step's precision: 2019-03, not 2019-03-01.
type dateTicks struct{}

const maxDateLabels = 9

func (dateTicks) Ticks(min, max float64) []plot.Tick {
	lo, hi := time.Unix(int64(min), 0).UTC(), time.Unix(int64(max), 0).UTC()
	days := hi.Sub(lo).Hours() / 24
	type step struct {
		days, months, years int
	}
	steps := []step{{days: 1}, {days: 2}, {days: 7}, {days: 14}, {months: 1}, {months: 2}, {months: 3}, {months: 6},
		{years: 1}, {years: 2}, {years: 5}, {years: 10}, {years: 20}, {years: 50}, {years: 100}}
	st := steps[len(steps)-1]
	for _, s := range steps {
		approx := float64(s.days) + 30.4*float64(s.months) + 365.25*float64(s.years)
		if days/approx <= maxDateLabels {
			st = s
			break
		}
	}
	var t time.Time
	format := "2006-01-02"
	next := func(t time.Time) time.Time { return t.AddDate(st.years, st.months, st.days) }
	switch {
	case st.years > 0:
		format = "2006"
		y := lo.Year() - lo.Year()%st.years
		t = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	case st.months > 0:
		format = "2006-01"
		m := int(lo.Month()) - 1
		m -= m % st.months
		t = time.Date(lo.Year(), time.Month(m+1), 1, 0, 0, 0, 0, time.UTC)
	default:
		t = time.Date(lo.Year(), lo.Month(), lo.Day(), 0, 0, 0, 0, time.UTC)
		if st.days == 7 || st.days == 14 { // weeks start on Mondays
			t = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		}
	}
	var ticks []plot.Tick
	for ; !t.After(hi); t = next(t) {
		if t.Before(lo) {
			continue
		}
		ticks = append(ticks, plot.Tick{Value: unix(t), Label: t.Format(format)})
	}
	return ticks
}

// timelineChart draws events as dots on a date axis, one row per QuadClass
// (cooperation above conflict), a dot's area growing with the number of
// sentences reporting the event.
func timelineChart(evs []event) (template.HTML, error) {
	var lo, hi time.Time
	type dot struct {
		x, y float64
		q, n int
	}
	var dots []dot
	for i, e := range evs {
		t, ok := when(e.Date)
		if !ok || e.Quad < 1 || e.Quad > 4 {
			continue
		}
		if len(dots) == 0 || t.Before(lo) {
			lo = t
		}
		if len(dots) == 0 || t.After(hi) {
			hi = t
		}
		// A small fixed spread inside the row keeps same-day events apart.
		jitter := float64(i%5-2) * 0.07
		dots = append(dots, dot{unix(t), float64(5-e.Quad) + jitter, e.Quad, max(1, e.MentionCount)})
	}
	if len(dots) == 0 {
		return "", nil
	}
	p := newPlot(fmt.Sprintf("Timeline of %d events by QuadClass", len(dots)))
	p.Add(plotter.NewGrid())
	p.X.Label.Text = "date (dot area: sentences reporting the event)"
	p.Y.Min, p.Y.Max = 0.5, 4.5
	var ticks []plot.Tick
	for q := 1; q <= 4; q++ {
		ticks = append(ticks, plot.Tick{Value: float64(5 - q), Label: quadName(q)})
	}
	p.Y.Tick.Marker = plot.ConstantTicks(ticks)
	timeAxis(p, lo, hi)
	xys := make(plotter.XYs, len(dots))
	for i, d := range dots {
		xys[i] = plotter.XY{X: d.x, Y: d.y}
	}
	sc, err := plotter.NewScatter(xys)
	if err != nil {
		return "", fmt.Errorf("timeline chart: %w", err)
	}
	sc.GlyphStyleFunc = func(i int) draw.GlyphStyle {
		c := quadColor(dots[i].q)
		c.A = 0xc0
		return draw.GlyphStyle{Color: c, Shape: draw.CircleGlyph{}, Radius: vg.Points(3.5 + 2.5*math.Sqrt(float64(dots[i].n-1)))}
	}
	p.Add(sc)
	return svgOf(760, 260, "timeline of events by QuadClass", func(dc draw.Canvas) { p.Draw(draw.Crop(dc, 6, -12, 4, -4)) })
}

// span is one bar of a period chart: a row, a start and end on the date
// axis, and whether the ends are known or open.
type span struct {
	Row          float64
	X0, X1       float64
	Color        color.Color
	Label        string
	Open0, Open1 bool // start or end unknown: drawn lighter
}

// spans draws period bars; it is a plot.Plotter and plot.DataRanger.
type spans struct {
	items []span
	label text.Style
}

func (s spans) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	const half = 0.32
	for _, it := range s.items {
		x0, x1 := trX(it.X0), trX(it.X1)
		if x1-x0 < 2 {
			x1 = x0 + 2
		}
		y0, y1 := trY(it.Row-half), trY(it.Row+half)
		col := it.Color
		if it.Open0 || it.Open1 {
			r, g, b, _ := col.RGBA()
			col = color.NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 0x70}
		}
		c.FillPolygon(col, []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}})
		if it.Label != "" && s.label.Width(it.Label)+6 < x1-x0 {
			c.FillText(s.label, vg.Point{X: x0 + 3, Y: (y0 + y1) / 2}, it.Label)
		}
	}
}

func (s spans) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for _, it := range s.items {
		xmin, xmax = math.Min(xmin, it.X0), math.Max(xmax, it.X1)
		ymin, ymax = math.Min(ymin, it.Row-0.5), math.Max(ymax, it.Row+0.5)
	}
	return
}

// period is one row of a period chart before it is placed on the axis.
type period struct {
	Row        string
	From, To   string // stored datetimes, empty when unknown
	Color      color.Color
	Label      string
	SegmentsOf bool // several periods share the row (the status row)
}

// periodChart draws labelled rows of periods on a date axis; an unknown
// start or end runs to the edge of the axis, lighter. mark, when set, is a
// date drawn as a vertical line (the date of an as-of report).
func periodChart(title string, rows []string, ps []period, mark string, legend []legendItem) (template.HTML, error) {
	var lo, hi time.Time
	seen := false
	see := func(t time.Time) {
		if !seen || t.Before(lo) {
			lo = t
		}
		if !seen || t.After(hi) {
			hi = t
		}
		seen = true
	}
	for _, p := range ps {
		for _, d := range []string{p.From, p.To} {
			if t, ok := when(d); ok {
				see(t)
			}
		}
	}
	known := seen
	markT, hasMark := when(mark)
	if hasMark {
		see(markT)
		if !known {
			// No period has a known end: a year either side of the date,
			// so the open bars read as "extent unknown", not as one week.
			see(markT.AddDate(-1, 0, 0))
			see(markT.AddDate(1, 0, 0))
		}
	}
	if !seen || len(rows) == 0 {
		return "", nil
	}
	p := newPlot(title)
	p.Add(plotter.NewGrid())
	timeAxis(p, lo, hi)
	rowY := map[string]float64{}
	var ticks []plot.Tick
	for i, r := range rows {
		y := float64(len(rows) - i)
		rowY[r] = y
		ticks = append(ticks, plot.Tick{Value: y, Label: shorten(r, 48)})
	}
	p.Y.Tick.Marker = plot.ConstantTicks(ticks)
	p.Y.Min, p.Y.Max = 0.5, float64(len(rows))+0.5
	lbl := text.Style{Color: color.Black, Font: font.From(sans, 9), XAlign: draw.XLeft, YAlign: draw.YCenter, Handler: p.Title.TextStyle.Handler}
	s := spans{label: lbl}
	for _, pp := range ps {
		t0, ok0 := when(pp.From)
		t1, ok1 := when(pp.To)
		x0, x1 := p.X.Min, p.X.Max
		if ok0 {
			x0 = unix(t0)
		}
		if ok1 {
			x1 = unix(t1)
		}
		s.items = append(s.items, span{Row: rowY[pp.Row], X0: x0, X1: x1, Color: pp.Color, Label: pp.Label, Open0: !ok0, Open1: !ok1 && !pp.SegmentsOf})
	}
	p.Add(s)
	if hasMark {
		l, _ := plotter.NewLine(plotter.XYs{{X: unix(markT), Y: 0.5}, {X: unix(markT), Y: float64(len(rows)) + 0.5}})
		l.Color = color.NRGBA{0xd7, 0x30, 0x1f, 0xff}
		l.Width = vg.Points(1.5)
		l.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
		p.Add(l)
		legend = append([]legendItem{{"as of " + markT.Format("2006-01-02") + " (dashed line)", l.Color}}, legend...)
	}
	h := vg.Length(130 + 26*len(rows))
	return svgOf(760, h, title, func(dc draw.Canvas) {
		dc = legendStrip(dc, legend)
		p.Draw(draw.Crop(dc, 4, -12, 4, -4))
	})
}

// legendStrip draws a legend in a strip along the top of dc, entries side
// by side (wrapping when needed), and returns the canvas below it, so the
// legend never covers data.
func legendStrip(dc draw.Canvas, items []legendItem) draw.Canvas {
	if len(items) == 0 {
		return dc
	}
	const rowH, pad = 15, 6
	sty := text.Style{Color: color.Black, Font: font.From(sans, 10), XAlign: draw.XLeft, YAlign: draw.YCenter, Handler: plot.DefaultTextHandler}
	left := dc.Min.X + 40
	x, y := left, dc.Max.Y-pad-rowH/2
	for _, it := range items {
		w := sty.Width(it.Label)
		if x > left && x+18+w > dc.Max.X-8 {
			x, y = left, y-rowH
		}
		dc.FillPolygon(it.Color, []vg.Point{{X: x, Y: y - 5}, {X: x + 14, Y: y - 5}, {X: x + 14, Y: y + 5}, {X: x, Y: y + 5}})
		dc.FillText(sty, vg.Point{X: x + 18, Y: y}, it.Label)
		x += 18 + w + 16
	}
	return draw.Crop(dc, 0, 0, 0, -(dc.Max.Y - y + rowH/2 + 2))
}

// legendItem is a colour swatch in a chart's legend.
type legendItem struct {
	Label string
	Color color.Color
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// statusColors colour an agreement's statuses.
var statusColors = map[string]color.NRGBA{
	"signed":         {0x9e, 0xca, 0xe1, 0xff},
	"in force":       {0x21, 0x71, 0xb5, 0xff},
	"suspended":      {0xfd, 0xae, 0x6b, 0xff},
	"violated":       {0xe6, 0x55, 0x0d, 0xff},
	"withdrawn from": {0xd7, 0x30, 0x1f, 0xff},
}

func statusColor(s string) color.NRGBA {
	if c, ok := statusColors[s]; ok {
		return c
	}
	return color.NRGBA{0x99, 0x99, 0x99, 0xff}
}

// agreementChart draws an agreement's status over time (each change holds
// until the next) above its parties' periods.
func agreementChart(a agreementNode) (template.HTML, error) {
	const statusRow = "Status"
	rows := []string{statusRow}
	var ps []period
	hist := append([]event(nil), a.History...)
	sort.SliceStable(hist, func(i, j int) bool { return hist[i].Date < hist[j].Date })
	used := map[string]bool{}
	var legend []legendItem
	for i, e := range hist {
		if e.Date == "" || e.Status == "" {
			continue
		}
		to := ""
		if i+1 < len(hist) {
			to = hist[i+1].Date
		}
		ps = append(ps, period{Row: statusRow, From: e.Date, To: to, Color: statusColor(e.Status), Label: e.Status, SegmentsOf: true})
		if !used[e.Status] {
			used[e.Status] = true
			legend = append(legend, legendItem{e.Status, statusColor(e.Status)})
		}
	}
	if len(hist) == 0 && a.Status != "" && a.StatusSince != "" {
		ps = append(ps, period{Row: statusRow, From: a.StatusSince, Color: statusColor(a.Status), Label: a.Status, SegmentsOf: true})
	}
	partyColor := color.NRGBA{0x4d, 0x4d, 0x4d, 0xff}
	for _, r := range a.Parties {
		row := "party: " + nameOf(r.Party)
		if !contains(rows, row) {
			rows = append(rows, row)
		}
		ps = append(ps, period{Row: row, From: r.Since, To: r.Until, Color: partyColor})
	}
	legend = append(legend, legendItem{"party (lighter: start or end unknown)", partyColor})
	return periodChart(a.Name+": status and parties over time", rows, ps, "", legend)
}

// asOfChart draws the relations that held on the date as periods, with the
// date marked.
func asOfChart(rels []relation, at string) (template.HTML, error) {
	var rows []string
	var ps []period
	for _, r := range rels {
		row := relationText(r)
		if !contains(rows, row) {
			rows = append(rows, row)
		}
		ps = append(ps, period{Row: row, From: r.Since, To: r.Until, Color: relColor(r.RelType)})
	}
	var legend []legendItem
	seen := map[string]bool{}
	for _, r := range rels {
		if !seen[r.RelType] {
			seen[r.RelType] = true
			legend = append(legend, legendItem{r.RelType, relColor(r.RelType)})
		}
	}
	at = strings.TrimSpace(at)
	if len(at) == len("2006-01-02") {
		at += "T00:00:00Z"
	}
	return periodChart("Relations that held", rows, ps, at, legend)
}

func relColor(t string) color.NRGBA {
	switch t {
	case "role":
		return color.NRGBA{0x6a, 0x51, 0xa3, 0xff}
	case "member_of":
		return color.NRGBA{0x21, 0x71, 0xb5, 0xff}
	case "part_of":
		return color.NRGBA{0x41, 0xab, 0x5d, 0xff}
	case "party_to":
		return color.NRGBA{0x4d, 0x4d, 0x4d, 0xff}
	}
	return color.NRGBA{0x99, 0x99, 0x99, 0xff}
}

// relationText reads a relation as a phrase: "Rex Tillerson — role
// (Secretary of State) — US State Department".
func relationText(r relation) string {
	t := r.RelType
	if r.Label != "" {
		t += " (" + r.Label + ")"
	}
	return nameOf(r.Head) + " — " + t + " — " + nameOf(r.Tail)
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
