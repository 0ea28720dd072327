package input

import (
	"fmt"
	"strconv"
)

// Reasons a file, or one record of it, was skipped. Problem.Reason is one of
// these; the CLI sums problems by reason.
const (
	ReasonMissing     = "missing"      // the path does not exist
	ReasonUnreadable  = "unreadable"   // the path exists but could not be read
	ReasonEmpty       = "empty"        // an empty file, or a directory with no article files: a warning
	ReasonBinary      = "binary"       // not text (NUL or control bytes)
	ReasonInvalidUTF8 = "invalid-utf8" // text in another encoding
	ReasonTooLarge    = "too-large"    // over Options.MaxBytes
	ReasonBadGzip     = "bad-gzip"     // corrupt or truncated gzip data
	ReasonNotGzip     = "not-gzip"     // named .gz but not gzip data
	ReasonBadLink     = "bad-link"     // a dangling symbolic link or a link loop in a directory
	ReasonNotFile     = "not-a-file"   // a named pipe, socket or device in a directory
	ReasonBadJSON     = "bad-json"     // a JSONL line or JSON file that does not parse as article records
	ReasonBadHTML     = "bad-html"     // an HTML page with no article text found in it
	ReasonBadFeed     = "bad-feed"     // XML that is not a well-formed RSS or Atom feed
	ReasonNoText      = "no-text"      // a record (JSONL line, feed item, text) with no article text
	ReasonCutShort    = "cut-short"    // read, but extraction cut something short (a sentence too long, split)
	ReasonBadDate     = "bad-date"     // read, but its publication date is in a form not read: the article is undated
)

// Problem is one input that was skipped: a file, or one record (a JSONL line,
// a feed item) of it. It is not fatal: the articles beside it are still read.
type Problem struct {
	Path   string // the file as named on the command line or found in a directory; "<stdin>" for standard input
	Line   int    // 1-based line of a JSONL record, 0 for a whole file
	Item   int    // 1-based item of a feed or JSON array, 0 otherwise
	Reason string // one of the Reason constants
	Err    error  // what went wrong, underneath
}

// Error names the place, the reason, the cause and what to do:
//
//	dump.jsonl:3: bad-json: invalid character 'x' looking for beginning of value; fix or remove this line (the other lines were read)
func (p *Problem) Error() string {
	msg := p.Where() + ": " + p.Reason
	if p.Err != nil {
		msg += ": " + p.Err.Error()
	}
	if h := p.Hint(); h != "" {
		msg += "; " + h
	}
	return msg
}

func (p *Problem) Unwrap() error { return p.Err }

// Warning reports a problem that loses nothing: an empty file, feed or
// directory had no article to give. The CLI may print it as a warning.
func (p *Problem) Warning() bool { return p.Reason == ReasonEmpty }

// Where is "path", "path:line" or "path#item".
func (p *Problem) Where() string {
	switch {
	case p.Line > 0:
		return p.Path + ":" + strconv.Itoa(p.Line)
	case p.Item > 0:
		return p.Path + "#" + strconv.Itoa(p.Item)
	}
	return p.Path
}

// Hint says what the user can do about the problem.
func (p *Problem) Hint() string {
	switch p.Reason {
	case ReasonMissing:
		return "check the path"
	case ReasonUnreadable:
		return "check that the file can be read"
	case ReasonEmpty:
		if p.Line > 0 || p.Item > 0 {
			return "skipped"
		}
		return "nothing to read; skipped"
	case ReasonBinary:
		return "not a text file; give .txt, .html, RSS/Atom, .jsonl files or their .gz"
	case ReasonInvalidUTF8:
		return "convert it to UTF-8 (for example iconv -f WINDOWS-1252 -t UTF-8)"
	case ReasonTooLarge:
		if p.Line > 0 {
			// One record of a dump: it is already one article a line.
			return "this record was skipped (the other lines were read); raise the limit with --max-bytes to read it"
		}
		return "split it, give a JSON Lines dump (one article a line), or raise the limit with --max-bytes"
	case ReasonBadGzip:
		return "the compressed data is damaged; fetch the file again or check it with gzip -t"
	case ReasonNotGzip:
		return "the name ends in .gz but the data is not compressed: rename it without .gz, or compress it"
	case ReasonBadLink:
		return "fix or remove the link (the files beside it were read)"
	case ReasonNotFile:
		return "only regular files are read from a directory; to read a pipe, name it on the command line"
	case ReasonCutShort:
		return "the article was read, its long sentences in pieces; check that it is prose (a table or a list without full stops is not), or add the full stops"
	case ReasonBadDate:
		return "the article was read without it (its events undated, or dated by --published); write the date as YYYY-MM-DD, RFC 3339 (2026-03-11T09:30:00Z) or RFC 1123, or give --published"
	case ReasonBadJSON:
		if p.Line > 0 {
			return "fix or remove this line (the other lines were read)"
		}
		return `want one JSON object a line with at least "text" (or "content"/"body")`
	case ReasonBadHTML:
		return "give the article page itself, or paste its text into a .txt file"
	case ReasonBadFeed:
		return "give a well-formed RSS 2.0 or Atom feed"
	case ReasonNoText:
		if p.Line > 0 || p.Item > 0 {
			return "this record was skipped (the others were read)"
		}
		return "nothing but boilerplate or markup was found"
	}
	return ""
}

func (w *walker) problem(path string, line int, reason string, format string, args ...any) {
	w.problems = append(w.problems, Problem{Path: path, Line: line, Reason: reason, Err: fmt.Errorf(format, args...)})
}
