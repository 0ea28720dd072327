package input

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// pageURL is the page's own address: its canonical link, else its Open Graph
// URL, else "".
func pageURL(doc *html.Node) string {
	var canonical, og string
	walkElements(doc, func(n *html.Node) bool {
		switch n.Data {
		case "link":
			if canonical == "" && hasToken(attr(n, "rel"), "canonical") {
				canonical = strings.TrimSpace(attr(n, "href"))
			}
		case "meta":
			if og == "" && strings.EqualFold(metaKey(n), "og:url") {
				og = strings.TrimSpace(attr(n, "content"))
			}
		case "body":
			return false
		}
		return true
	})
	if normURL(canonical) != "" {
		return canonical
	}
	return og
}

// publishedMeta are the names (property, name or itemprop, any case) under
// which pages state their original publication date, most specific first.
// Modification dates (article:modified_time, dateModified, last-modified)
// are left out on purpose: an article is dated by when it first appeared.
var publishedMeta = []string{
	"article:published_time", "og:article:published_time", "og:published_time", "datepublished",
	"article.published", "published_time", "publish-date", "publish_date", "publishdate", "pubdate",
	"parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
	"dcterms.created", "publication_date", "uploaddate", "datecreated", "date", "article_date_original",
	"originalpublicationdate", "cxenseparse:recs:publishtime",
}

// pageDate is the page's publication day (YYYY-MM-DD), read in this order:
// the metadata of publishedMeta, JSON-LD datePublished (dateCreated as a last
// resort there), elements marked itemprop=datePublished, <time> elements
// outside navigation, asides, comments and footers (pubdate ones first),
// the date in the URL path, then the text of elements whose class or id
// says they hold the date. It returns "" when none gives a full date.
func pageDate(doc *html.Node, rawURL string) string {
	metas := map[string]string{}
	var ldScripts, otherScripts []string
	var itemprop, timePub, timeAny, classed []string
	total := len(textOf(doc))
	var visit func(n *html.Node, boiler, comment bool)
	visit = func(n *html.Node, boiler, comment bool) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				if k := strings.ToLower(metaKey(n)); k != "" {
					if _, seen := metas[k]; !seen {
						metas[k] = attr(n, "content")
					}
				}
			case "script":
				if n.FirstChild != nil {
					if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
						ldScripts = append(ldScripts, n.FirstChild.Data)
					} else {
						otherScripts = append(otherScripts, n.FirstChild.Data)
					}
				}
				return
			case "style", "noscript", "template":
				return
			case "nav", "aside", "footer":
				boiler = true
			}
			// A class on the page's big containers (<body class="has-sidebar
			// single-promo">) says nothing of where a date sits in it.
			if !boiler && !pageContainers[n.Data] && boilerContainer(n) && len(textOf(n))*10 < total*4 {
				boiler = true
			}
			if !comment && strings.Contains(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), "comment") {
				comment = true
			}
			if publishedProp(n) && n.Data != "meta" {
				itemprop = append(itemprop, strings.Join([]string{attr(n, "datetime"), attr(n, "content"), attr(n, "title"), textOf(n)}, "\x00"))
			}
			if n.Data == "time" {
				v := strings.TrimSpace(attr(n, "datetime") + "\x00" + textOf(n))
				// A time marked as the publication's counts outside
				// comments wherever it is: pages name their main column
				// "sidebar" too.
				switch {
				case !comment && (hasAttr(n, "pubdate") || strings.Contains(strings.ToLower(attr(n, "class")), "publish")):
					timePub = append(timePub, v)
				case !boiler:
					timeAny = append(timeAny, v)
				}
			}
			if !boiler && n.Data != "time" && dateClass(n) {
				classed = append(classed, textOf(n))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, boiler, comment)
		}
	}
	visit(doc, false, false)

	for _, k := range publishedMeta {
		if d := normDate(metas[k]); d != "" {
			return d
		}
	}
	for _, key := range []string{"datePublished", "dateCreated"} {
		for _, s := range ldScripts {
			if d := jsonLDDate(s, key); d != "" {
				return d
			}
		}
	}
	// JSON-LD that does not parse, and the page's own data in other
	// scripts ({"datePublished": ...} in a page's state).
	for _, s := range append(ldScripts, otherScripts...) {
		if m := scriptDateRe().FindStringSubmatch(s); m != nil {
			if d := normDate(strings.ReplaceAll(m[1], `\/`, "-")); d != "" {
				return d
			}
		}
	}
	for _, group := range [][]string{itemprop, timePub, timeAny} {
		for _, v := range group {
			if d := textDate(v); d != "" {
				return d
			}
		}
	}
	if d := urlDate(rawURL); d != "" {
		return d
	}
	for _, v := range classed {
		if d := textDate(v); d != "" {
			return d
		}
	}
	return ""
}

// pageContainers hold the whole page or story: their class names the page
// template, not a box in it.
var pageContainers = map[string]bool{"html": true, "body": true, "main": true, "article": true}

// publishedProp reports whether an element is marked as holding the
// publication date: microdata (itemprop datePublished, dateCreated,
// uploadDate), RDFa (property dc:date, dc:created), the hAtom
// <abbr class="published" title="...">.
func publishedProp(n *html.Node) bool {
	switch strings.ToLower(attr(n, "itemprop")) {
	case "datepublished", "datecreated", "uploaddate":
		return true
	}
	for _, p := range strings.Fields(strings.ToLower(attr(n, "property"))) {
		if p == "dc:date" || p == "dc:created" || p == "dcterms:created" || p == "dcterms:issued" {
			return true
		}
	}
	return n.Data == "abbr" && hasToken(attr(n, "class"), "published") && attr(n, "title") != ""
}

// boilerContainer reports whether n holds comments, related links or other
// page furniture by its class or id, whose dates are not the article's.
func boilerContainer(n *html.Node) bool {
	ci := boxNames(n)
	for _, w := range []string{"comment", "related", "sidebar", "footer", "recommend", "promo", "newsletter", "more-stories", "most-read", "trending"} {
		if strings.Contains(ci, w) {
			return true
		}
	}
	return false
}

// boxNames are the names a page gives an element's box, lower-cased: its
// class and id, and the component names of templates that mark boxes with
// data attributes instead (<section data-component="related-content">,
// data-testid="most-read").
func boxNames(n *html.Node) string {
	return strings.ToLower(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "data-component") + " " +
		attr(n, "data-testid") + " " + attr(n, "data-module"))
}

// dateClass reports whether n's class or id says it holds the article's date.
func dateClass(n *html.Node) bool {
	ci := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if strings.Contains(ci, "update") || strings.Contains(ci, "modif") {
		return false
	}
	for _, w := range []string{"date", "time", "publish", "posted", "dateline", "byline", "meta", "datum"} {
		if strings.Contains(ci, w) {
			return true
		}
	}
	return false
}

// jsonLDDate finds key (datePublished, dateCreated) anywhere in a JSON-LD
// block, @graph and nested objects included.
func jsonLDDate(src, key string) string {
	src = strings.TrimSpace(src)
	src = strings.TrimSuffix(strings.TrimPrefix(src, "<![CDATA["), "]]>")
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return ""
	}
	var find func(v any) string
	find = func(v any) string {
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v[key].(string); ok {
				if d := normDate(s); d != "" {
					return d
				}
			}
			for _, c := range v {
				if d := find(c); d != "" {
					return d
				}
			}
		case []any:
			for _, c := range v {
				if d := find(c); d != "" {
					return d
				}
			}
		}
		return ""
	}
	return find(v)
}

// scriptDateRe finds a publication date stated as a JSON field in a script.
var scriptDateRe = lazyRegexp(`"(?:datePublished|publishedDate|published_at|publishDate|publish_date|uploadDate)"\s*:\s*"([^"]{10,40})"`)

// urlDateRe finds a day in a URL path: /2021/03/14/, /2021-03-14-, /20210314/.
var urlDateRe = lazyRegexp(`/((?:19|20)\d\d)([/_-]?)(0[1-9]|1[0-2])([/_-]?)(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`)

func urlDate(rawURL string) string {
	m := urlDateRe().FindStringSubmatch(rawURL)
	if m == nil || m[2] != m[4] {
		return ""
	}
	return normDate(m[1] + "-" + m[3] + "-" + m[5])
}

// textDateRe finds a written date inside a line of text such as
// "Published 14 March 2021, 09:30", "Updated: March 14, 2021",
// "Stand: 19.10.2019 11:05" or "am 5. November 2021" (day first, as
// German-language pages write it).
var textDateRe = lazyRegexp(`(?i)(?:^|\D)(\d{4}-\d\d-\d\d|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}(?:st|nd|rd|th|\.)? ` + monthRe + `\.?,? \d{4}|` + monthRe + `\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})(?:$|\D)`)

const monthRe = `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|january|february|march|april|june|july|august|september|october|november|december)`

// monthNames reads English month names and abbreviations and the German
// names that differ from them.
var monthNames = map[string]time.Month{
	"jan": 1, "january": 1, "januar": 1, "feb": 2, "february": 2, "februar": 2, "mar": 3, "march": 3, "märz": 3,
	"apr": 4, "april": 4, "may": 5, "mai": 5, "jun": 6, "june": 6, "juni": 6, "jul": 7, "july": 7, "juli": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "oktober": 10,
	"nov": 11, "november": 11, "dec": 12, "december": 12, "dezember": 12,
}

// textDate reads a date attribute value or a short text holding a date;
// s may hold several candidates, separated by NUL, tried in turn.
func textDate(s string) string {
	if strings.Contains(s, "\x00") {
		for _, c := range strings.Split(s, "\x00") {
			if d := textDate(c); d != "" {
				return d
			}
		}
		return ""
	}
	s = collapseSpace(s)
	if d := normDate(s); d != "" {
		return d
	}
	if len(s) > 200 {
		return ""
	}
	m := textDateRe().FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	v := m[1]
	if d := normDate(v); d != "" {
		return d
	}
	var day, year int
	var month time.Month
	for _, f := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		if f != "" && isDigit(f[0]) {
			for _, suf := range []string{"st", "nd", "rd", "th"} {
				f = strings.TrimSuffix(f, suf)
			}
		}
		switch n, err := strconv.Atoi(f); {
		case err == nil && len(f) == 4:
			year = n
		case err == nil && day == 0:
			day = n
		case err == nil:
			month = time.Month(n)
		default:
			month = monthNames[f]
		}
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if day < 1 || month < 1 || month > 12 || t.Day() != day || t.Month() != month {
		return ""
	}
	return dateString(t)
}

func metaKey(n *html.Node) string {
	return firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"))
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(strings.ToLower(list)) {
		if f == tok {
			return true
		}
	}
	return false
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// textOf is n's text on one line.
func textOf(n *html.Node) string { return collapseSpace(nodeText(n)) }

// walkElements visits the elements under n in document order; fn returns
// false to stop.
func walkElements(n *html.Node, fn func(*html.Node) bool) bool {
	if n.Type == html.ElementNode && !fn(n) {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !walkElements(c, fn) {
			return false
		}
	}
	return true
}

// pageTitle is the article's headline: the Open Graph title, else the page's
// main heading when the <title> holds it (with the site's name around it,
// which readability does not always strip, and sometimes strips a part of
// the headline such as a closing "- Minister"), else readability's title.
func pageTitle(head headTitles, title, heading string) string {
	if head.og != "" {
		return head.og
	}
	if heading != "" && strings.Contains(strings.ToLower(head.raw), strings.ToLower(heading)) {
		return heading
	}
	return collapseSpace(title)
}

// headTitles are the titles a page's head gives: Open Graph and <title>.
type headTitles struct{ og, raw string }

// readHeadTitles reads them before readability changes the document.
func readHeadTitles(doc *html.Node) headTitles {
	var og, raw string
	walkElements(doc, func(n *html.Node) bool {
		switch {
		case n.Data == "meta" && og == "" && strings.EqualFold(metaKey(n), "og:title"):
			og = collapseSpace(attr(n, "content"))
		case n.Data == "title" && raw == "":
			raw = textOfAll(n)
		}
		return n.Data != "body"
	})
	return headTitles{og: og, raw: raw}
}

// textOfAll is n's text on one line, head elements included.
func textOfAll(n *html.Node) string {
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return collapseSpace(b.String())
}

// firstHeading is the text of the page's first h1.
func firstHeading(doc *html.Node) string {
	var h string
	walkElements(doc, func(n *html.Node) bool {
		if n.Data == "h1" {
			h = textOf(n)
			return false
		}
		return true
	})
	return h
}

// furnitureWords mark, in a class or id, the page furniture around a story:
// footers, related and recommended links, share and social bars, newsletter
// and subscription boxes, cookie and consent banners, sidebars, breadcrumbs,
// promotions, comments, bylines and author boxes, tag lists. The list follows the
// class vocabulary trafilatura discards (its content-discard rules), which
// readability alone does not know.
var furnitureWords = []string{
	"footer", "related", "share", "social", "newsletter", "subscri", "signup", "sign-up", "cookie", "consent",
	"sidebar", "breadcrumb", "promo", "advert", "outbrain", "taboola", "most-popular", "most-read",
	"recommend", "author", "byline", "comment", "paywall", "read-more", "more-stories", "tag-list", "widget",
}

// furnitureTags are elements that are never story text.
var furnitureTags = map[string]bool{"nav": true, "aside": true, "footer": true, "form": true, "button": true}

// dropFurniture removes page furniture (see furnitureWords) before the main
// text is looked for. An element holding 40% or more of the page's text is
// kept whatever its name: a story wrapped in class="has-comments" is still
// the story.
func dropFurniture(doc *html.Node) {
	total := len(textOf(doc))
	removeWhere(doc, func(n *html.Node) bool {
		return n.Type == html.ElementNode && n.Data != "html" && n.Data != "body" && furniture(n) && len(textOf(n))*10 < total*4
	})
}

// removeWhere removes from root every node drop picks that no picked node
// holds (what is inside a removed node goes with it).
func removeWhere(root *html.Node, drop func(*html.Node) bool) {
	var picked []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if drop(n) {
			picked = append(picked, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	for _, n := range picked {
		n.Parent.RemoveChild(n)
	}
}

func furniture(n *html.Node) bool {
	if furnitureTags[n.Data] {
		return true
	}
	ci := boxNames(n)
	for _, f := range strings.Fields(ci) {
		if f == "ad" || f == "ads" || strings.HasPrefix(f, "ad-") || strings.HasSuffix(f, "-ad") {
			return true
		}
	}
	for _, w := range furnitureWords {
		if strings.Contains(ci, w) {
			return true
		}
	}
	return false
}

// dateLineWords may stand beside the date in a dateline ("Last updated:
// Saturday, 9 April, 2005, 22:17 GMT").
var dateLineWords = map[string]bool{
	"published": true, "updated": true, "last": true, "posted": true, "on": true, "at": true, "first": true,
	"gmt": true, "utc": true, "bst": true, "cet": true, "est": true, "edt": true, "pst": true, "am": true, "pm": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
}

var clockRe = lazyRegexp(`^\d{1,2}[:.]\d\d(?::\d\d)?$`)

// dropDateLines removes the lines of a page's text that are only its
// dateline: the date is the article's metadata, not a paragraph of it.
func dropDateLines(text string) string {
	var b strings.Builder
	for line := range strings.Lines(text) {
		if !isDateLine(line) {
			b.WriteString(line)
		}
	}
	return b.String()
}

func isDateLine(line string) bool {
	s := collapseSpace(line)
	if s == "" || len(s) > 80 {
		return false
	}
	// Every date goes, not only the first: "16 October 2026 Updated 17
	// October 2026" is a dateline too.
	locs := textDateRe().FindAllStringIndex(s, -1)
	if locs == nil {
		return false
	}
	var rest strings.Builder
	prev := 0
	for _, loc := range locs {
		rest.WriteString(s[prev:loc[0]])
		rest.WriteByte(' ')
		prev = loc[1]
	}
	rest.WriteString(s[prev:])
	for _, w := range strings.Fields(rest.String()) {
		w = strings.ToLower(strings.Trim(w, ",:;|-–—()"))
		if w != "" && !dateLineWords[w] && !clockRe().MatchString(w) {
			return false
		}
	}
	return true
}

// dropLinkBlocks removes from the main text the blocks that are mostly links
// (lists of other stories, "Read more" lines), which readability keeps when
// they sit in the story's own container, and then the headings left with
// nothing under them.
func dropLinkBlocks(root *html.Node) {
	removeWhere(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || !linkBlocks[n.Data] {
			return false
		}
		total := len(textOf(n))
		return total > 0 && linkTextLen(n)*2 >= total
	})
	var headings []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '2' && n.Data[1] <= '6' {
			next := n.NextSibling
			for next != nil && (next.Type != html.ElementNode && strings.TrimSpace(next.Data) == "" || next.Type == html.CommentNode) {
				next = next.NextSibling
			}
			if next == nil || next.Type == html.ElementNode && len(next.Data) == 2 && next.Data[0] == 'h' && next.Data[1] >= '1' && next.Data[1] <= '6' {
				headings = append(headings, n)
			}
		}
		return true
	})
	for _, h := range headings {
		h.Parent.RemoveChild(h)
	}
}

var linkBlocks = map[string]bool{"ul": true, "ol": true, "dl": true, "p": true, "div": true, "section": true, "table": true}

func linkTextLen(n *html.Node) int {
	if n.Type == html.ElementNode && n.Data == "a" {
		return len(textOf(n))
	}
	sum := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sum += linkTextLen(c)
	}
	return sum
}
