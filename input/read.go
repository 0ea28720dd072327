package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"
)

type format int

const (
	formatUnknown format = iota
	formatText
	formatHTML
	formatFeed
	formatJSON  // one object or an array of objects
	formatJSONL // one object a line
)

var extFormats = map[string]format{
	".txt": formatText, ".text": formatText,
	".html": formatHTML, ".htm": formatHTML, ".xhtml": formatHTML,
	".xml": formatFeed, ".rss": formatFeed, ".atom": formatFeed,
	".json":  formatJSON,
	".jsonl": formatJSONL, ".ndjson": formatJSONL,
}

// articleExts lists the extensions read from directories, for messages.
var articleExts = []string{".txt", ".html", ".htm", ".xml", ".rss", ".atom", ".json", ".jsonl", ".ndjson"}

// formatOf names the format a file's name promises, looking through a .gz
// suffix. Files in a directory are read only when it is known: a README or
// an image beside the articles is not an article.
func formatOf(path string) format {
	name := strings.ToLower(filepath.Base(path))
	name = strings.TrimSuffix(name, ".gz")
	return extFormats[filepath.Ext(name)]
}

// sniff guesses the format of data whose name says nothing.
func sniff(head []byte) format {
	s := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	lower := bytes.ToLower(s[:min(len(s), 512)])
	switch {
	case len(s) == 0:
		return formatText
	case s[0] == '{' && bytes.Contains(lower, []byte("jsonfeed.org/version")):
		return formatFeed
	case s[0] == '{':
		return formatJSONL
	case s[0] == '[':
		return formatJSON
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")):
		return formatHTML
	case s[0] == '<':
		switch gofeed.DetectFeedType(bytes.NewReader(s)) {
		case gofeed.FeedTypeRSS, gofeed.FeedTypeAtom:
			return formatFeed
		}
		if bytes.Contains(lower, []byte("<body")) || bytes.Contains(lower, []byte("<head")) || bytes.Contains(lower, []byte("<p>")) {
			return formatHTML
		}
		if bytes.HasPrefix(lower, []byte("<?xml")) {
			return formatFeed
		}
	}
	return formatText
}

var (
	utf8BOM    = []byte{0xEF, 0xBB, 0xBF}
	utf16LEBOM = []byte{0xFF, 0xFE}
	utf16BEBOM = []byte{0xFE, 0xFF}
	gzipMagic  = []byte{0x1f, 0x8b}
)

// sniffSize is how much of a file is looked at to tell its format and
// whether it is text: enough for a feed's root element or an HTML head.
const sniffSize = 8 << 10

func (w *walker) file(path string) error {
	f, err := os.Open(path)
	if err != nil {
		reason := ReasonUnreadable
		if errors.Is(err, fs.ErrNotExist) {
			reason = ReasonMissing
		}
		w.problems = append(w.problems, Problem{Path: path, Reason: reason, Err: unwrapPathError(err)})
		return nil
	}
	defer f.Close()
	return w.stream(path, f, formatOf(path))
}

// stream reads one input. The format from the file name wins; content is
// sniffed only when the name says nothing (standard input, a file named
// explicitly without a known extension). Gzip is recognised by its magic
// bytes, whatever the name.
func (w *walker) stream(name string, r io.Reader, f format) error {
	return w.streamGz(name, r, f, false)
}

func (w *walker) streamGz(name string, r io.Reader, f format, gz bool) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(sniffSize)
	if err != nil && !errors.Is(err, io.EOF) {
		w.readProblem(name, 0, err, gz)
		return nil
	}
	if !gz && len(head) > 0 && strings.HasSuffix(strings.ToLower(name), ".gz") && !bytes.HasPrefix(head, gzipMagic) {
		w.problem(name, 0, ReasonNotGzip, "no gzip header")
		return nil
	}
	if bytes.HasPrefix(head, gzipMagic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			w.problem(name, 0, ReasonBadGzip, "%w", err)
			return nil
		}
		defer zr.Close()
		return w.streamGz(name, zr, f, true)
	}
	if len(bytes.TrimSpace(head)) == 0 && len(head) < sniffSize {
		w.problem(name, 0, ReasonEmpty, "empty file")
		return nil
	}
	if f == formatUnknown {
		f = sniff(head)
	}
	if f == formatJSONL {
		if isBinary(head) {
			w.problem(name, 0, ReasonBinary, "binary data (NUL or control bytes)")
			return nil
		}
		return w.jsonl(name, br, gz)
	}

	data, err := io.ReadAll(io.LimitReader(br, w.opts.MaxBytes+1))
	if err != nil {
		w.readProblem(name, 0, err, gz)
		return nil
	}
	if int64(len(data)) > w.opts.MaxBytes {
		w.problem(name, 0, ReasonTooLarge, "over %s", byteSize(w.opts.MaxBytes))
		return nil
	}
	text, reason, line, err := decodeText(data, f)
	if err != nil {
		w.problem(name, line, reason, "%w", err)
		return nil
	}
	if strings.TrimSpace(text) == "" {
		w.problem(name, 0, ReasonEmpty, "only white space")
		return nil
	}
	switch f {
	case formatHTML:
		return w.html(name, text)
	case formatFeed:
		return w.feed(name, text)
	case formatJSON:
		return w.json(name, text)
	}
	return w.text(name, text)
}

// readProblem reports a read error: inside gzip data, damage to it.
func (w *walker) readProblem(name string, line int, err error, gz bool) {
	reason := ReasonUnreadable
	if gz {
		reason = ReasonBadGzip
	}
	w.problem(name, line, reason, "%w", err)
}

// decodeText checks that data is text and returns it as a string: UTF-8
// (its byte-order mark dropped), UTF-16 with a byte-order mark, which some
// Windows tools still write, or the encoding an HTML page or an XML feed
// declares. Otherwise it returns the reason, the line of the first bad byte
// when that helps, and the error.
func decodeText(data []byte, f format) (string, string, int, error) {
	switch {
	case bytes.HasPrefix(data, utf16LEBOM), bytes.HasPrefix(data, utf16BEBOM):
		return decodeUTF16(data), "", 0, nil
	case isBinary(data):
		return "", ReasonBinary, 0, errors.New("binary data (NUL or control bytes)")
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if !utf8.Valid(data) {
		if s, ok := decodeDeclared(data, f); ok {
			return s, "", 0, nil
		}
		at := firstInvalid(data)
		line := 1 + bytes.Count(data[:at], []byte("\n"))
		return "", ReasonInvalidUTF8, line, fmt.Errorf("byte %#02x at offset %d is not UTF-8", data[at], at)
	}
	return string(data), "", 0, nil
}

var xmlEncodingRE = lazyRegexp(`^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']`)

// decodeDeclared decodes a page or a feed that is not UTF-8 from the
// encoding it declares. A page that declares none is read as browsers read
// it (windows-1252, most often); a feed must declare its encoding, and its
// declaration is rewritten to UTF-8 so that the feed parser does not decode
// it twice.
func decodeDeclared(data []byte, f format) (string, bool) {
	switch f {
	case formatHTML:
		enc, _, _ := charset.DetermineEncoding(data, "text/html")
		if out, err := enc.NewDecoder().Bytes(data); err == nil && utf8.Valid(out) {
			return string(out), true
		}
	case formatFeed:
		m := xmlEncodingRE().FindSubmatchIndex(data)
		if m == nil {
			return "", false
		}
		enc, _ := charset.Lookup(string(data[m[2]:m[3]]))
		if enc == nil {
			return "", false
		}
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil || !utf8.Valid(out) {
			return "", false
		}
		if m := xmlEncodingRE().FindSubmatchIndex(out); m != nil {
			out = slices.Concat(out[:m[2]], []byte("UTF-8"), out[m[3]:])
		}
		return string(out), true
	}
	return "", false
}

// isBinary looks at the start of data for a NUL byte, or for more than one
// control byte in a hundred: text has neither, images, archives and
// executables have both.
func isBinary(data []byte) bool {
	data = data[:min(len(data), sniffSize)]
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range data {
		if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b) || c == 0x7f {
			ctl++
		}
	}
	return ctl*100 > len(data)
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

func decodeUTF16(data []byte) string {
	big := bytes.HasPrefix(data, utf16BEBOM)
	data = data[2:]
	u := make([]uint16, 0, len(data)/2)
	for i := 0; i+1 < len(data); i += 2 {
		if big {
			u = append(u, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			u = append(u, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	return string(utf16.Decode(u))
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
