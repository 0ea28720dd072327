package input

import (
	"strings"
	"unicode/utf8"

	"github.com/geokg/geokg/extract"
)

// text reads a plain-text article: an optional headline line, then the body.
func (w *walker) text(name, data string) error {
	title, body := splitHeadline(unwrap(data))
	return w.emit(Problem{Path: name}, extract.Article{Title: title}, body)
}

// splitHeadline takes the first line for the headline when it looks like
// one: short, not ending as a sentence or a clause does, and followed by more
// text. Corpus files often start with their title; pasted articles often
// start straight with the first paragraph, which is longer and ends with a
// full stop.
func splitHeadline(text string) (title, body string) {
	text = strings.TrimLeft(text, " \t\r\n\ufeff")
	first, rest, ok := strings.Cut(text, "\n")
	first = collapseSpace(first)
	if !ok || strings.TrimSpace(rest) == "" || !looksLikeHeadline(first) {
		return "", text
	}
	return first, rest
}

func looksLikeHeadline(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 150 || len(strings.Fields(s)) > 20 {
		return false
	}
	s = strings.TrimRight(s, `"'”’)`)
	if strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…") {
		return true // a teaser headline, not a sentence
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".,;:", last)
}

// unwrap joins the lines of hard-wrapped paragraphs (text wrapped at a fixed
// width, paragraphs between blank lines) so that each paragraph is one line,
// as the cleaning rules and the extractor expect. Text that is not wrapped is
// returned as it is.
//
// Text counts as wrapped when its paragraphs are separated by blank lines,
// its longest line has 40 to 100 characters, and at least half of its lines
// reach 60% of the longest: the mark of a fill column. Within a paragraph a
// line is joined to the next unless it is short, which ends a paragraph or
// a heading.
func unwrap(text string) string {
	lines := strings.Split(strings.TrimRight(strings.ReplaceAll(text, "\r\n", "\n"), "\n"), "\n")
	width, nonBlank, blank := 0, 0, 0
	for _, l := range lines {
		n := utf8.RuneCountInString(strings.TrimRight(l, " \t\r"))
		if n == 0 {
			blank++
			continue
		}
		nonBlank++
		width = max(width, n)
	}
	if width > 100 || width < 40 || nonBlank < 4 || blank == 0 {
		return text
	}
	full := 0
	for _, l := range lines {
		if n := utf8.RuneCountInString(strings.TrimRight(l, " \t\r")); n > 0 && n*10 >= width*6 {
			full++
		}
	}
	if full*2 < nonBlank {
		return text
	}
	var b strings.Builder
	joining := false
	for _, l := range lines {
		l = strings.TrimRight(l, " \t\r")
		if l == "" {
			if joining {
				b.WriteByte('\n')
			}
			b.WriteByte('\n')
			joining = false
			continue
		}
		if joining {
			b.WriteByte(' ')
			l = strings.TrimLeft(l, " \t")
		}
		b.WriteString(l)
		joining = utf8.RuneCountInString(l)*10 >= width*6
		if !joining {
			b.WriteByte('\n')
		}
	}
	return b.String()
}
