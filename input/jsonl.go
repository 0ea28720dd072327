package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/geokg/geokg/extract"
)

// Field names of article records in JSON dumps, by what they hold. Keys
// match without regard to case, "_" or "-" ("publishedAt", "published_at").
// The first non-empty field of a list wins.
var (
	idKeys     = []string{"id", "_id", "articleid", "docid", "uuid", "guid"}
	urlKeys    = []string{"url", "link", "href", "permalink", "canonicalurl"}
	titleKeys  = []string{"title", "headline"}
	textKeys   = []string{"text", "content", "body", "articletext", "articlebody", "maintext", "fulltext", "story", "article", "description", "summary", "abstract"}
	dateKeys   = []string{"published", "date", "publishedat", "publisheddate", "publishdate", "datepublished", "pubdate", "publicationdate", "createdat", "created", "timestamp"}
	sourceKeys = []string{"source", "outlet", "site", "sitename", "publisher", "sourcename", "domain"}
)

// jsonl streams a JSON Lines file: one article object a line. A bad line is
// a Problem at its line number; the lines after it are still read.
func (w *walker) jsonl(name string, br *bufio.Reader, gz bool) error {
	records := 0
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, w.opts.MaxBytes)
		if n == 1 {
			// The byte-order mark Windows tools write first is no part
			// of the first record (decodeText drops it for whole files).
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		if len(bytes.TrimSpace(line)) > 0 || tooLong {
			records++
		}
		switch {
		case tooLong:
			w.problem(name, n, ReasonTooLarge, "line over %s", byteSize(w.opts.MaxBytes))
		case len(bytes.TrimSpace(line)) > 0:
			if err := w.record(Problem{Path: name, Line: n}, line); err != nil {
				return err
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			w.readProblem(name, n, err, gz)
			return nil
		}
	}
	if records == 0 {
		w.problem(name, 0, ReasonEmpty, "no records")
	}
	return nil
}

// readLine returns the next line without its end, or reports it too long
// (and skips it) when it is over max bytes.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > max+1 { // +1: the newline
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		line = bytes.TrimRight(line, "\r\n")
		return line, tooLong, err
	}
}

// record reads one JSON object (a JSONL line or an element of a JSON array).
func (w *walker) record(p Problem, data []byte) error {
	if !utf8.Valid(data) {
		p.Reason, p.Err = ReasonInvalidUTF8, fmt.Errorf("byte %#02x at column %d is not UTF-8", data[firstInvalid(data)], firstInvalid(data)+1)
		w.problems = append(w.problems, p)
		return nil
	}
	meta, text, badDate, err := parseRecord(data)
	if err != nil {
		p.Reason, p.Err = ReasonBadJSON, err
		w.problems = append(w.problems, p)
		return nil
	}
	if strings.TrimSpace(text) == "" {
		p.Reason, p.Err = ReasonNoText, errors.New(`no "text", "content" or "body"`)
		w.problems = append(w.problems, p)
		return nil
	}
	before := w.articles
	if err := w.emit(p, meta, text); err != nil {
		return err
	}
	if badDate != "" && w.articles > before {
		p.Reason, p.Err = ReasonBadDate, fmt.Errorf("%s is not a date geokg reads", badDate)
		w.problems = append(w.problems, p)
	}
	return nil
}

// parseRecord reads the article fields of one JSON object.
func parseRecord(data []byte) (meta extract.Article, text, badDate string, err error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(data, &obj); err != nil {
		if ute, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
			return extract.Article{}, "", "", fmt.Errorf("want a JSON object, got %s", ute.Value)
		}
		return extract.Article{}, "", "", err
	}
	if obj == nil {
		return extract.Article{}, "", "", errors.New("want a JSON object, got null")
	}
	// Keys that fold together ("ID" and "id") are taken in sorted order, so
	// that the same line always gives the same article.
	fields := make(map[string]json.RawMessage, len(obj))
	for _, k := range slices.Sorted(maps.Keys(obj)) {
		fk := strings.NewReplacer("_", "", "-", "").Replace(strings.ToLower(k))
		if _, dup := fields[fk]; !dup {
			fields[fk] = obj[k]
		}
	}
	get := func(keys []string) string {
		for _, k := range keys {
			if s := jsonString(fields[k]); strings.TrimSpace(s) != "" {
				return strings.TrimSpace(s)
			}
		}
		return ""
	}
	meta = extract.Article{
		ID:  get(idKeys),
		URL: dumpURL(get(urlKeys)),
		// A dump holds data, not markup: "<0x1>", "uid(n0)" or an
		// RDF-shaped title is kept as given (feeds' and pages' titles are
		// markup and read as HTML).
		Title:  get(titleKeys),
		Source: collapseSpace(get(sourceKeys)),
	}
	for _, k := range dateKeys {
		if d := jsonDate(fields[k]); d != "" {
			meta.Published = d
			break
		}
	}
	if meta.Published == "" {
		// A date given in a form geokg does not read is said, not
		// dropped in silence: the article's events would be undated.
		for _, k := range dateKeys {
			if v := jsonString(fields[k]); strings.TrimSpace(v) != "" {
				badDate = fmt.Sprintf("%s %.60q", k, strings.TrimSpace(v))
				break
			}
		}
	}
	text = get(textKeys)
	if looksLikeHTML(text) {
		if t, err := htmlFragmentText(text); err == nil {
			text = t
		}
	}
	return meta, text, badDate, nil
}

// jsonString reads a field as text: a string, a number, a list of strings
// (paragraphs, joined a line each), or an object's "name" (a source given
// as {"id": ..., "name": ...}).
func jsonString(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return s
		}
	case '[':
		var ss []string
		if json.Unmarshal(raw, &ss) == nil {
			return strings.Join(ss, "\n")
		}
	case '{':
		var o map[string]json.RawMessage
		if json.Unmarshal(raw, &o) == nil {
			for _, k := range []string{"name", "title", "text", "value"} {
				if s := jsonString(o[k]); s != "" {
					return s
				}
			}
		}
	default:
		var n json.Number
		if json.Unmarshal(raw, &n) == nil {
			return n.String()
		}
	}
	return ""
}

// jsonDate reads a date field: a date string or seconds (or milliseconds)
// since 1970.
func jsonDate(raw json.RawMessage) string {
	s := jsonString(raw)
	if s == "" {
		return ""
	}
	if len(raw) > 0 && raw[0] != '"' {
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			return unixDate(int64(f))
		}
	}
	return normDate(s)
}

// json reads a .json file: one article object, an array of them, a JSON
// Feed, or (often misnamed) JSON Lines.
func (w *walker) json(name, data string) error {
	trimmed := strings.TrimSpace(data)
	if strings.Contains(trimmed[:min(len(trimmed), 512)], "jsonfeed.org/version") {
		return w.feed(name, data)
	}
	if strings.HasPrefix(trimmed, "[") {
		var items []json.RawMessage
		if err := json.Unmarshal([]byte(data), &items); err != nil {
			w.problems = append(w.problems, Problem{Path: name, Line: jsonErrorLine(data, err), Reason: ReasonBadJSON, Err: err})
			return nil
		}
		if len(items) == 0 {
			w.problem(name, 0, ReasonEmpty, "empty array")
			return nil
		}
		for i, it := range items {
			if err := w.record(Problem{Path: name, Item: i + 1}, it); err != nil {
				return err
			}
		}
		return nil
	}
	if json.Valid([]byte(trimmed)) {
		return w.record(Problem{Path: name}, []byte(trimmed))
	}
	return w.jsonl(name, bufio.NewReader(strings.NewReader(data)), false)
}

// jsonErrorLine is the line of a syntax error in data, 0 when unknown.
func jsonErrorLine(data string, err error) int {
	if se, ok := errors.AsType[*json.SyntaxError](err); ok && se.Offset <= int64(len(data)) {
		return 1 + strings.Count(data[:se.Offset], "\n")
	}
	return 0
}

// dumpURL is the dump's url normalised (lower-case scheme and host, no
// fragment or utm_ parameters) when it is an absolute URL, else the value
// as given: a dump's identifier is kept rather than silently dropped.
func dumpURL(s string) string {
	if u := normURL(s); u != "" {
		return u
	}
	return s
}
