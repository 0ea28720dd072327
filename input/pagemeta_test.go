package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func parsePage(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestPageDate(t *testing.T) {
	tests := []struct {
		name, head, body, url, want string
	}{
		{"article meta", `<meta property="article:published_time" content="2021-03-14T23:30:00-05:00">`, "", "", "2021-03-14"},
		{"modified only is no publication date", `<meta property="article:modified_time" content="2021-03-14">`, "", "", ""},
		{"meta before json-ld", `<meta name="pubdate" content="2020-01-02"><script type="application/ld+json">{"datePublished":"2019-05-06"}</script>`, "", "", "2020-01-02"},
		{"json-ld in a graph", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","dateModified":"2019-06-01","datePublished":"2019-05-06T10:00:00Z"}]}</script>`, "", "", "2019-05-06"},
		{"broken json-ld is skipped", `<script type="application/ld+json">{"datePublished": </script>`, `<time datetime="2018-02-03">3 Feb</time>`, "", "2018-02-03"},
		{"itemprop", "", `<span itemprop="datePublished" content="2017-07-08">8 July</span>`, "", "2017-07-08"},
		{"pubdate time before others", "", `<time datetime="2016-01-01">x</time><time pubdate datetime="2016-02-02">y</time>`, "", "2016-02-02"},
		{"time in related links is not the article's", "", `<aside><time datetime="2015-09-09">z</time></aside><div class="related"><time datetime="2015-08-08">z</time></div>`, "", ""},
		{"time in boxes named by data attributes is not the article's", "", `<p>` + strings.Repeat("Story text. ", 20) + `</p><section data-component="related-stories"><time datetime="2015-07-07">z</time></section><div data-testid="most-read-list"><time>6 June 2015</time></div>`, "", ""},
		{"url path", "", "", "https://news.example.org/world/2014/11/23/talks-end", "2014-11-23"},
		{"url path, mixed separators is no date", "", "", "https://news.example.org/2014/11-23/x", ""},
		{"dated element text", "", `<div class="article-date">Published 5 June 2013, 10:02</div>`, "", "2013-06-05"},
		{"update text is not the publication", "", `<div class="last-updated">12 June 2013</div>`, "", ""},
		{"US style text", "", `<p class="dateline">Posted on March 4th, 2012</p>`, "", "2012-03-04"},
		{"day-first numbers", "", `<p class="meta-info">03.02.2022 15:34</p>`, "", "2022-02-03"},
		{"day-first words", "", `<span class="date">am 5. November 2021, 10:39 Uhr</span>`, "", "2021-11-05"},
		{"impossible day", "", `<span class="date">31.02.2022</span>`, "", ""},
		{"hAtom abbr", "", `<abbr class="published" title="2017-07-23T17:06:45+0000">23 July</abbr>`, "", "2017-07-23"},
		{"a page-wide class is no furniture", "", `<div class="has-sidebar"><article><time datetime="2019-02-10T09:30:10+01:00">x</time><p>` + strings.Repeat("Story text. ", 20) + `</p></article></div>`, "", "2019-02-10"},
		{"nothing", "", `<p>Ministers met on Monday.</p>`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parsePage(t, "<html><head>"+tt.head+"</head><body>"+tt.body+"</body></html>")
			if got := pageDate(doc, tt.url); got != tt.want {
				t.Errorf("pageDate = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPageURLAndTitle(t *testing.T) {
	doc := parsePage(t, `<html><head><title>Port deal signed | The Coastal Ledger</title>
<meta property="og:url" content="https://ledger.example.org/og"><link rel="canonical" href="https://ledger.example.org/canonical"></head>
<body><h1>Port deal signed</h1><p>text</p></body></html>`)
	if got := pageURL(doc); got != "https://ledger.example.org/canonical" {
		t.Errorf("pageURL = %q", got)
	}
	if got := pageTitle(readHeadTitles(doc), "Port deal signed | The Coastal Ledger", firstHeading(doc)); got != "Port deal signed" {
		t.Errorf("pageTitle = %q", got)
	}
	// A relative canonical link is no address: the Open Graph one is taken.
	doc = parsePage(t, `<html><head><meta property="og:url" content="https://ledger.example.org/og"><link rel="canonical" href="/rel"></head><body></body></html>`)
	if got := pageURL(doc); got != "https://ledger.example.org/og" {
		t.Errorf("pageURL = %q", got)
	}
}

func TestDropDateLines(t *testing.T) {
	in := "Last updated: Saturday, 9 April, 2005, 22:17 GMT\n14 March 2021\nTalks resumed on 14 March 2021 in Valby.\nMarch 3, 2020\nPublished\n" +
		"2 June 2024 Updated 3 June 2024\nTalks began on 2 June 2024 and ended on 3 June 2024.\n"
	want := "Talks resumed on 14 March 2021 in Valby.\nPublished\nTalks began on 2 June 2024 and ended on 3 June 2024.\n"
	if got := dropDateLines(in); got != want {
		t.Errorf("dropDateLines = %q, want %q", got, want)
	}
}

// Page furniture inside the story's own container goes; the story stays,
// even when the element holding it has a furniture-like name.
func TestHTMLFurniture(t *testing.T) {
	story := []string{
		"Negotiators from Norland and Estmark met in the port of Valby on Saturday for a first round of harbour talks.",
		"The Norland side proposed a joint commission to set shipping fees, according to a statement after the meeting.",
		"Estmark said it welcomed the idea but wanted fishing crews from both countries to keep access to the outer piers.",
	}
	page := `<html><head><title>Harbour talks</title></head><body><div class="page has-comments"><div>
<h1>Harbour talks</h1><p>` + story[0] + `</p>
<div class="newsletter-box"><p>Get the morning briefing in your inbox every weekday before breakfast.</p></div>
<p>` + story[1] + `</p>
<ul><li><a href="/a">Ferry strike ends after a week</a></li><li><a href="/b">Lighthouse reopens to visitors</a></li></ul>
<p>` + story[2] + `</p><h3>More stories</h3></div></div></body></html>`
	pageWithStory(t, page, story)
}

// A byline and a dateline with its update time are page furniture, also on
// a page whose metadata names the author (readability then leaves the byline
// in the text) and whose dateline gives two dates.
func TestHTMLBylineAndUpdatedDateline(t *testing.T) {
	story := []string{
		"Ministers from Norland and Estmark signed a ferry accord in Valby on Thursday after two days of talks.",
		"The accord lets ships from either country use the outer harbour without paying the new fee.",
	}
	page := `<html><head><title>Ferry accord signed</title>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-05-08T10:00:00Z","author":[{"@type":"Person","name":"Ola Berg"}]}</script>
</head><body><article>
<h1>Ferry accord signed</h1>
<div class="xyz-story-byline"><span>By Ola Berg</span><span>Valby correspondent</span></div>
<div data-component="share-bar"><a href="/s">Share this story by email</a> Copy the link to this page</div>
<div class="xyz-stamp"><time datetime="2026-05-08T10:00:00Z">8 May 2026</time><span> Updated 9 May 2026</span></div>
<p>` + story[0] + `</p><p>` + story[1] + `</p></article></body></html>`
	arts := pageWithStory(t, page, story)
	if arts[0].Meta.Published != "2026-05-08" {
		t.Errorf("published = %q, want 2026-05-08", arts[0].Meta.Published)
	}
}

// pageWithStory reads page as an HTML file and checks that its text is the
// story's paragraphs and nothing else; it returns the one article.
func pageWithStory(t *testing.T, page string, story []string) []Article {
	t.Helper()
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, problems := walkAll(t, []string{path}, Options{})
	if len(problems) != 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, problems %v", len(arts), problems)
	}
	if got, want := arts[0].Text, strings.Join(story, "\n")+"\n"; got != want {
		t.Errorf("text:\n%s\nwant:\n%s", got, want)
	}
	return arts
}
