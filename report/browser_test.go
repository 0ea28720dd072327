package report

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/geokg/geokg/queries"
)

// chromium finds the browser: $GEOKG_CHROMIUM, else chromium on PATH (the
// Debian package .ci/run installs). Without one the test skips, except in
// CI, where a missing browser is a broken setup and fails.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("GEOKG_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium not found and CI=true: .ci/run should install it (apt-get install -y chromium)")
	}
	t.Skip("chromium not found: install it (apt-get install -y chromium) or set GEOKG_CHROMIUM to run the browser test")
	return ""
}

// artifactDir is where pages and screenshots go: $GEOKG_REPORT_ARTIFACTS
// when set (to look at them afterwards), else a temporary directory.
func artifactDir(t *testing.T) string {
	if d := os.Getenv("GEOKG_REPORT_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

// want is what a page must show; checkPage with a nil want checks only
// what every page must do (no errors, no requests, evidence on each row).
type want struct {
	charts, netLines, netCircles, rows int
	minPaths                           int
}

// marks is what a page shows, counted in the browser.
type marks struct {
	Charts       int `json:"charts"`       // svg.chart elements
	Paths        int `json:"paths"`        // <path> in gonum charts
	NetLines     int `json:"netLines"`     // edges of the network
	NetCircles   int `json:"netCircles"`   // nodes of the network
	NetTitles    int `json:"netTitles"`    // hover titles in the network
	Rows         int `json:"rows"`         // table body rows (fact tables)
	RowsWithLink int `json:"rowsWithLink"` // of those, rows linking to an article or to events
	RowsWithEv   int `json:"rowsWithEv"`   // rows with a sentence or a link
	ChartHeight  int `json:"chartHeight"`  // rendered height of the first chart, px
}

const countMarks = `(() => {
  const q = s => document.querySelectorAll(s).length;
  const rows = [...document.querySelectorAll('section.table tbody tr')].filter(r => r.querySelector('td.ev'));
  const first = document.querySelector('svg.chart');
  return {
    charts: q('svg.chart'),
    paths: q('svg.chart:not(.network) path'),
    netLines: q('svg.network line'),
    netCircles: q('svg.network circle'),
    netTitles: q('svg.network title'),
    rows: rows.length,
    rowsWithLink: rows.filter(r => r.querySelector('td.ev a[href]')).length,
    rowsWithEv: rows.filter(r => r.querySelector('td.ev a[href], td.ev q')).length,
    chartHeight: first ? Math.round(first.getBoundingClientRect().height) : 0,
  };
})()`

// TestHTMLReportsInBrowser renders every canned report of a small graph,
// and the index of `report all`, then opens each page in headless Chromium:
// no console error, no request but the page itself, charts with their
// marks, every fact row linked to its evidence, and a screenshot kept.
func TestHTMLReportsInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("opens a browser; skipped with -short")
	}
	st := loadSahel(t)
	bin := chromium(t)
	dir := artifactDir(t)
	ctx := t.Context()

	cases := []struct {
		name string
		p    queries.ReportParams
		want want
	}{
		// Mali's events: with France (5, both directions), Anna Keller
		// (1) and the River accord it quit (1): three dyads, four nodes.
		{"actor-timeline", queries.ReportParams{Actor: "Mali"}, want{charts: 2, netLines: 3, netCircles: 4, rows: 7, minPaths: 7}},
		{"dyad", queries.ReportParams{Actor: "France", With: "Bamako"}, want{charts: 2, netLines: 1, netCircles: 2, rows: 5, minPaths: 5}},
		// Four months with events (January, February, March, May: the
		// chart fills in April) and the five events behind them.
		{"dyad-series", queries.ReportParams{Actor: "France", With: "Mali"}, want{charts: 1, rows: 4 + 5, minPaths: 5}},
		{"changes", queries.ReportParams{Actor: "Mali", From: "2019-01-01", To: "2019-12-31"}, want{charts: 2, netLines: 3, netCircles: 4, minPaths: 7}},
		{"agreement", queries.ReportParams{Actor: "River accord"}, want{charts: 1, minPaths: 3}},
		{"as-of", queries.ReportParams{Actor: "Mali", At: "2019-06-01"}, want{charts: 1, minPaths: 2}},
		{"withdrawals", queries.ReportParams{}, want{charts: 2, netLines: 2, netCircles: 3, rows: 2, minPaths: 2}},
		{"path", queries.ReportParams{Actor: "Anna Keller", With: "Mali"}, want{rows: 3}},
	}
	var pages []string
	wants := map[string]want{}
	for _, c := range cases {
		path := filepath.Join(dir, c.name+".html")
		if err := WriteFile(ctx, st, c.name, c.p, path); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		pages = append(pages, path)
		wants[path] = c.want
	}
	all, err := All(ctx, st, filepath.Join(dir, "all"), AllOptions{Top: 3})
	if err != nil {
		t.Fatalf("all: %v", err)
	}
	// index, 3 actors, 3 dyads, withdrawals
	if len(all) != 8 {
		t.Errorf("report all wrote %d files, want 8: %v", len(all), all)
	}
	pages = append(pages, all[0])
	wants[all[0]] = want{charts: 1, netLines: 4, netCircles: 5}
	// The graph between two dates: March to April 2019 holds the
	// ambassador's expulsion and the German calls.
	spring, err := All(ctx, st, filepath.Join(dir, "spring"), AllOptions{Top: 10, From: "2019-03-01", To: "2019-04-30"})
	if err != nil {
		t.Fatalf("all in a window: %v", err)
	}
	pages = append(pages, spring[0])
	wants[spring[0]] = want{charts: 1, netLines: 3, netCircles: 4}

	for _, page := range pages {
		rel, _ := filepath.Rel(dir, page)
		t.Run(rel, func(t *testing.T) {
			w := wants[page]
			checkPage(t, browser(t, bin), page, &w)
		})
	}
	t.Logf("pages and screenshots in %s", dir)
}

// TestHTMLPagesInBrowser opens every page in $GEOKG_REPORT_PAGES (say, the
// output of `geokg report all` on a corpus) and checks what every page must
// do: no console error, no request, evidence on every row.
func TestHTMLPagesInBrowser(t *testing.T) {
	dir := os.Getenv("GEOKG_REPORT_PAGES")
	if dir == "" || testing.Short() {
		t.Skip("set GEOKG_REPORT_PAGES to a directory of reports to open them all")
	}
	pages, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in %s: %v", dir, err)
	}
	bctx := browser(t, chromium(t))
	for _, page := range pages {
		t.Run(filepath.Base(page), func(t *testing.T) { checkPage(t, bctx, page, nil) })
	}
}

// browser starts headless Chromium for the test, once per call.
func browser(t *testing.T, bin string) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(t.Context(), opts...)
	t.Cleanup(cancel)
	bctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("start chromium %s: %v", bin, err)
	}
	return bctx
}

func checkPage(t *testing.T, bctx context.Context, page string, w *want) {
	tctx, cancel := chromedp.NewContext(bctx)
	defer cancel()
	tctx, cancel = context.WithTimeout(tctx, 60*time.Second)
	defer cancel()
	pageURL := (&url.URL{Scheme: "file", Path: page}).String()
	var mu sync.Mutex
	var problems []string
	note := func(format string, args ...any) {
		mu.Lock()
		problems = append(problems, fmt.Sprintf(format, args...))
		mu.Unlock()
	}
	err := chromedp.Listen(tctx, func(ev any) {
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			if ev.Request.URL != pageURL {
				note("request to %s", ev.Request.URL)
			}
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value))
				}
				note("console %s: %s", ev.Type, strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			note("exception: %s", ev.ExceptionDetails.Text)
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError || ev.Entry.Level == log.EntryLevelWarning {
				note("log %s: %s %s", ev.Entry.Level, ev.Entry.Text, ev.Entry.URL)
			}
		}
	})
	if err != nil {
		t.Fatalf("open a tab: %v", err)
	}
	if err := chromedp.Do(tctx, chromedp.Navigate(pageURL), chromedp.WaitReady("body")); err != nil {
		t.Fatalf("open %s: %v", pageURL, err)
	}
	m, err := chromedp.Run(tctx, chromedp.Evaluate[marks](countMarks))
	if err != nil {
		t.Fatalf("count marks in %s: %v", pageURL, err)
	}
	shot, err := chromedp.Run(tctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", pageURL, err)
	}
	png := strings.TrimSuffix(page, ".html") + ".png"
	if err := os.WriteFile(png, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("%s", p)
	}
	if w != nil && m.Charts != w.charts {
		t.Errorf("%d charts, want %d", m.Charts, w.charts)
	}
	if w != nil && m.Paths < w.minPaths {
		t.Errorf("%d paths in the plots, want at least %d", m.Paths, w.minPaths)
	}
	if w != nil && (m.NetLines != w.netLines || m.NetCircles != w.netCircles) {
		t.Errorf("network has %d edges and %d nodes, want %d and %d", m.NetLines, m.NetCircles, w.netLines, w.netCircles)
	}
	if m.NetTitles != m.NetLines+m.NetCircles {
		t.Errorf("network has %d hover titles for %d edges and nodes", m.NetTitles, m.NetLines+m.NetCircles)
	}
	if w != nil && w.rows > 0 && m.Rows != w.rows {
		t.Errorf("%d fact rows, want %d", m.Rows, w.rows)
	}
	if m.Charts > 0 && m.ChartHeight < 150 {
		t.Errorf("first chart is %d px high: not drawn at its size", m.ChartHeight)
	}
	// Every fact row quotes its sentence or links to its events, except
	// the path's actor nodes, which no sentence states. Where the articles
	// have URLs (the test's own graph: w is set) every row links to one.
	switch {
	case strings.HasSuffix(page, "path.html"):
		if m.RowsWithEv == 0 {
			t.Errorf("no path row shows a sentence")
		}
	case m.RowsWithEv != m.Rows:
		t.Errorf("%d of %d rows show their evidence", m.RowsWithEv, m.Rows)
	case w != nil && m.RowsWithLink != m.Rows:
		t.Errorf("%d of %d rows link to their article", m.RowsWithLink, m.Rows)
	}
}
