package input

import (
	"errors"
	"html"
	"strings"
	"unicode"

	"github.com/geokg/geokg/extract"
	"github.com/mmcdole/gofeed"
)

// feed reads an RSS 2.0, Atom or JSON Feed: each item is an article, with
// its link, title, date and content (or, lacking content, its description).
func (w *walker) feed(name, data string) error {
	f, err := gofeed.NewParser().ParseString(data)
	if err != nil {
		w.problem(name, 0, ReasonBadFeed, "%w", err)
		return nil
	}
	if len(f.Items) == 0 {
		w.problem(name, 0, ReasonEmpty, "feed has no items")
		return nil
	}
	link := f.Link
	if link == "" && len(f.Items) > 0 {
		link = f.Items[0].Link
	}
	source := feedOutlet(collapseSpace(markupText(f.Title)), link)
	for i, it := range f.Items {
		p := Problem{Path: name, Item: i + 1}
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		text := markupText(body)
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		meta := extract.Article{
			Title:     collapseSpace(markupText(it.Title)),
			URL:       normURL(link),
			Source:    collapseSpace(source),
			Published: feedDate(it),
		}
		if strings.TrimSpace(text) == "" {
			p.Reason, p.Err = ReasonNoText, errors.New("item has no content or description")
			w.problems = append(w.problems, p)
			continue
		}
		if err := w.emit(p, meta, text); err != nil {
			return err
		}
	}
	return nil
}

// feedDate is the item's publication date, else its update date. The
// date as written comes first: gofeed's parsed times may have been moved to
// UTC, which can change the day.
func feedDate(it *gofeed.Item) string {
	if d := normDate(it.Published); d != "" {
		return d
	}
	if it.PublishedParsed != nil {
		if d := dateString(*it.PublishedParsed); d != "" {
			return d
		}
	}
	if d := normDate(it.Updated); d != "" {
		return d
	}
	if it.UpdatedParsed != nil {
		return dateString(*it.UpdatedParsed)
	}
	return ""
}

// markupText returns the text of a field that may hold HTML (feeds escape
// it, gofeed unescapes it) or plain text with entities.
func markupText(s string) string {
	if strings.Contains(s, "<") {
		if t, err := htmlFragmentText(s); err == nil {
			return t
		}
	}
	return html.UnescapeString(s)
}

// feedOutlet is the outlet a feed's title names. Titles often add the
// section to the outlet ("Valby Post - Europe", "World news | The Harbour
// Times", "VP > World"), so that two feeds of one outlet would count as two
// outlets, and neither as the site name its pages give. The part of the
// title, split at " - ", " | ", " > ", ": " and dashes, that the host of the
// feed's link spells (the same letters, or one of them the start of the
// other, or with "the" before it) is the outlet; a title no host label
// spells stays whole.
func feedOutlet(title, link string) string {
	host := urlHost(link)
	if title == "" || host == "" {
		return title
	}
	parts := feedTitleSep().Split(title, -1)
	if len(parts) < 2 {
		return title
	}
	for _, p := range parts {
		key := letters(p)
		if len(key) < 2 {
			continue
		}
		labels := strings.Split(host, ".")
		for _, label := range labels[:len(labels)-1] { // not the top-level domain
			label = letters(label)
			if len(label) < 3 || hostWords[label] {
				continue
			}
			if key == label || "the"+key == label ||
				len(key) >= 3 && strings.HasPrefix(label, key) ||
				len(label) >= 3 && strings.HasPrefix(key, label) {
				return strings.TrimSpace(p)
			}
		}
	}
	return title
}

// hostWords are labels of hosts that name no outlet (feeds.example.com,
// rss.example.co.uk).
var hostWords = map[string]bool{"www": true, "com": true, "org": true, "net": true, "gov": true,
	"feeds": true, "feed": true, "rss": true, "news": true, "edition": true}

var feedTitleSep = lazyRegexp(`\s+[-|>–—:]\s+|:\s+`)

// letters is s lower-cased with only its letters and digits.
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}
