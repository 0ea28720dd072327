package input

import (
	"errors"
	"fmt"
	"strings"

	"github.com/geokg/geokg/extract"
	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// html reads an article page: trafilatura finds the main text (navigation,
// ads, comments, related links left out) and the metadata; go-htmldate finds
// the publication date when the metadata has none.
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
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		ExcludeComments: true,
		// Dates come from go-htmldate below, asked for the original
		// publication date rather than the last modification.
		HtmlDateMode: trafilatura.Disabled,
	})
	if err != nil || res.ContentNode == nil {
		if err == nil {
			err = errors.New("no main text")
		}
		w.problem(name, 0, ReasonBadHTML, "no article text found: %w", err)
		return nil
	}
	m := res.Metadata
	meta := extract.Article{
		Title:  collapseSpace(m.Title),
		URL:    normURL(m.URL),
		Source: collapseSpace(m.Sitename),
	}
	if meta.Source == "" {
		meta.Source = m.Hostname
	}
	meta.Published = dateString(m.Date)
	if meta.Published == "" {
		d, err := htmldate.FromDocument(doc, htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true, URL: m.URL})
		if err == nil && !d.IsZero() {
			meta.Published = dateString(d.DateTime)
		}
	}
	// The headline heads the content: it is the title, not the body.
	if h := leadingHeading(res.ContentNode); h != nil {
		if meta.Title == "" {
			meta.Title = collapseSpace(nodeText(h))
		}
		h.Parent.RemoveChild(h)
	}
	return w.emit(Problem{Path: name, Reason: ReasonBadHTML}, meta, nodeText(res.ContentNode))
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
		case c.Data == "h1" || c.Data == "head" && attr(c, "rend") == "h1":
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

// nodeText is the text of n, one block element a line: trafilatura's own
// plain text runs paragraphs together, and the extractor needs them apart.
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

// Elements that start a new line. trafilatura's own tags (head, list, item,
// quote, row, cell, lb) are here too in case they reach its content node.
var blockElement = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true, "header": true, "footer": true,
	"aside": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true, "blockquote": true,
	"pre": true, "table": true, "tr": true, "td": true, "th": true, "hr": true, "figure": true,
	"address": true, "body": true, "form": true, "fieldset": true, "details": true, "summary": true,
	"list": true, "item": true, "quote": true, "row": true, "cell": true, "lb": true,
}
