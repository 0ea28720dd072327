package input

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// articleID gives an article its identity: the input's own id when it has
// one (the output contract keeps it), else its URL, else a hash of its text,
// so that the same article read from two files is one node.
func articleID(id, rawURL, text string) string {
	if id = strings.TrimSpace(id); id != "" {
		return id
	}
	if u := normURL(rawURL); u != "" {
		return u
	}
	return TextID(text)
}

// TextID is the identity of an article known only by its text:
// "sha256:" and the first 16 hex digits of the SHA-256 of the text with its
// white space collapsed and its letters lower-cased, so that re-wrapping or
// re-casing the same article keeps its identity.
func TextID(text string) string {
	norm := strings.ToLower(strings.Join(strings.Fields(text), " "))
	sum := sha256.Sum256([]byte(norm))
	return "sha256:" + hex.EncodeToString(sum[:8])
}

// normURL returns the URL that identifies an article: scheme and host lower
// case, no fragment, no utm_* tracking parameters. It returns "" for
// something that is not an absolute URL.
func normURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return ""
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	u.Fragment, u.RawFragment = "", ""
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") {
				q.Del(k)
			}
		}
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// urlHost is the host of an absolute http(s) URL without "www.", or "".
func urlHost(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// dateLayouts are the forms of publication dates met in feeds, page metadata
// and dumps. ISO dates are taken by their first ten characters before these
// are tried, so that the day is the one written, whatever the time zone.
var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, time.RFC850,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700", "Mon, 2 Jan 2006", "2 Jan 2006 15:04:05 -0700",
	time.ANSIC, time.UnixDate,
	"2006/01/02", "2006.01.02", "02.01.2006",
	"2 January 2006", "2 Jan 2006", "January 2, 2006", "Jan 2, 2006", "January 2 2006", "Jan 2 2006",
	"Jan. 2, 2006", "Monday, January 2, 2006", "Monday, 2 January 2006",
}

// normDate returns s as YYYY-MM-DD, or "" when s is not a full date: a
// month or a year alone is not a publication day, and no day is invented.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil && (len(s) == 10 || !isDigit(s[10])) {
			return dateString(t)
		}
		return ""
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) >= 9 {
		return unixDate(n)
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return dateString(t)
		}
	}
	return ""
}

// unixDate reads seconds, or milliseconds when the number is too big for
// seconds of this era, since 1970 (UTC).
func unixDate(n int64) string {
	if n > 1e11 {
		n /= 1000
	}
	return dateString(time.Unix(n, 0).UTC())
}

// dateString formats t as YYYY-MM-DD in its own zone: the day the source
// wrote. Years outside 1000–9999 are placeholders (a zero time) or typos.
func dateString(t time.Time) string {
	if t.IsZero() || t.Year() < 1000 || t.Year() > 9999 {
		return ""
	}
	return t.Format("2006-01-02")
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
