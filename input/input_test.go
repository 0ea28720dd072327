package input

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.json")

// walkAll runs Walk and collects what it gives.
func walkAll(tb testing.TB, paths []string, opts Options) ([]Article, []Problem) {
	tb.Helper()
	var got []Article
	problems, err := Walk(context.Background(), paths, opts, func(a Article) error {
		got = append(got, a)
		return nil
	})
	if err != nil {
		tb.Fatalf("Walk: %v", err)
	}
	return got, problems
}

func reasons(ps []Problem) []string {
	var rs []string
	for _, p := range ps {
		rs = append(rs, p.Where()+" "+p.Reason)
	}
	return rs
}

type goldenArticle struct {
	Meta   extract.Article `json:"meta"`
	Origin string          `json:"origin"`
	Text   []string        `json:"text"`
}

type golden struct {
	Articles []goldenArticle `json:"articles"`
	Problems []string        `json:"problems,omitempty"`
}

// TestGolden reads each fixture and compares everything Walk gives with
// testdata/golden/<fixture>.json (go test -update rewrites them; review the
// diff before committing).
func TestGolden(t *testing.T) {
	fixtures := []string{"story.txt", "pasted.txt", "wrapped.txt", "story.html", "feed.rss", "feed.atom", "dump.jsonl", "dump.json"}
	for _, name := range fixtures {
		t.Run(name, func(t *testing.T) {
			arts, probs := walkAll(t, []string{filepath.Join("testdata", name)}, Options{})
			var g golden
			for _, a := range arts {
				g.Articles = append(g.Articles, goldenArticle{a.Meta, a.Origin, strings.Split(strings.TrimSuffix(a.Text, "\n"), "\n")})
			}
			for _, p := range probs {
				g.Problems = append(g.Problems, p.Error())
			}
			got, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			file := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s:\n%s", name, file, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff lists the lines only in want (-) and only in got (+).
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for _, l := range w {
		if !slices.Contains(g, l) {
			fmt.Fprintf(&b, "- %s\n", l)
		}
	}
	for _, l := range g {
		if !slices.Contains(w, l) {
			fmt.Fprintf(&b, "+ %s\n", l)
		}
	}
	return b.String()
}

// TestFormats checks, per fixture, what matters about each format: the
// articles and their metadata, story text kept, boilerplate gone, and the
// bad records named.
func TestFormats(t *testing.T) {
	tests := []struct {
		file         string
		titles       []string // one per article, in order
		urls         []string // one per article, when checked
		published    []string // one per article, when checked
		sources      []string // one per article, when checked
		contains     []string // in some article's text
		lacks        []string // in no article's text
		wantProblems []string // Where() + " " + Reason
	}{{
		file:      "story.txt",
		titles:    []string{"River treaty signed after decade of talks"},
		published: []string{""},
		contains:  []string{"VALBY, Norland - The governments", "told reporters after the ceremony."},
		lacks:     []string{"Northwind Press", "Share this", "Related stories", "Drought hits", "Grey River levels at record low", "inbox"},
	}, {
		file:     "pasted.txt",
		titles:   []string{""},
		contains: []string{"Coastal guards from Norland seized", "before commenting further."},
		lacks:    []string{"NWA", "kl/", "Disclaimer", "{{", "Subscribe", "Sign in", "€", "Month", "Standard", "premium", "newsletters"},
	}, {
		file:     "wrapped.txt",
		titles:   []string{"Ferry service restored to the islands"},
		contains: []string{"after a three-day stoppage caused by a dispute over night-shift pay, the operator said in a short statement.\n"},
	}, {
		file:      "story.html",
		titles:    []string{"Harbour talks resume after long pause"},
		urls:      []string{"https://ledger.example.org/world/harbour-talks-resume"},
		published: []string{"2021-03-14"},
		sources:   []string{"The Coastal Ledger"},
		contains:  []string{"Negotiators from Norland and Estmark met", "\nBoth sides agreed to meet again next month in the Estmark capital, Ostra.\n"},
		lacks:     []string{"Home", "Buy a boat", "Advertisement", "Facebook", "Reader99", "SailorSue", "Ferry strike", "cookies", "Copyright", "Harbour talks resume after long pause"},
	}, {
		file:         "feed.rss",
		titles:       []string{"Border bridge reopens to lorries", "Estmark names new envoy to the League of Harbours"},
		urls:         []string{"https://ledger.example.org/world/bridge-reopens", "https://ledger.example.org/world/new-envoy"},
		published:    []string{"2021-03-15", "2021-03-14"},
		sources:      []string{"The Coastal Ledger - World", "The Coastal Ledger - World"},
		contains:     []string{"reopened to lorries on Monday after engineers finished repairs to its northern span.\nCustoms officers", "former port director Ivo Marsh"},
		lacks:        []string{"<p>", "Subscribe", "&lt;"},
		wantProblems: []string{"testdata/feed.rss#3 no-text"},
	}, {
		file:      "feed.atom",
		titles:    []string{"Norland and Estmark agree to joint fishing patrols", "League of Harbours meets in Ostra"},
		urls:      []string{"https://northwind.example.net/2021/03/16/joint-patrols", "https://northwind.example.net/2021/03/15/league-meets"},
		published: []string{"2021-03-16", "2021-03-15"}, // the day written, not the UTC day
		sources:   []string{"Northwind Press", "Northwind Press"},
		contains:  []string{"from April, their defence ministries said on Tuesday.\nThe patrols follow", "nine member states"},
	}, {
		file:         "dump.jsonl",
		titles:       []string{"Harbour talks resume", "Estmark recalls ambassador", ""},
		published:    []string{"2021-03-14", "2021-03-12", "2021-03-11"},
		sources:      []string{"The Coastal Ledger", "Northwind Press", ""},
		contains:     []string{"for consultations, its foreign ministry said.\nNo reason was given.", "by a wide margin on Thursday.\nThe vote clears"},
		lacks:        []string{"<p>", "cut off"},
		wantProblems: []string{"testdata/dump.jsonl:3 bad-json", "testdata/dump.jsonl:4 no-text", "testdata/dump.jsonl:6 bad-json"},
	}, {
		file:      "dump.json",
		titles:    []string{"Navy drills off the cape", "Ports report busy month"},
		published: []string{"2021-03-10", "2021-03-11"},
	}}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			arts, probs := walkAll(t, []string{filepath.Join("testdata", tt.file)}, Options{})
			if len(arts) != len(tt.titles) {
				t.Fatalf("got %d articles, want %d; problems %v", len(arts), len(tt.titles), reasons(probs))
			}
			all := ""
			for i, a := range arts {
				all += a.Text
				check := func(what, got string, want []string) {
					if want != nil && got != want[i] {
						t.Errorf("article %d %s = %q, want %q", i+1, what, got, want[i])
					}
				}
				check("title", a.Meta.Title, tt.titles)
				check("url", a.Meta.URL, tt.urls)
				check("published", a.Meta.Published, tt.published)
				check("source", a.Meta.Source, tt.sources)
				if a.Meta.ID == "" {
					t.Errorf("article %d has no ID", i+1)
				}
				if !strings.HasSuffix(a.Text, "\n") || strings.Contains(a.Text, "\n\n") {
					t.Errorf("article %d text is not one paragraph a line: %q", i+1, a.Text)
				}
			}
			for _, s := range tt.contains {
				if !strings.Contains(all, s) {
					t.Errorf("text lacks %q:\n%s", s, all)
				}
			}
			for _, s := range tt.lacks {
				if strings.Contains(all, s) {
					t.Errorf("text still has %q:\n%s", s, all)
				}
			}
			if got := reasons(probs); !slices.Equal(got, tt.wantProblems) {
				t.Errorf("problems = %q, want %q", got, tt.wantProblems)
			}
		})
	}
}

func gzipBytes(tb testing.TB, data []byte) []byte {
	tb.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write(data); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// TestGzip reads gzip versions of every fixture (named .gz, and misnamed
// without the suffix) and wants the same articles as from the plain files.
func TestGzip(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"story.txt", "pasted.txt", "story.html", "feed.rss", "feed.atom", "dump.jsonl", "dump.json"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			gz := filepath.Join(dir, name+".gz")
			if err := os.WriteFile(gz, gzipBytes(t, data), 0o644); err != nil {
				t.Fatal(err)
			}
			want, wantProbs := walkAll(t, []string{filepath.Join("testdata", name)}, Options{})
			for _, path := range []string{gz} {
				got, gotProbs := walkAll(t, []string{path}, Options{})
				if len(got) != len(want) || len(gotProbs) != len(wantProbs) {
					t.Fatalf("%s: %d articles, %d problems; want %d, %d", path, len(got), len(gotProbs), len(want), len(wantProbs))
				}
				for i := range got {
					if got[i].Meta != want[i].Meta || got[i].Text != want[i].Text {
						t.Errorf("%s article %d = %+v, want %+v", path, i+1, got[i], want[i])
					}
				}
			}
			// Standard input has no name: gzip and the format are sniffed.
			got, _ := walkAll(t, []string{"-"}, Options{Stdin: bytes.NewReader(gzipBytes(t, data))})
			if len(got) != len(want) {
				t.Fatalf("stdin: %d articles, want %d", len(got), len(want))
			}
			for i := range got {
				if got[i].Meta != want[i].Meta || got[i].Text != want[i].Text {
					t.Errorf("stdin article %d = %+v, want %+v", i+1, got[i], want[i])
				}
			}
		})
	}
}

// TestMixedDirectory is a directory with good files and every kind of bad
// input: every good article is read and every bad input named, with its
// line when it has one.
func TestMixedDirectory(t *testing.T) {
	dir := t.TempDir()
	story, _ := os.ReadFile("testdata/story.txt")
	page, _ := os.ReadFile("testdata/story.html")
	dump, _ := os.ReadFile("testdata/dump.jsonl")
	write := func(name string, data []byte) {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a-good.txt", story)
	write("b-good.html", page)
	write("c/dump.jsonl", dump) // 3 good lines, 3 bad ones
	write("c/good.txt.gz", gzipBytes(t, []byte("Patrol boats return to port\n\nThe patrol boats came back to Valby on Friday after a week at sea.\n")))
	write("d-empty.txt", nil)
	write("e-blank.txt", []byte("\n  \n\t\n"))
	write("f-binary.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"))
	write("g-latin1.txt", []byte("Line one is fine.\nCaf\xe9 society met in Valby on Monday.\n"))
	write("h-big.txt", bytes.Repeat([]byte("All work and no play makes a long file. "), 200))
	write("i-broken.xml", []byte("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Cut short</title><item><title>Half"))
	write("j-nav-only.html", []byte("<html><body><nav><a href=\"/\">Home</a></nav></body></html>"))
	write("k-bad.jsonl.gz", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xffnot really deflate data"))
	write("l-empty-feed.rss", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>`))
	write(".hidden.txt", story)
	write(".git/config.txt", story)
	write("README.md", []byte("# Not an article\n"))
	write("photo.jpg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"))
	write("empty-dir/notes.md", []byte("not an article"))

	missing := filepath.Join(dir, "no-such-file.txt")
	var done []string
	opts := Options{MaxBytes: 4096, FileDone: func(path string, n int) { done = append(done, fmt.Sprintf("%s=%d", filepath.Base(path), n)) }}
	arts, probs := walkAll(t, []string{dir, missing, filepath.Join(dir, "empty-dir")}, opts)

	var origins []string
	for _, a := range arts {
		origins = append(origins, strings.TrimPrefix(a.Origin, dir+"/"))
	}
	wantOrigins := []string{"a-good.txt", "b-good.html", "c/dump.jsonl:1", "c/dump.jsonl:2", "c/dump.jsonl:7", "c/good.txt.gz"}
	if !slices.Equal(origins, wantOrigins) {
		t.Errorf("articles from %q, want %q", origins, wantOrigins)
	}
	var got []string
	for _, p := range probs {
		got = append(got, strings.TrimPrefix(p.Where(), dir+"/")+" "+p.Reason)
		msg := p.Error()
		if !strings.Contains(msg, p.Path) || !strings.Contains(msg, p.Reason) || p.Hint() == "" || !strings.Contains(msg, p.Hint()) {
			t.Errorf("message %q should name the file, the reason and the hint", msg)
		}
	}
	want := []string{
		"c/dump.jsonl:3 bad-json",
		"c/dump.jsonl:4 no-text",
		"c/dump.jsonl:6 bad-json",
		"d-empty.txt empty",
		"e-blank.txt empty",
		"f-binary.txt binary",
		"g-latin1.txt:2 invalid-utf8",
		"h-big.txt too-large",
		"i-broken.xml bad-feed",
		"j-nav-only.html bad-html",
		"k-bad.jsonl.gz bad-gzip",
		"l-empty-feed.rss empty",
		"no-such-file.txt missing",
		"empty-dir empty",
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n got %q\nwant %q", got, want)
	}

	n, err := Count(context.Background(), []string{dir, missing, filepath.Join(dir, "empty-dir")})
	if err != nil {
		t.Fatal(err)
	}
	if n != len(done) || n != 13 {
		t.Errorf("Count = %d, FileDone called %d times (%v), want 13", n, len(done), done)
	}
	if !slices.Contains(done, "dump.jsonl=3") || !slices.Contains(done, "d-empty.txt=0") {
		t.Errorf("FileDone = %v, want dump.jsonl=3 and d-empty.txt=0 among them", done)
	}
}

// TestExplicitFile reads a file named on the command line whatever its
// extension, sniffing the format, and reports a missing one.
func TestExplicitFile(t *testing.T) {
	dir := t.TempDir()
	feed, _ := os.ReadFile("testdata/feed.atom")
	path := filepath.Join(dir, "FEED")
	if err := os.WriteFile(path, feed, 0o644); err != nil {
		t.Fatal(err)
	}
	arts, probs := walkAll(t, []string{path}, Options{})
	if len(arts) != 2 || len(probs) != 0 {
		t.Fatalf("sniffed feed: %d articles, problems %v; want 2, none", len(arts), reasons(probs))
	}
	if arts[0].Origin != path+"#1" {
		t.Errorf("origin = %q, want %q", arts[0].Origin, path+"#1")
	}
}

func TestJSONFeed(t *testing.T) {
	feed := `{"version": "https://jsonfeed.org/version/1.1", "title": "Northwind Press",
  "items": [{"id": "1", "url": "https://northwind.example.net/a", "title": "Talks end",
    "content_html": "<p>The talks in Ostra ended on Friday without a deal.</p>", "date_published": "2021-03-19T18:00:00+01:00"}]}`
	dir := t.TempDir()
	path := filepath.Join(dir, "feed.json")
	if err := os.WriteFile(path, []byte(feed), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, opts := range []struct {
		paths []string
		stdin string
	}{{[]string{path}, ""}, {[]string{"-"}, feed}} {
		arts, probs := walkAll(t, opts.paths, Options{Stdin: strings.NewReader(opts.stdin)})
		if len(arts) != 1 || len(probs) != 0 {
			t.Fatalf("%v: %d articles, problems %v; want 1, none", opts.paths, len(arts), reasons(probs))
		}
		want := extract.Article{ID: "https://northwind.example.net/a", Title: "Talks end", URL: "https://northwind.example.net/a", Source: "Northwind Press", Published: "2021-03-19"}
		if arts[0].Meta != want || arts[0].Text != "The talks in Ostra ended on Friday without a deal.\n" {
			t.Errorf("%v: got %+v %q", opts.paths, arts[0].Meta, arts[0].Text)
		}
	}
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name, in string
		want     int
		problems []string
	}{
		{"text", "Harbour reopens\n\nThe harbour at Valby reopened on Monday.\n", 1, nil},
		{"jsonl", `{"text": "One article."}` + "\n" + `{"text": ` + "\n" + `{"text": "Another one."}`, 2, []string{"<stdin>:2 bad-json"}},
		{"html", "<!DOCTYPE html><html><body><article><p>The harbour at Valby reopened on Monday after repairs to the quay.</p></article></body></html>", 1, nil},
		{"empty", "", 0, []string{"<stdin> empty"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, probs := walkAll(t, []string{"-"}, Options{Stdin: strings.NewReader(tt.in)})
			if len(arts) != tt.want || !slices.Equal(reasons(probs), tt.problems) {
				t.Errorf("%d articles, problems %q; want %d, %q", len(arts), reasons(probs), tt.want, tt.problems)
			}
		})
	}
}

// TestIdentity: the input's id, else the URL, else the hash of the text, so
// the same article from two files is one node.
func TestIdentity(t *testing.T) {
	dir := t.TempDir()
	body := "The harbour at Valby reopened on Monday after repairs to the quay.\nShips queued outside overnight.\n"
	files := map[string]string{
		"a.txt":   "Harbour reopens\n\n" + body,
		"b.jsonl": `{"title": "Harbour reopens", "text": "The harbour at Valby   reopened on Monday after repairs to the quay.\nShips queued outside overnight."}` + "\n" + `{"id": "own-id-7", "url": "https://example.org/x", "text": "Anything."}` + "\n" + `{"url": "https://Example.org/harbour#top", "text": "Anything at all."}`,
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	arts, probs := walkAll(t, []string{dir}, Options{})
	if len(arts) != 4 || len(probs) != 0 {
		t.Fatalf("%d articles, problems %v", len(arts), reasons(probs))
	}
	if arts[0].Meta.ID != arts[1].Meta.ID || !strings.HasPrefix(arts[0].Meta.ID, "sha256:") || len(arts[0].Meta.ID) != len("sha256:")+16 {
		t.Errorf("same article, IDs %q and %q: want one sha256:<16 hex> ID", arts[0].Meta.ID, arts[1].Meta.ID)
	}
	if arts[0].Meta.ID != TextID(body) {
		t.Errorf("ID = %q, want TextID of the body %q", arts[0].Meta.ID, TextID(body))
	}
	if arts[2].Meta.ID != "own-id-7" {
		t.Errorf("ID = %q, want the input's own id", arts[2].Meta.ID)
	}
	if arts[3].Meta.ID != "https://example.org/harbour" {
		t.Errorf("ID = %q, want the normalised URL", arts[3].Meta.ID)
	}
	if TextID("Harbour  REOPENS\n") != TextID("harbour reopens") || TextID("harbour reopens") == TextID("harbour closes") {
		t.Error("TextID should ignore case and spacing, and only them")
	}
}

func TestPublished(t *testing.T) {
	dir := t.TempDir()
	data := `{"text": "No date here.", "id": "1"}` + "\n" + `{"text": "Dated.", "id": "2", "published": "2020-05-06"}` + "\n" + `{"text": "Bad date.", "id": "3", "date": "sometime in May"}`
	path := filepath.Join(dir, "d.jsonl")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		fallback string
		want     []string
	}{
		{"", []string{"", "2020-05-06", ""}},
		{"2017-12-28", []string{"2017-12-28", "2020-05-06", "2017-12-28"}},
	} {
		arts, _ := walkAll(t, []string{path}, Options{Published: tt.fallback})
		var got []string
		for _, a := range arts {
			got = append(got, a.Meta.Published)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("fallback %q: published %q, want %q", tt.fallback, got, tt.want)
		}
	}
	if _, err := Walk(context.Background(), []string{path}, Options{Published: "28/12/2017"}, func(Article) error { return nil }); err == nil {
		t.Error("Walk accepted a published date not in YYYY-MM-DD")
	}
}

// TestFatal: an error from fn or a cancelled context stops the walk.
func TestFatal(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	_, err := Walk(context.Background(), []string{"testdata/dump.jsonl", "testdata/story.txt"}, Options{}, func(Article) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 || !strings.Contains(err.Error(), "testdata/dump.jsonl:1") {
		t.Errorf("err = %v after %d calls; want stop, wrapped with the origin, after 1 call", err, calls)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Walk(ctx, []string{"testdata"}, Options{}, func(Article) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestProblemError(t *testing.T) {
	p := &Problem{Path: "dump.jsonl", Line: 3, Reason: ReasonBadJSON, Err: errors.New("unexpected end of JSON input")}
	want := "dump.jsonl:3: bad-json: unexpected end of JSON input; fix or remove this line (the other lines were read)"
	if p.Error() != want {
		t.Errorf("Error() = %q, want %q", p.Error(), want)
	}
	if !errors.Is(p, p.Err) {
		t.Error("Problem does not unwrap to its cause")
	}
	var err error = p
	if got, ok := errors.AsType[*Problem](err); !ok || got.Reason != ReasonBadJSON {
		t.Error("errors.AsType does not find the Problem")
	}
}

// TestDeclaredEncoding: a page or a feed in the encoding it declares is read;
// a text file cannot declare one and is reported.
func TestDeclaredEncoding(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"page.html": "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9 talks</title></head><body><article><p>Ministers met at a caf\xe9 in Valby on Monday to discuss the harbour fees.</p></article></body></html>",
		"feed.rss":  "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\xe9 news</title><item><title>Talks</title><link>https://example.org/t</link><description>Ministers met at a caf\xe9 in Valby on Monday.</description></item></channel></rss>",
		"note.txt":  "Ministers met at a caf\xe9 in Valby on Monday.\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	arts, probs := walkAll(t, []string{dir}, Options{})
	if len(arts) != 2 {
		t.Fatalf("%d articles, want 2; problems %v", len(arts), reasons(probs))
	}
	for _, a := range arts {
		if !strings.Contains(a.Text, "at a café in Valby") {
			t.Errorf("%s: text %q, want café decoded", a.Origin, a.Text)
		}
	}
	if got := reasons(probs); len(got) != 1 || !strings.HasSuffix(got[0], "note.txt:1 invalid-utf8") {
		t.Errorf("problems %q, want note.txt:1 invalid-utf8", got)
	}
}

// TestDumpValuesVerbatim: a dump's title and url are data, kept as given even
// when they look like markup, DQL or RDF.
func TestDumpValuesVerbatim(t *testing.T) {
	tests := []struct {
		line               string
		wantTitle, wantURL string
	}{
		{`{"id":"a","title":"<0x1>","url":"uid(n0)","text":"The envoys met."}`, "<0x1>", "uid(n0)"},
		{`{"id":"b","title":"<http://x.example/s> <pred> \"v\" .","url":"val(x)","text":"The envoys met."}`, `<http://x.example/s> <pred> "v" .`, "val(x)"},
		{`{"id":"c","title":"_:x said \"no\"","url":"HTTPS://News.Example.org/a#top","text":"The envoys met."}`, `_:x said "no"`, "https://news.example.org/a"},
		{`{"id":"d","title":"Talks <p> resume","text":"The envoys met."}`, "Talks <p> resume", ""},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), "dump.jsonl")
		if err := os.WriteFile(path, []byte(tt.line+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		arts, probs := walkAll(t, []string{path}, Options{})
		if len(arts) != 1 || len(probs) != 0 {
			t.Fatalf("%s: got %d articles, problems %v", tt.line, len(arts), reasons(probs))
		}
		if m := arts[0].Meta; m.Title != tt.wantTitle || m.URL != tt.wantURL {
			t.Errorf("%s: title %q url %q, want %q and %q", tt.line, m.Title, m.URL, tt.wantTitle, tt.wantURL)
		}
	}
}

// TestOutletFromHost: a dump record or a feed item that names no source is
// its URL's host's, as a page without a site name is, so that events count
// it as an outlet; a record without a URL has none, and a named source wins.
func TestOutletFromHost(t *testing.T) {
	dir := t.TempDir()
	text := "Ministers of Norland and Estmark met in Valby on Monday to talk about ferry fees."
	dump := `{"id":"r1","url":"https://www.harbour-post.example/news/1","text":"` + text + `"}
{"id":"r2","url":"https://harbour-post.example/news/2","source":"The Harbour Post","text":"` + text + ` Again."}
{"id":"r3","text":"` + text + ` Once more."}
{"id":"r4","url":"<0x1>","text":"` + text + ` And again."}
`
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><link>https://valby-news.example/</link>
<item><title>Ferry talks</title><link>https://valby-news.example/ferry</link><description>` + text + `</description></item>
</channel></rss>`
	for name, body := range map[string]string{"dump.jsonl": dump, "feed.rss": feed} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	arts, problems := walkAll(t, []string{dir}, Options{})
	if len(problems) != 0 {
		t.Fatalf("problems: %v", problems)
	}
	got := map[string]string{}
	for _, a := range arts {
		got[a.Meta.ID] = a.Meta.Source
	}
	want := map[string]string{"r1": "harbour-post.example", "r2": "The Harbour Post", "r3": "", "r4": "",
		"https://valby-news.example/ferry": "valby-news.example"}
	if !maps.Equal(got, want) {
		t.Errorf("sources = %v, want %v", got, want)
	}
}

// TestUnreadDate: a record whose date field holds a form geokg does not read
// ("03/11/2026": March or November?) is read, undated, and said as a
// bad-date problem on its line; a readable, empty or null date is no problem.
func TestUnreadDate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dump.jsonl")
	text := "Ministers of Norland and Estmark met in Valby on Monday to talk about ferry fees."
	lines := `{"id":"a","published":"03/11/2026","text":"` + text + `"}
{"id":"b","published":"2026-03-11","text":"` + text + `"}
{"id":"c","date":null,"text":"` + text + `"}
{"id":"d","date":"","text":"` + text + `"}
{"id":"e","publishedAt":"early spring","text":"` + text + `"}
`
	if err := os.WriteFile(path, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, problems := walkAll(t, []string{path}, Options{})
	if len(arts) != 5 {
		t.Fatalf("got %d articles, want all 5 read", len(arts))
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.Where()+" "+p.Reason)
		if p.Reason == ReasonBadDate && (p.Hint() == "" || !strings.Contains(p.Error(), "is not a date")) {
			t.Errorf("problem %q says nothing of what to do", p.Error())
		}
	}
	want := []string{path + ":1 bad-date", path + ":5 bad-date"}
	if !slices.Equal(got, want) {
		t.Errorf("problems = %v, want %v", got, want)
	}
	for _, a := range arts {
		if d := a.Meta.Published; (a.Meta.ID == "b") != (d != "") {
			t.Errorf("article %s published %q", a.Meta.ID, d)
		}
	}
}

// TestTooLargeNamesTheFlag: the remedy for a file over the size limit names
// the flag that raises it, as bad-date's names --published.
func TestTooLargeNamesTheFlag(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(path, []byte("Chile and Peru agreed to reopen the border crossing on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, probs := walkAll(t, []string{path}, Options{MaxBytes: 20})
	if len(probs) != 1 || probs[0].Reason != ReasonTooLarge || !strings.Contains(probs[0].Error(), "--max-bytes") {
		t.Errorf("problems %v, want one too-large naming --max-bytes", probs)
	}
	// A record of a dump over the limit: the rest of the dump is read, and
	// the hint does not tell to give what it already is, a JSON Lines dump.
	dump := filepath.Join(t.TempDir(), "dump.jsonl")
	lines := `{"id":"r1","text":"Chile and Peru agreed to reopen the border crossing on Monday, officials said."}` + "\n" +
		`{"id":"r2","text":"Peru thanked Chile."}` + "\n"
	if err := os.WriteFile(dump, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, probs := walkAll(t, []string{dump}, Options{MaxBytes: 60})
	if len(arts) != 1 || len(probs) != 1 || probs[0].Line != 1 {
		t.Fatalf("got %d articles, problems %v; want r2 and line 1 too large", len(arts), probs)
	}
	if msg := probs[0].Error(); strings.Contains(msg, "give a JSON Lines dump") || !strings.Contains(msg, "--max-bytes") {
		t.Errorf("too-large record: %q, want the --max-bytes remedy and no advice to give a dump", msg)
	}
}

// TestJSONLByteOrderMark: a dump that starts with a UTF-8 byte-order mark
// (as Windows tools write it) gives its first record too; it was reported
// as bad-json ("invalid character 'ï'") and lost.
func TestJSONLByteOrderMark(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dump.jsonl")
	data := "\ufeff" + `{"id":"r1","text":"Chile and Peru agreed to reopen the border crossing."}` + "\r\n" +
		`{"id":"r2","text":"Peru thanked Chile for the decision."}` + "\r\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, probs := walkAll(t, []string{path}, Options{})
	if len(arts) != 2 || len(probs) != 0 || arts[0].Meta.ID != "r1" {
		t.Errorf("got %d articles, problems %v; want r1 and r2, none", len(arts), reasons(probs))
	}
}
