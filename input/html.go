package input

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/geokg/geokg/extract"
)

// html reads an article page: readability finds the main text (navigation,
// ads, comments, related links left out) and the title and site name; the
// URL and the publication date are read from the page by pageURL and
// pageDate. go-trafilatura did this before, but it links go-dateparser,
// whose package init compiles every locale's patterns (0.4 s and 95 MB at
// the start of every geokg command, query and report included);
// scripts/htmlcompare measures the two on the same pages.
func (w *walker) html(name, data string) error {
	if !strings.Contains(data, "<") {
		w.problem(name, 0, ReasonBadHTML, "no HTML markup")
		return nil
	}
	doc, err := html.Parse(strings.NewReader(data))
	if err != nil {
		w.problem(name, 0, ReasonBadHTML, "%w", err)
		return nil
	}
	rawURL := pageURL(doc)
	var base *url.URL
	if u, err := url.Parse(rawURL); err == nil && u.IsAbs() {
		base = u
	}
	published := pageDate(doc, rawURL)
	heading, head := firstHeading(doc), readHeadTitles(doc)
	dropFurniture(doc)
	p := readability.NewParser()
	res, err := p.ParseAndMutate(doc, base)
	if err != nil || res.Node == nil || strings.TrimSpace(nodeText(res.Node)) == "" {
		if err == nil {
			err = errors.New("no main text")
		}
		w.problem(name, 0, ReasonBadHTML, "no article text found: %w", err)
		return nil
	}
	meta := extract.Article{
		Title:     pageTitle(head, res.Title(), heading),
		URL:       normURL(rawURL),
		Source:    collapseSpace(res.SiteName()),
		Published: published,
	}
	if meta.Published == "" {
		if t, err := res.PublishedTime(); err == nil {
			meta.Published = dateString(t)
		}
	}
	dropLinkBlocks(res.Node)
	// The headline heads the content: it is the title, not the body.
	if h := leadingHeading(res.Node); h != nil {
		if meta.Title == "" {
			meta.Title = collapseSpace(nodeText(h))
		}
		h.Parent.RemoveChild(h)
	}
	return w.emit(Problem{Path: name, Reason: ReasonBadHTML}, meta, dropDateLines(nodeText(res.Node)))
}

// leadingHeading returns the main heading (h1) that opens n, looking into
// the containers that open it, or nil.
func leadingHeading(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
			continue
		case c.Type != html.ElementNode:
			return nil
		case c.Data == "h1":
			return c
		case c.Data == "div" || c.Data == "section" || c.Data == "article" || c.Data == "header" || c.Data == "main":
			return leadingHeading(c)
		}
		return nil
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// htmlFragmentText turns a fragment of HTML (a feed item's content, a dump's
// body) into text, one block a line.
func htmlFragmentText(s string) (string, error) {
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(s), ctx)
	if err != nil {
		return "", fmt.Errorf("parse HTML: %w", err)
	}
	var b strings.Builder
	for _, n := range nodes {
		writeNodeText(&b, n)
	}
	return b.String(), nil
}

// looksLikeHTML reports whether a text field holds markup rather than text.
func looksLikeHTML(s string) bool {
	l := strings.ToLower(s)
	for _, tag := range []string{"<p>", "<p ", "</p>", "<br", "<div", "</a>", "<li>", "<span", "<strong>", "<em>"} {
		if strings.Contains(l, tag) {
			return true
		}
	}
	return false
}

// nodeText is the text of n, one block element a line: the extractor needs
// paragraphs apart.
func nodeText(n *html.Node) string {
	var b strings.Builder
	writeNodeText(&b, n)
	return b.String()
}

func writeNodeText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' || r == '\t' {
				return ' '
			}
			return r
		}, n.Data))
		return
	case html.ElementNode:
		if skipElement[n.Data] {
			return
		}
		if n.Data == "br" {
			b.WriteByte('\n')
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blockElement[n.Data]
	if block {
		b.WriteByte('\n')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeNodeText(b, c)
	}
	if block {
		b.WriteByte('\n')
	}
}

// Elements whose content is not story text.
var skipElement = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "iframe": true,
	"svg": true, "head": true, "button": true, "select": true, "input": true, "textarea": true,
	"figcaption": true, "nav": true,
}

// Elements that start a new line.
var blockElement = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true, "header": true, "footer": true,
	"aside": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true, "blockquote": true,
	"pre": true, "table": true, "tr": true, "td": true, "th": true, "hr": true, "figure": true,
	"address": true, "body": true, "form": true, "fieldset": true, "details": true, "summary": true,
}
