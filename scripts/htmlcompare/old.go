package main

import (
	"errors"
	"os"
	"strings"

	"github.com/geokg/geokg/input"
	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"unicode/utf8"
)

// oldExtract is geokg's HTML reading as it was before go-readability
// (input/html.go at 1a4caf8): trafilatura's content and metadata,
// go-htmldate for the date, then the same input.Clean.
func oldExtract(path string) result {
	data, err := os.ReadFile(path)
	if err != nil {
		return result{err: err}
	}
	// As input reads a page that is not UTF-8: from its declared encoding.
	if !utf8.Valid(data) {
		enc, _, _ := charset.DetermineEncoding(data, "text/html")
		if out, err := enc.NewDecoder().Bytes(data); err == nil {
			data = out
		}
	}
	doc, err := html.Parse(strings.NewReader(string(data)))
	if err != nil {
		return result{err: err}
	}
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{ExcludeComments: true, HtmlDateMode: trafilatura.Disabled})
	if err != nil || res.ContentNode == nil {
		if err == nil {
			err = errors.New("no main text")
		}
		return result{err: err}
	}
	m := res.Metadata
	r := result{title: collapse(m.Title), date: dateString(m.Date)}
	if r.date == "" {
		d, err := htmldate.FromDocument(doc, htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true, URL: m.URL})
		if err == nil && !d.IsZero() {
			r.date = d.DateTime.Format("2006-01-02")
		}
	}
	if h := leadingHeading(res.ContentNode); h != nil {
		if r.title == "" {
			r.title = collapse(nodeText(h))
		}
		h.Parent.RemoveChild(h)
	}
	text := input.Clean(nodeText(res.ContentNode))
	if first, rest, _ := strings.Cut(text, "\n"); r.title != "" && strings.EqualFold(collapse(first), r.title) {
		text = rest
	}
	r.text = text
	return r
}

func dateString(t interface {
	IsZero() bool
	Format(string) string
}) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func leadingHeading(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
			continue
		case c.Type != html.ElementNode:
			return nil
		case c.Data == "h1" || c.Data == "head" && attrOf(c, "rend") == "h1":
			return c
		case c.Data == "div" || c.Data == "section" || c.Data == "article" || c.Data == "header" || c.Data == "main":
			return leadingHeading(c)
		}
		return nil
	}
	return nil
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

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

var skipElement = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "iframe": true,
	"svg": true, "head": true, "button": true, "select": true, "input": true, "textarea": true,
	"figcaption": true, "nav": true,
}

var blockElement = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true, "header": true, "footer": true,
	"aside": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true, "blockquote": true,
	"pre": true, "table": true, "tr": true, "td": true, "th": true, "hr": true, "figure": true,
	"address": true, "body": true, "form": true, "fieldset": true, "details": true, "summary": true,
	"list": true, "item": true, "quote": true, "row": true, "cell": true, "lb": true,
}
