package report

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestDateTicks(t *testing.T) {
	day := func(s string) float64 {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return unix(d)
	}
	tests := []struct {
		from, to    string
		first, last string
	}{
		{"2019-01-03", "2019-01-09", "2019-01-03", "2019-01-09"}, // days
		{"2019-01-10", "2019-06-28", "2019-02", "2019-06"},       // months
		{"2014-08-20", "2018-03-15", "2015-01", "2018-01"},       // half years
		{"1958-01-01", "2022-01-01", "1960", "2020"},             // decades
	}
	for _, tt := range tests {
		ticks := dateTicks{}.Ticks(day(tt.from), day(tt.to))
		if len(ticks) == 0 || len(ticks) > maxDateLabels {
			t.Errorf("%s..%s: %d ticks, want 1..%d", tt.from, tt.to, len(ticks), maxDateLabels)
			continue
		}
		if ticks[0].Label != tt.first || ticks[len(ticks)-1].Label != tt.last {
			t.Errorf("%s..%s: ticks %s..%s, want %s..%s", tt.from, tt.to, ticks[0].Label, ticks[len(ticks)-1].Label, tt.first, tt.last)
		}
		for i := 1; i < len(ticks); i++ {
			if ticks[i].Value <= ticks[i-1].Value {
				t.Errorf("%s..%s: ticks out of order at %d", tt.from, tt.to, i)
			}
		}
	}
}

func TestFillMonths(t *testing.T) {
	got := fillMonths([]monthRow{{Month: "2018-11", Events: 2}, {Month: "2019-02", Events: 1}})
	var months []string
	for _, r := range got {
		months = append(months, r.Month)
	}
	if want := "2018-11 2018-12 2019-01 2019-02"; strings.Join(months, " ") != want {
		t.Errorf("months %v, want %s", months, want)
	}
	if got[1].Events != 0 || got[3].Events != 1 {
		t.Errorf("filled months carry events: %+v", got)
	}
}

func TestSafeURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.org/a": "https://example.org/a",
		"HTTP://example.org/":   "HTTP://example.org/",
		"javascript:alert(1)":   "",
		"data:text/html,x":      "",
		"":                      "",
		"article-17":            "",
	} {
		if got := safeURL(in); got != want {
			t.Errorf("safeURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGoldsteinColor(t *testing.T) {
	for g, want := range map[float64]string{-10: "#d7301f", -20: "#d7301f", 0: "#aaaaaa", 10: "#2171b5"} {
		if got := goldsteinColor(g); got != want {
			t.Errorf("goldsteinColor(%v) = %s, want %s", g, got, want)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"United States": "united-states", "Côte d'Ivoire": "c-te-d-ivoire", "***": "x"} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// external finds anything in a page that would make the browser fetch:
// src or href attributes pointing off the page, CSS url(), @import.
var external = regexp.MustCompile(`(?i)\b(src|href)\s*=\s*"(https?:|//)|url\(|@import|<script|<link`)

func fixtureEvents() []event {
	a, b, c := &named{Name: "Alpha"}, &named{Name: "Beta"}, &named{Name: "Gamma"}
	return []event{
		{UID: "0x1", Date: "2020-01-05T00:00:00Z", Quad: 1, Goldstein: 3, Source: a, Target: b, MentionCount: 1},
		{UID: "0x2", Date: "2020-02-11T00:00:00Z", Quad: 4, Goldstein: -9, Source: b, Target: a, MentionCount: 3},
		{UID: "0x3", Date: "2020-04-20T00:00:00Z", Quad: 3, Goldstein: -2, Source: c, Target: a, MentionCount: 2},
	}
}

// TestChartsDrawMarks checks each chart draws one mark per datum and
// refers to nothing outside the page.
func TestChartsDrawMarks(t *testing.T) {
	evs := fixtureEvents()
	tl, err := timelineChart(evs)
	if err != nil {
		t.Fatal(err)
	}
	series, err := seriesChart([]monthRow{{Month: "2020-01", Quad: [5]int{0, 1, 0, 0, 0}, Events: 1, Goldstein: 3}, {Month: "2020-03", Quad: [5]int{0, 0, 0, 1, 1}, Events: 2, Goldstein: -11}})
	if err != nil {
		t.Fatal(err)
	}
	n := newNetwork("Alpha")
	n.addEvents(evs)
	net, err := n.svg("test network")
	if err != nil {
		t.Fatal(err)
	}
	per, err := asOfChart([]relation{{RelType: "member_of", Since: "2001-01-01T00:00:00Z", Head: &named{Name: "Alpha"}, Tail: &named{Name: "Club"}}}, "2010-06-01")
	if err != nil {
		t.Fatal(err)
	}
	for name, svg := range map[string]string{"timeline": string(tl), "series": string(series), "network": string(net), "as-of": string(per)} {
		if !strings.HasPrefix(svg, "<svg") {
			t.Errorf("%s: does not start with <svg: %.80s", name, svg)
		}
		if m := external.FindString(svg); m != "" {
			t.Errorf("%s: refers outside the page: %q", name, m)
		}
	}
	if got := strings.Count(string(net), "<line"); got != 2 {
		t.Errorf("network: %d edges, want 2 (Alpha–Beta, Alpha–Gamma)", got)
	}
	if got := strings.Count(string(net), "<circle"); got != 3 {
		t.Errorf("network: %d nodes, want 3", got)
	}
	if !strings.Contains(string(net), "<title>Alpha – Beta: 2 events, mean Goldstein -3.0</title>") {
		t.Errorf("network: no hover title for Alpha–Beta:\n%s", net)
	}
	// vgsvg draws each dot as a path; the frame, grid and ticks add more.
	if got := strings.Count(string(tl), "<path"); got < len(evs) {
		t.Errorf("timeline: %d paths for %d events", got, len(evs))
	}
	empty, err := timelineChart(nil)
	if err != nil || empty != "" {
		t.Errorf("timeline of nothing = %q, %v; want no chart", empty, err)
	}
}

// TestPageEscapes checks that text from articles cannot become markup or a
// script link on the page.
func TestPageEscapes(t *testing.T) {
	hostile := []mention{{Sentence: `They said <script>alert(1)</script> loudly.`, Trigger: "said",
		Article: &article{Title: `<img src=x onerror=alert(1)>`, URL: "javascript:alert(1)"}}}
	pg := &Page{Title: "t", Name: "dyad", Tables: []Table{{ID: "events", Title: "Events", Columns: []string{"Date"},
		Rows: []Row{{Cells: []string{"<b>2020</b>"}, Ev: evidence(hostile)}}}}}
	var buf bytes.Buffer
	if err := pg.Write(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script>", "<img", "javascript:", "<b>2020"} {
		if strings.Contains(out, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	if !strings.Contains(out, "<mark>said</mark>") {
		t.Errorf("trigger not marked in the sentence")
	}
	if m := external.FindString(out); m != "" {
		t.Errorf("page refers outside itself: %q", m)
	}
}

// TestNetworkDeterministic: the same events give the same picture.
func TestNetworkDeterministic(t *testing.T) {
	draw := func() string {
		n := newNetwork("Alpha")
		n.addEvents(fixtureEvents())
		n.add("Delta", "Epsilon", 2, 4)
		svg, err := n.svg("x")
		if err != nil {
			t.Fatal(err)
		}
		return string(svg)
	}
	first := draw()
	for range 5 {
		if draw() != first {
			t.Fatal("two drawings of one network differ")
		}
	}
}

// TestNetworkKeepsEdges: past maxNodes, every actor drawn has an edge drawn.
func TestNetworkKeepsEdges(t *testing.T) {
	n := newNetwork()
	for i := range maxNodes {
		// A busy star around Hub, and pairs of busy loners whose partner
		// is quiet: keeping actors by their own counts would draw lone dots.
		n.add("Hub", fmt.Sprintf("Spoke %02d", i), 1, 1)
		n.add(fmt.Sprintf("Loner %02d", i), fmt.Sprintf("Partner %02d", i), 1, -1)
		n.add(fmt.Sprintf("Loner %02d", i), "Elsewhere", 3, 0)
	}
	svg, err := n.svg("x")
	if err != nil {
		t.Fatal(err)
	}
	nodes := strings.Count(string(svg), "<circle")
	if nodes > maxNodes {
		t.Errorf("%d nodes drawn, want at most %d", nodes, maxNodes)
	}
	for _, m := range regexp.MustCompile(`<circle[^>]*><title>([^:<]+):`).FindAllStringSubmatch(string(svg), -1) {
		if !regexp.MustCompile(`<title>[^<]*\b` + regexp.QuoteMeta(m[1]) + `\b[^<]*events?, mean`).MatchString(string(svg)) {
			t.Errorf("%s drawn without an edge", m[1])
		}
	}
}
