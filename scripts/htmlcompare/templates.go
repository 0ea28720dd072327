package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"golang.org/x/net/html"
)

type article struct {
	title string
	paras []string
	slug  string
}

// boilerplate a news site puts around its stories (our own words).
var (
	navItems = []string{"Home", "News", "Sport", "Business", "Technology", "Entertainment", "Politics", "Weather", "Video", "Live"}
	cookie   = []string{
		"We use cookies to give you the best experience on our website. By continuing to browse you agree to our use of cookies.",
		"Accept all cookies", "Manage cookie preferences",
	}
	signup = []string{
		"Get our morning briefing delivered to your inbox every weekday before breakfast.",
		"Subscribe for unlimited access to our award-winning journalism from just one pound a week.",
		"Already a subscriber? Log in to your account",
	}
	share   = []string{"Share this article", "Share on Facebook", "Share on Twitter", "Email this story to a friend"}
	footers = []string{
		"Copyright 2005 The Daily Ledger Media Group. All rights reserved.",
		"About us", "Contact us", "Terms of use", "Privacy policy", "Advertise with us", "Careers at the Ledger",
		"The Ledger is not responsible for the content of external websites.",
	}
	comments = []string{
		"Rob from Leeds: this is exactly what I expected to happen, nobody in charge ever listens to ordinary people.",
		"Maria, Glasgow: I have read three different versions of this story today and none of them agree on the numbers.",
		"Anonymous: Why does this paper keep running these pieces when there are far more important things going on?",
		"Dave K: Great reporting as usual, keep it up and please do a follow-up next month when the figures come out.",
	}
	bio = "Alex Morgan is our senior correspondent and has reported for the Ledger from eleven countries since 1998."
)

type tplFn func(a article, others []article, date time.Time, k uint64) (page string, boiler []string, stated bool)

var templates = []struct {
	name string
	fn   tplFn
}{
	{"semantic", tplSemantic}, {"divsoup", tplDivSoup}, {"urldate", tplURLDate},
	{"timeonly", tplTimeOnly}, {"legacy", tplLegacy}, {"microdata", tplMicrodata},
	// Written after the extractor was tuned on the six above, run once:
	{"wordpress", tplWordPress}, {"noclass", tplNoClass},
}

func esc(s string) string { return html.EscapeString(s) }

func paras(a article, between func(i int) string) string {
	var b strings.Builder
	for i, p := range a.paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		if between != nil && i < len(a.paras)-1 {
			b.WriteString(between(i))
		}
	}
	return b.String()
}

func navHTML() string {
	var b strings.Builder
	b.WriteString(`<nav class="site-nav"><ul>`)
	for _, n := range navItems {
		fmt.Fprintf(&b, `<li><a href="/%s">%s</a></li>`, strings.ToLower(n), n)
	}
	b.WriteString("</ul></nav>\n")
	return b.String()
}

func listHTML(class, heading string, others []article) (string, []string) {
	var b strings.Builder
	boiler := []string{heading}
	fmt.Fprintf(&b, `<div class="%s"><h3>%s</h3><ul>`, class, heading)
	for _, o := range others {
		fmt.Fprintf(&b, `<li><a href="/news/%s">%s</a></li>`, o.slug, esc(o.title))
		boiler = append(boiler, o.title)
	}
	b.WriteString("</ul></div>\n")
	return b.String(), boiler
}

func commentsHTML() string {
	var b strings.Builder
	fmt.Fprintf(&b, `<section id="comments" class="comments"><h3>Comments (%d)</h3>`, len(comments))
	for _, c := range comments {
		fmt.Fprintf(&b, `<div class="comment"><p>%s</p></div>`, esc(c))
	}
	b.WriteString("</section>\n")
	return b.String()
}

func footerHTML() string {
	var b strings.Builder
	fmt.Fprintf(&b, "<footer><p>%s</p><ul>", footers[0])
	for _, f := range footers[1:7] {
		fmt.Fprintf(&b, `<li><a href="/%s">%s</a></li>`, strings.ReplaceAll(strings.ToLower(f), " ", "-"), f)
	}
	fmt.Fprintf(&b, "</ul><p>%s</p></footer>\n", footers[7])
	return b.String()
}

func cookieHTML() string {
	return fmt.Sprintf(`<div id="cookie-banner" class="cookie-consent"><p>%s</p><button>%s</button><a href="/cookies">%s</a></div>`+"\n", cookie[0], cookie[1], cookie[2])
}

func allBoiler(extra ...[]string) []string {
	var out []string
	out = append(out, navItems...)
	out = append(out, footers...)
	for _, e := range extra {
		out = append(out, e...)
	}
	return out
}

func tplSemantic(a article, others []article, d time.Time, k uint64) (string, []string, bool) {
	related, rb := listHTML("related-stories", "Related stories", others[:3])
	page := fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>%[1]s | The Daily Ledger</title>
<meta property="og:title" content="%[1]s"><meta property="og:site_name" content="The Daily Ledger">
<meta property="article:published_time" content="%[2]s"><meta property="article:modified_time" content="%[3]s">
<link rel="canonical" href="https://ledger.example.com/news/%[4]s"></head><body>
%[5]s<header class="masthead">%[6]s</header>
<main><article><header><h1>%[1]s</h1><p class="byline">By Alex Morgan, Senior correspondent</p><time datetime="%[2]s">%[7]s</time></header>
<div class="share-tools"><a href="#">%[8]s</a> <a href="#">%[9]s</a></div>
%[10]s<aside class="newsletter-signup"><p>%[11]s</p><a href="/signup">Sign up now</a></aside>
</article>%[12]s%[13]s</main>%[14]s</body></html>`,
		esc(a.title), d.Format(time.RFC3339), d.AddDate(0, 0, 3).Format(time.RFC3339), a.slug, cookieHTML(), navHTML(),
		d.Format("2 January 2006"), share[1], share[2],
		paras(a, func(i int) string {
			if i == 1 {
				return `<div class="ad-slot"><p>Advertisement</p></div>` + "\n"
			}
			return ""
		}), signup[0], related, commentsHTML(), footerHTML())
	return page, allBoiler(cookie, []string{signup[0], share[1], share[2]}, rb, comments), true
}

func tplDivSoup(a article, others []article, d time.Time, k uint64) (string, []string, bool) {
	most, mb := listHTML("most-read", "Most read", others[:5])
	ld := fmt.Sprintf(`{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":%q,"dateModified":%q,"publisher":{"@type":"Organization","name":"Evening Courier"}}`,
		a.title, d.Format("2006-01-02T15:04:05Z"), d.AddDate(0, 1, 0).Format("2006-01-02T15:04:05Z"))
	page := fmt.Sprintf(`<html><head><title>%[1]s - Evening Courier</title>
<script type="application/ld+json">%[2]s</script></head><body>
%[3]s<div id="top"><div class="menu">%[4]s</div></div>
<div id="wrapper"><div id="col-main"><div class="story-head"><h1>%[1]s</h1></div>
<div class="story-body">%[5]s</div>
<div class="subscribe-box"><p>%[6]s</p><p><a href="/login">%[7]s</a></p></div>
<div class="tags">Topics: <a href="/t/1">World</a> <a href="/t/2">Economy</a></div></div>
<div id="col-side" class="sidebar">%[8]s</div></div>
<div id="bottom">%[9]s</div></body></html>`,
		esc(a.title), ld, cookieHTML(), strings.ReplaceAll(navHTML(), "nav", "div"),
		paras(a, nil), signup[1], signup[2], most, footerHTML())
	return page, allBoiler(cookie, signup[1:], mb), true
}

func tplURLDate(a article, others []article, d time.Time, k uint64) (string, []string, bool) {
	related, rb := listHTML("more-stories", "More from this section", others[:4])
	u := fmt.Sprintf("https://www.herald.example.net/news/%s/%s", d.Format("2006/01/02"), a.slug)
	page := fmt.Sprintf(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>%[1]s</title>
<link rel="canonical" href="%[2]s"><meta property="og:site_name" content="The Herald"></head><body>
%[3]s<div class="content"><h1 class="headline">%[1]s</h1><span class="date">Published %[4]s</span>
<div class="article-text">%[5]s</div>
<p class="share">%[6]s</p></div>%[7]s%[8]s</body></html>`,
		esc(a.title), u, navHTML(), d.Format("2 January 2006"),
		paras(a, func(i int) string {
			if i == 2 && len(others) > 5 {
				return fmt.Sprintf(`<p class="read-more"><strong>Read more:</strong> <a href="/x">%s</a></p>`+"\n", esc(others[5].title))
			}
			return ""
		}), share[0], related, footerHTML())
	extra := []string{share[0]}
	if len(a.paras) > 3 && len(others) > 5 {
		extra = append(extra, others[5].title)
	}
	return page, allBoiler(extra, rb), true
}

func tplTimeOnly(a article, others []article, d time.Time, k uint64) (string, []string, bool) {
	var rel strings.Builder
	rb := []string{"Latest headlines"}
	rel.WriteString(`<aside class="latest"><h2>Latest headlines</h2><ul>`)
	for i, o := range others[:4] {
		fmt.Fprintf(&rel, `<li><a href="/n/%d">%s</a> <time datetime="%s">%d hours ago</time></li>`, i, esc(o.title), d.AddDate(0, 0, 10+i).Format("2006-01-02"), i+1)
		rb = append(rb, o.title)
	}
	rel.WriteString("</ul></aside>\n")
	page := fmt.Sprintf(`<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%[1]s | Northern Post</title></head><body>
%[2]s<main><article class="story"><h1>%[1]s</h1>
<div class="byline">By Alex Morgan <time datetime="%[3]s">%[4]s</time></div>
%[5]s<div class="newsletter"><h3>Newsletter</h3><p>%[6]s</p></div></article>%[7]s</main>%[8]s</body></html>`,
		esc(a.title), navHTML(), d.Format("2006-01-02T15:04"), d.Format("Jan 2, 2006"),
		paras(a, func(i int) string {
			if i == 0 {
				return `<div class="inline-promo"><p>` + esc(signup[1]) + `</p></div>` + "\n"
			}
			return ""
		}), signup[0], rel.String(), footerHTML())
	return page, allBoiler(signup[:2], rb), true
}

func tplLegacy(a article, others []article, d time.Time, k uint64) (string, []string, bool) {
	var body strings.Builder
	for i, p := range a.paras {
		if i > 0 {
			body.WriteString("<br><br>\n")
		}
		body.WriteString(esc(p))
	}
	var links strings.Builder
	lb := []string{"SEE ALSO:"}
	for _, o := range others[:3] {
		fmt.Fprintf(&links, `<a href="/1">%s</a><br>`, esc(o.title))
		lb = append(lb, o.title)
	}
	page := fmt.Sprintf(`<html><head><title>News Online | %[1]s</title></head><body>
<table width="100%%"><tr><td colspan="2" class="banner">%[2]s</td></tr>
<tr><td class="leftnav" width="120">%[3]s</td><td class="storybody">
<div class="ds">Last Updated: %[4]s GMT</div>
<h1>%[1]s</h1>
<font size="2">%[5]s</font>
<p class="seealso"><b>SEE ALSO:</b><br>%[6]s</p>
<p class="print"><a href="/print">Printable version</a> <a href="/email">%[7]s</a></p>
</td></tr></table>%[8]s</body></html>`,
		esc(a.title), "Advertisement", strings.Join(navItems, "<br>"), d.Format("Monday, 2 January, 2006, 15:04"),
		body.String(), links.String(), share[3], footerHTML())
	return page, allBoiler(lb, []string{share[3], "Printable version"}), true
}

func tplMicrodata(a article, others []article, d time.Time, k uint64) (string, []string, bool) {
	related, rb := listHTML("recommended", "Recommended for you", others[:4])
	page := fmt.Sprintf(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>%[1]s — Capital Times</title>
<meta name="description" content="%[2]s"></head><body>%[3]s
<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="%[4]s">
<h1 itemprop="headline">%[1]s</h1><div itemprop="articleBody">%[5]s</div>
<div class="author-bio"><p>%[6]s</p></div></div>
%[7]s%[8]s%[9]s</body></html>`,
		esc(a.title), esc(a.paras[0]), navHTML(), d.Format("2006-01-02"),
		paras(a, func(i int) string {
			if i == 1 {
				return `<div class="newsletter-inline"><p>` + esc(signup[0]) + `</p><a href="/s">Sign up</a></div>` + "\n"
			}
			return ""
		}), bio, commentsHTML(), related, footerHTML())
	return page, allBoiler([]string{bio, signup[0]}, comments, rb), true
}

var sentEnd = regexp.MustCompile(`[.!?]["']?\s+`)

func sentences(paras []string) []string {
	var out []string
	for _, p := range paras {
		rest := p
		for {
			loc := sentEnd.FindStringIndex(rest)
			if loc == nil {
				break
			}
			out = append(out, strings.TrimSpace(rest[:loc[1]]))
			rest = rest[loc[1]:]
		}
		if strings.TrimSpace(rest) != "" {
			out = append(out, strings.TrimSpace(rest))
		}
	}
	var keep []string
	for _, s := range out {
		if len(s) >= 20 {
			keep = append(keep, s)
		}
	}
	return keep
}

func readArticles(dir string) ([]article, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var arts []article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		a := article{title: html.UnescapeString(strings.TrimSpace(lines[0])), slug: strings.TrimSuffix(filepath.Base(f), ".txt")}
		for _, l := range lines[1:] {
			if l = strings.TrimSpace(l); l != "" {
				a.paras = append(a.paras, html.UnescapeString(l))
			}
		}
		if len(a.paras) >= 2 {
			arts = append(arts, a)
		}
	}
	return arts, nil
}

// generate wraps n articles, spread evenly over the corpus, in the
// templates in turn and writes them to out.
func generate(corpus, out string, n int) ([]page, error) {
	arts, err := readArticles(corpus)
	if err != nil {
		return nil, err
	}
	if len(arts) < 10 {
		return nil, fmt.Errorf("%s: want at least 10 articles, found %d", corpus, len(arts))
	}
	if n > len(arts) {
		n = len(arts)
	}
	var pages []page
	for i := 0; i < n; i++ {
		j := i * len(arts) / n
		a := arts[j]
		var others []article
		for o := 1; len(others) < 6; o++ {
			others = append(others, arts[(j+o*37)%len(arts)])
		}
		k := seed(a.slug)
		d := time.Date(2004+int(k%2), time.Month(1+k/2%12), 1+int(k/24%28), int(k/700%24), int(k/17%60), 0, 0, time.UTC)
		t := templates[i%len(templates)]
		html, boiler, stated := t.fn(a, others, d, k)
		path := filepath.Join(out, fmt.Sprintf("%04d-%s-%s.html", i, t.name, a.slug))
		if err := os.WriteFile(path, []byte(html), 0o644); err != nil {
			return nil, err
		}
		p := page{path: path, template: t.name, sentences: sentences(a.paras), body: strings.Join(a.paras, "\n"), boiler: boiler, title: a.title}
		if stated {
			p.date = d.Format("2006-01-02")
		}
		pages = append(pages, p)
	}
	return pages, nil
}

// fixtureTruth reads a repo fixture's truth from its markup.
func fixtureTruth(path string) (page, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return page{}, err
	}
	doc, err := html.Parse(strings.NewReader(string(b)))
	if err != nil {
		return page{}, err
	}
	p := page{path: path, template: "fixture"}
	var paras []string
	var visit func(n *html.Node, inArticle, inBoiler bool)
	visit = func(n *html.Node, inArticle, inBoiler bool) {
		if n.Type == html.ElementNode {
			cls := strings.ToLower(attrOf(n, "class") + " " + attrOf(n, "id"))
			switch {
			case n.Data == "meta" && attrOf(n, "property") == "article:published_time":
				p.date = attrOf(n, "content")[:10]
			case n.Data == "meta" && attrOf(n, "property") == "og:title":
				p.title = attrOf(n, "content")
			case n.Data == "h1" && p.title == "":
				p.title = collapse(nodeText(n))
			case n.Data == "article":
				inArticle = true
			case n.Data == "nav" || n.Data == "aside" || n.Data == "footer" || strings.Contains(cls, "comment") ||
				adClass(cls) || strings.Contains(cls, "share") || strings.Contains(cls, "related"):
				inBoiler = true
			}
			leaf := n.Data == "p" || n.Data == "li" || n.Data == "h3" || n.Data == "a" || n.Data == "footer" || n.Data == "div"
			if t := collapse(nodeText(n)); leaf && t != "" {
				switch {
				case inBoiler:
					p.boiler = append(p.boiler, t)
				case inArticle && n.Data == "p" && !strings.Contains(cls, "byline"):
					paras = append(paras, t)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, inArticle, inBoiler)
		}
	}
	visit(doc, false, false)
	p.sentences = sentences(paras)
	p.body = strings.Join(paras, "\n")
	return p, nil
}

func adClass(cls string) bool {
	for _, f := range strings.Fields(cls) {
		if f == "ad" || f == "ads" || strings.HasPrefix(f, "ad-") {
			return true
		}
	}
	return false
}

func tplWordPress(a article, others []article, d time.Time, k uint64) (string, []string, bool) {
	var rel strings.Builder
	rb := []string{"Like this:", "You might also enjoy"}
	rel.WriteString(`<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">You might also enjoy</h3>`)
	for _, o := range others[:3] {
		fmt.Fprintf(&rel, `<div class="jp-relatedposts-post"><h4><a href="/p">%s</a></h4></div>`, esc(o.title))
		rb = append(rb, o.title)
	}
	rel.WriteString("</div>")
	page := fmt.Sprintf(`<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%[1]s &#8211; World Desk Blog</title>
<meta name="generator" content="WordPress 6.5"></head><body class="post-template-default single single-post">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">World Desk Blog</a></p>
<p class="site-description">Independent coverage of world affairs since 2003</p>%[2]s</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">%[1]s</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="/p" rel="bookmark"><time class="entry-date published" datetime="%[3]s">%[4]s</time><time class="updated" datetime="%[5]s">%[6]s</time></a></span> <span class="byline">by Alex Morgan</span></div></header>
<div class="entry-content">%[7]s<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li>Twitter</li><li>Facebook</li></ul></div>
<div class="sharedaddy sd-block sd-like"><h3 class="sd-title">Like this:</h3></div>%[8]s</div>
<footer class="entry-footer"><span class="cat-links">Posted in World</span></footer></article>
<div id="comments" class="comments-area"><h2 class="comments-title">%[9]d thoughts on &ldquo;%[1]s&rdquo;</h2><ol class="comment-list">%[10]s</ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div></div>
</main></div><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress</div></footer></div></body></html>`,
		esc(a.title), navHTML(), d.Format(time.RFC3339), d.Format("January 2, 2006"), d.AddDate(0, 2, 0).Format(time.RFC3339), d.AddDate(0, 2, 0).Format("January 2, 2006"),
		paras(a, nil), rel.String(), len(comments), commentItems())
	return page, allBoiler([]string{"Share this:", "Leave a Reply", "Your email address will not be published.", "Proudly powered by WordPress",
		"Independent coverage of world affairs since 2003", "Recent Posts"}, comments, rb)[len(navItems)+len(footers):], true
}

func commentItems() string {
	var b strings.Builder
	for _, c := range comments {
		fmt.Fprintf(&b, `<li class="comment"><article class="comment-body"><div class="comment-content"><p>%s</p></div></article></li>`, esc(c))
	}
	return b.String()
}

// tplNoClass gives no class or id hints at all: the extractor must tell the
// story from the links, promotions and comments by their shape.
func tplNoClass(a article, others []article, d time.Time, k uint64) (string, []string, bool) {
	var b strings.Builder
	boiler := []string{signup[1], "Related", "Have your say", cookie[0]}
	fmt.Fprintf(&b, `<html><head><title>%s</title><meta name="date" content="%s"></head><body>`, esc(a.title), d.Format("2006-01-02"))
	fmt.Fprintf(&b, `<div><p>%s</p></div><div>`, cookie[0])
	for _, n := range navItems[:6] {
		fmt.Fprintf(&b, `<a href="/%s">%s</a> | `, strings.ToLower(n), n)
	}
	fmt.Fprintf(&b, `</div><div><h1>%s</h1>%s`, esc(a.title), paras(a, nil))
	fmt.Fprintf(&b, `<p><b>%s</b> <a href="/subscribe">Subscribe</a></p><h3>Related</h3><ul>`, signup[1])
	for _, o := range others[:4] {
		fmt.Fprintf(&b, `<li><a href="/r">%s</a></li>`, esc(o.title))
		boiler = append(boiler, o.title)
	}
	b.WriteString(`</ul><h3>Have your say</h3>`)
	for _, c := range comments[:3] {
		fmt.Fprintf(&b, `<div><p>%s</p></div>`, esc(c))
		boiler = append(boiler, c)
	}
	fmt.Fprintf(&b, `</div><div><p>%s</p></div></body></html>`, footers[0])
	boiler = append(boiler, footers[0])
	return b.String(), boiler, true
}
