// Command htmlcompare measures geokg's HTML article extraction against the
// extractor it replaced (go-trafilatura with go-htmldate): main-text recall
// (article sentences kept), boilerplate dropped (nav, related links,
// subscription boxes, cookie banners, comments, footers), output precision
// (output lines that are article text), titles and publication dates.
//
// Pages: every HTML fixture of the repo, and news pages it builds by
// wrapping real articles (a directory of BBC News texts, title on the first
// line) in the news-site templates of templates.go, written to -out (outside
// the repo). It is a module of its own so that geokg does not link
// go-trafilatura; run it with scripts/compare-html.sh.
package main

import (
	"context"
	"flag"
	"fmt"
	"hash/fnv"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/geokg/geokg/input"
)

type page struct {
	path      string
	template  string
	sentences []string // article sentences that must be kept
	body      string   // the whole article text
	boiler    []string // boilerplate lines that must be dropped
	title     string
	date      string // YYYY-MM-DD, "" when the page states none
}

type result struct {
	title, date, text string
	err               error
}

type score struct {
	pages                      int
	sentKept, sentAll          int
	boilDropped, boilAll       int
	outArticle, outLines       int
	titleOK, dateOK, dateWrong int
	dateMissing, failed        int
	dur                        time.Duration
}

func main() {
	corpus := flag.String("corpus", "../shared/corpora/bbc-news/news", "directory of article texts (title on the first line)")
	n := flag.Int("n", 300, "articles to wrap in templates")
	out := flag.String("out", "", "directory for the generated pages (default: a temporary one)")
	repo := flag.String("repo", ".", "geokg checkout whose HTML fixtures are scored too")
	verbose := flag.Bool("v", false, "print each page's misses")
	real := flag.String("realworld", "", "go-trafilatura module directory: also score its evaluation set of real pages")
	flag.Parse()
	if *out == "" {
		d, err := os.MkdirTemp("", "htmlcompare-")
		if err != nil {
			log.Fatal(err)
		}
		*out = d
	}
	pages, err := fixturePages(*repo)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	gen, err := generate(*corpus, *out, *n)
	if err != nil {
		log.Fatal(err)
	}
	pages = append(pages, gen...)
	fmt.Printf("%d pages (%d repo fixtures, %d generated in %s)\n\n", len(pages), len(pages)-len(gen), len(gen), *out)

	extractors := []namedExtractor{{"trafilatura (old)", oldExtract}, {"readability (new)", newExtract}}
	byTpl := map[string]map[string]*score{}
	for _, ex := range extractors {
		for _, p := range pages {
			start := time.Now()
			r := ex.fn(p.path)
			d := time.Since(start)
			for _, key := range []string{"all", p.template} {
				if byTpl[key] == nil {
					byTpl[key] = map[string]*score{}
				}
				s := byTpl[key][ex.name]
				if s == nil {
					s = &score{}
					byTpl[key][ex.name] = s
				}
				s.add(p, r, d, *verbose && key == "all", ex.name)
			}
		}
	}
	keys := make([]string, 0, len(byTpl))
	for k := range byTpl {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Printf("%-14s %-18s %5s %8s %8s %8s %7s %7s %7s %7s %9s\n", "pages", "extractor", "n", "recall", "boil.dr", "precis.", "title", "date ok", "wrong", "none", "ms/page")
	for _, k := range keys {
		for _, ex := range extractors {
			s := byTpl[k][ex.name]
			fmt.Printf("%-14s %-18s %5d %7.1f%% %7.1f%% %7.1f%% %6.1f%% %6.1f%% %6.1f%% %6.1f%% %9.2f\n", k, ex.name, s.pages,
				pct(s.sentKept, s.sentAll), pct(s.boilDropped, s.boilAll), pct(s.outArticle, s.outLines),
				pct(s.titleOK, s.pages), pct(s.dateOK, s.pages), pct(s.dateWrong, s.pages), pct(s.dateMissing, s.pages),
				float64(s.dur.Microseconds())/1000/float64(s.pages))
		}
	}
	if *real != "" {
		entries, err := readRealWorld(*real)
		if err != nil {
			log.Fatal(err)
		}
		scoreRealWorld(entries, extractors)
	}
}

type namedExtractor struct {
	name string
	fn   func(string) result
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

func (s *score) add(p page, r result, d time.Duration, verbose bool, name string) {
	s.pages++
	s.dur += d
	if r.err != nil {
		s.failed++
	}
	text := norm(r.text)
	for _, sent := range p.sentences {
		s.sentAll++
		if strings.Contains(text, norm(sent)) {
			s.sentKept++
		} else if verbose {
			fmt.Printf("  %s %s: lost %q\n", name, p.path, clip(sent))
		}
	}
	lines := map[string]bool{}
	for _, l := range strings.Split(r.text, "\n") {
		lines[norm(l)] = true
	}
	for _, b := range p.boiler {
		s.boilAll++
		// A short item (a menu entry) counts as kept only as a line of its
		// own: "news" or "home" are words of any story too.
		kept := lines[norm(b)] || len(b) >= 12 && strings.Contains(text, norm(b))
		if !kept {
			s.boilDropped++
		} else if verbose {
			fmt.Printf("  %s %s: kept boilerplate %q\n", name, p.path, clip(b))
		}
	}
	art := norm(p.body)
	for _, l := range strings.Split(r.text, "\n") {
		if l = norm(l); l == "" {
			continue
		}
		s.outLines++
		if strings.Contains(art, l) {
			s.outArticle++
		} else if verbose {
			fmt.Printf("  %s %s: extra line %q\n", name, p.path, clip(l))
		}
	}
	if norm(r.title) == norm(p.title) {
		s.titleOK++
	} else if verbose {
		fmt.Printf("  %s %s: title %q, want %q\n", name, p.path, r.title, p.title)
	}
	switch {
	case r.date == p.date:
		s.dateOK++
	case r.date == "":
		s.dateMissing++
	default:
		s.dateWrong++
	}
	if verbose && r.date != p.date {
		fmt.Printf("  %s %s: date %q, want %q\n", name, p.path, r.date, p.date)
	}
}

func clip(s string) string {
	if len(s) > 70 {
		return s[:70] + "…"
	}
	return s
}

// norm folds case, quotes and spacing so that kept text matches however the
// extractor spaced or quoted it.
func norm(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", "\"", "\u201d", "\"", "\u00a0", " ").Replace(s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// newExtract is geokg's own reading of the page (input.Walk).
func newExtract(path string) result {
	var r result
	n := 0
	_, err := input.Walk(context.Background(), []string{path}, input.Options{}, func(a input.Article) error {
		n++
		r.title, r.date, r.text = a.Meta.Title, a.Meta.Published, a.Text
		return nil
	})
	r.err = err
	return r
}

// fixturePages are the repo's HTML fixtures. Their truth is read from their
// markup: sentences of the <p> elements of <article> (bylines aside), and
// the text of nav, aside, footer, comment and ad elements as boilerplate.
func fixturePages(repo string) ([]page, error) {
	var pages []page
	err := filepath.WalkDir(repo, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "htmlcompare") && path != repo {
			return filepath.SkipDir
		}
		if ext := filepath.Ext(path); !d.IsDir() && (ext == ".html" || ext == ".htm") {
			p, err := fixtureTruth(path)
			if err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			pages = append(pages, p)
		}
		return nil
	})
	return pages, err
}

func seed(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}
