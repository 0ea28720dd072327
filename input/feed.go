package input

import (
	"errors"
	"html"
	"strings"

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
	source := markupText(f.Title)
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
