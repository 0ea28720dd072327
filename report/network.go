package report

import (
	"cmp"
	"fmt"
	"html/template"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strings"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/layout"
	"gonum.org/v1/gonum/graph/simple"
)

// netEdge is a dyad: the events between two actors, either direction.
type netEdge struct {
	A, B      string
	Events    int
	Goldstein float64 // sum
}

// actorNet collects actors and dyads from events, or from counts the index
// page reads from Dgraph directly.
type actorNet struct {
	edges map[[2]string]*netEdge
	focus map[string]bool
}

func newNetwork(focus ...string) *actorNet {
	n := &actorNet{edges: map[[2]string]*netEdge{}, focus: map[string]bool{}}
	for _, f := range focus {
		n.focus[f] = true
	}
	return n
}

// add counts n events between a and b with Goldstein sum g. Self-loops
// (an actor's part acting on the actor) carry no layout information.
func (n *actorNet) add(a, b string, events int, g float64) {
	if a == "" || b == "" || a == b || events <= 0 {
		return
	}
	if b < a {
		a, b = b, a
	}
	e := n.edges[[2]string{a, b}]
	if e == nil {
		e = &netEdge{A: a, B: b}
		n.edges[[2]string{a, b}] = e
	}
	e.Events += events
	e.Goldstein += g
}

func (n *actorNet) addEvents(evs []event) {
	for _, e := range evs {
		if e.Source != nil && e.Target != nil {
			n.add(e.Source.Name, e.Target.Name, 1, e.Goldstein)
		}
	}
}

// blownUp says whether a layout is degenerate: its extent is over 60
// times its median edge length, or a coordinate is not a number.
func blownUp(opt layout.OptimizerR2, nodes int, edges []*netEdge, id map[string]int64) bool {
	if len(edges) == 0 {
		return false
	}
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for i := range nodes {
		c := opt.Coord2(int64(i))
		if math.IsNaN(c.X) || math.IsNaN(c.Y) || math.IsInf(c.X, 0) || math.IsInf(c.Y, 0) {
			return true
		}
		minX, maxX = math.Min(minX, c.X), math.Max(maxX, c.X)
		minY, maxY = math.Min(minY, c.Y), math.Max(maxY, c.Y)
	}
	lens := make([]float64, 0, len(edges))
	for _, e := range edges {
		a, b := opt.Coord2(id[e.A]), opt.Coord2(id[e.B])
		lens = append(lens, math.Hypot(a.X-b.X, a.Y-b.Y))
	}
	slices.Sort(lens)
	return math.Hypot(maxX-minX, maxY-minY) > 60*math.Max(lens[len(lens)/2], 1e-12)
}

// keep chooses at most maxNodes actors for the picture: the focus actors,
// then the ends of the busiest dyads in turn, so that every actor drawn has
// an edge drawn (keeping the busiest actors instead would keep some whose
// only partner is left out, drawn as lone dots). names is in drawing order
// and the result keeps it.
func (n *actorNet) keep(names []string, deg map[string]int) []string {
	in := map[string]bool{}
	for _, nm := range names {
		if n.focus[nm] && len(in) < maxNodes {
			in[nm] = true
		}
	}
	edges := slices.Collect(maps.Values(n.edges))
	slices.SortFunc(edges, func(x, y *netEdge) int {
		return cmp.Or(cmp.Compare(y.Events, x.Events), cmp.Compare(deg[y.A]+deg[y.B], deg[x.A]+deg[x.B]), cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
	})
	for _, e := range edges {
		need := 0
		for _, nm := range []string{e.A, e.B} {
			if !in[nm] {
				need++
			}
		}
		if len(in)+need <= maxNodes {
			in[e.A], in[e.B] = true, true
		}
	}
	return slices.DeleteFunc(names, func(nm string) bool { return !in[nm] })
}

// gravity is the weight of the hidden hub's ties, small beside one event's
// weight (1) so dyads still shape the layout.
const gravity = 0.15

// maxNodes bounds the network drawn: past a few dozen actors the labels
// overlap and nobody reads it; the tables keep every event.
const maxNodes = 40

// svg lays the network out with gonum's force-directed Eades layout
// (edges pull by event count, all nodes repel) and draws it. Nodes are
// actors, sized by events; edges are dyads, as wide as their event count
// and coloured by mean Goldstein. Hovering shows names and counts through
// SVG <title> elements, which need no script.
func (n *actorNet) svg(title string) (template.HTML, error) {
	if len(n.edges) == 0 {
		return "", nil
	}
	deg := map[string]int{}
	for _, e := range n.edges {
		deg[e.A] += e.Events
		deg[e.B] += e.Events
	}
	names := make([]string, 0, len(deg))
	for k := range deg {
		names = append(names, k)
	}
	// Focus actors first, then by events, then by name: a stable order
	// makes a stable layout.
	slices.SortFunc(names, func(a, b string) int {
		if n.focus[a] != n.focus[b] {
			if n.focus[a] {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(deg[b], deg[a]), cmp.Compare(a, b))
	})
	dropped := 0
	if len(names) > maxNodes {
		names = n.keep(names, deg)
		dropped = len(deg) - len(names)
	}
	id := map[string]int64{}
	g := simple.NewWeightedUndirectedGraph(0, 0)
	for i, nm := range names {
		id[nm] = int64(i)
		g.AddNode(simple.Node(i))
	}
	var edges []*netEdge
	for _, e := range n.edges {
		ia, oka := id[e.A]
		ib, okb := id[e.B]
		if !oka || !okb {
			continue
		}
		edges = append(edges, e)
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(ia), simple.Node(ib), math.Log2(1+float64(e.Events))))
	}
	slices.SortFunc(edges, func(x, y *netEdge) int { return cmp.Or(cmp.Compare(x.Events, y.Events), cmp.Compare(x.A+x.B, y.A+y.B)) })
	// A hidden hub tied weakly to every node acts as gravity: without it
	// the layout pushes unconnected groups (a ministry and its counterpart
	// seen once) to the far edges and crushes the main group into a corner.
	hub := simple.Node(len(names))
	g.AddNode(hub)
	for i := range names {
		g.SetWeightedEdge(g.NewWeightedEdge(hub, simple.Node(i), gravity))
	}
	// The attraction on a node is the sum over its edges of weight×d×log d,
	// so a step of Rate×force overshoots, and the layout flings the busiest
	// actor off the page, once a node's weighted degree passes about 1/Rate.
	maxWDeg := 0.0
	for i := range names {
		w := 0.0
		for to := g.From(int64(i)); to.Next(); {
			ew, _ := g.Weight(int64(i), to.Node().ID())
			w += ew
		}
		maxWDeg = math.Max(maxWDeg, w)
	}
	// The step is cut to stay inside that bound, and repulsion kept weak
	// so the first steps (all nodes start in a unit square) do not throw
	// nodes so far that the attraction's log d term breaks the bound. A
	// layout that still blows up (one node far off, the rest in a dot) is
	// done again with a smaller step. Values tuned on the BBC corpus graph.
	rate := math.Min(0.05, 0.1/math.Max(maxWDeg, 1e-9))
	var opt layout.OptimizerR2
	for try := 0; try < 4; try++ {
		// A fixed seed: the same graph gives the same picture every time.
		eades := layout.EadesR2{Repulsion: 0.3, Rate: rate, Updates: 400, Theta: 0.2, Src: rand.NewPCG(1, 2)}
		opt = layout.NewOptimizerR2(ordered{g}, eades.Update)
		for opt.Update() {
		}
		if !blownUp(opt, len(names), edges, id) {
			break
		}
		rate /= 4
	}
	const W, H, margin = 760.0, 520.0, 70.0
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	pos := make([][2]float64, len(names))
	for i := range names {
		c := opt.Coord2(int64(i))
		pos[i] = [2]float64{c.X, c.Y}
		minX, maxX = math.Min(minX, c.X), math.Max(maxX, c.X)
		minY, maxY = math.Min(minY, c.Y), math.Max(maxY, c.Y)
	}
	sx, sy := (W-2*margin)/math.Max(maxX-minX, 1e-9), (H-2*margin-30)/math.Max(maxY-minY, 1e-9)
	for i := range pos {
		pos[i][0] = margin + (pos[i][0]-minX)*sx
		pos[i][1] = margin + 20 + (pos[i][1]-minY)*sy
		if len(names) == 1 {
			pos[i] = [2]float64{W / 2, H / 2}
		}
	}
	maxDeg := deg[names[0]]
	for _, nm := range names {
		maxDeg = max(maxDeg, deg[nm])
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart network" role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg" width="%g" height="%g" viewBox="0 0 %g %g">`,
		template.HTMLEscapeString(title), W, H, W, H)
	fmt.Fprintf(&b, `<rect width="%g" height="%g" fill="#fff"/>`, W, H)
	fmt.Fprintf(&b, `<text x="%g" y="22" text-anchor="middle" class="net-title">%s</text>`, W/2, template.HTMLEscapeString(title))
	b.WriteString(`<g class="edges">`)
	for _, e := range edges {
		pa, pb := pos[id[e.A]], pos[id[e.B]]
		mean := e.Goldstein / float64(e.Events)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="%.1f" stroke-opacity="0.8"><title>%s – %s: %d event%s, mean Goldstein %+.1f</title></line>`,
			pa[0], pa[1], pb[0], pb[1], goldsteinColor(mean), 1+2*math.Log2(float64(e.Events)),
			template.HTMLEscapeString(e.A), template.HTMLEscapeString(e.B), e.Events, plural(e.Events), mean)
	}
	b.WriteString(`</g><g class="nodes">`)
	var placed []box
	for i, nm := range names {
		r := 4 + 10*math.Sqrt(float64(deg[nm])/float64(maxDeg))
		fill := "#5a5a5a"
		if n.focus[nm] {
			fill = "#111"
		}
		label := shorten(nm, 28)
		lx, ly, anchor := placeLabel(&placed, pos[i][0], pos[i][1], r, label, W)
		fmt.Fprintf(&b, `<g class="node"><circle cx="%.1f" cy="%.1f" r="%.1f" fill="%s" stroke="#fff" stroke-width="1.5"><title>%s: %d event%s</title></circle><text x="%.1f" y="%.1f" text-anchor="%s" class="net-label">%s</text></g>`,
			pos[i][0], pos[i][1], r, fill, template.HTMLEscapeString(nm), deg[nm], plural(deg[nm]),
			lx, ly, anchor, template.HTMLEscapeString(label))
	}
	b.WriteString(`</g>`)
	// Legend: the Goldstein colour scale and what widths and sizes mean.
	b.WriteString(`<g class="legend">`)
	fmt.Fprintf(&b, `<text x="12" y="%g" class="net-legend">mean Goldstein of a dyad's events:</text>`, H-34)
	for i, v := range []float64{-10, -5, 0, 5, 10} {
		x := 12 + float64(i)*44
		fmt.Fprintf(&b, `<rect x="%g" y="%g" width="40" height="10" fill="%s"/><text x="%g" y="%g" text-anchor="middle" class="net-legend">%s</text>`,
			x, H-26, goldsteinColor(v), x+20, H-6, signed(v))
	}
	note := "edge width: events; node size: events of the actor; hover for counts"
	if dropped > 0 {
		note += fmt.Sprintf("; %d smaller actors left out", dropped)
	}
	fmt.Fprintf(&b, `<text x="%g" y="%g" text-anchor="end" class="net-legend">%s</text>`, W-12, H-6, template.HTMLEscapeString(note))
	b.WriteString(`</g></svg>`)
	return template.HTML(b.String()), nil
}

// box is a label's extent on the network picture.
type box struct{ x0, y0, x1, y1 float64 }

func (a box) overlaps(b box) bool { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 }

// placeLabel puts a node's label right of it, else left, above or below,
// whichever first overlaps no label placed before (busier actors are
// placed first, so theirs stay readable). Widths are estimated for the
// 11px label font.
func placeLabel(placed *[]box, x, y, r float64, label string, width float64) (lx, ly float64, anchor string) {
	w := 6.2 * float64(len([]rune(label)))
	const h = 12
	type cand struct {
		lx, ly float64
		anchor string
		b      box
	}
	cands := []cand{
		{x + r + 3, y + 4, "start", box{x + r + 3, y - 8, x + r + 3 + w, y + 4}},
		{x - r - 3, y + 4, "end", box{x - r - 3 - w, y - 8, x - r - 3, y + 4}},
		{x, y - r - 4, "middle", box{x - w/2, y - r - 4 - h, x + w/2, y - r - 4}},
		{x, y + r + 12, "middle", box{x - w/2, y + r, x + w/2, y + r + 12}},
	}
	if x > width-200 { // near the right edge, left first
		cands[0], cands[1] = cands[1], cands[0]
	}
	best := cands[0]
	for _, c := range cands {
		if c.b.x0 < 2 || c.b.x1 > width-2 {
			continue
		}
		free := true
		for _, p := range *placed {
			if c.b.overlaps(p) {
				free = false
				break
			}
		}
		if free {
			best = c
			break
		}
	}
	*placed = append(*placed, best.b)
	return best.lx, best.ly, best.anchor
}

// ordered gives the layout the nodes in id order: gonum's simple graphs
// iterate a map, and the layout seeds positions in iteration order, so
// without it the same graph would be drawn differently on every run.
type ordered struct {
	*simple.WeightedUndirectedGraph
}

func (o ordered) Nodes() graph.Nodes { return sortedNodes(o.WeightedUndirectedGraph.Nodes()) }

func (o ordered) From(id int64) graph.Nodes {
	return sortedNodes(o.WeightedUndirectedGraph.From(id))
}

func sortedNodes(it graph.Nodes) graph.Nodes {
	ns := graph.NodesOf(it)
	slices.SortFunc(ns, func(a, b graph.Node) int { return cmp.Compare(a.ID(), b.ID()) })
	return iterator.NewOrderedNodes(ns)
}

// goldsteinColor maps a Goldstein score (-10 conflict … +10 cooperation)
// to red through grey to blue, the colours of the QuadClass charts.
func goldsteinColor(g float64) string {
	t := math.Max(-1, math.Min(1, g/10))
	grey := [3]float64{0xaa, 0xaa, 0xaa}
	end := [3]float64{0x21, 0x71, 0xb5}
	if t < 0 {
		end, t = [3]float64{0xd7, 0x30, 0x1f}, -t
	}
	var c [3]int
	for i := range c {
		c[i] = int(math.Round(grey[i] + (end[i]-grey[i])*t))
	}
	return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2])
}

// signed shows a scale value with its sign, and zero as plain 0.
func signed(v float64) string {
	if v == 0 {
		return "0"
	}
	return fmt.Sprintf("%+g", v)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
