// Package input turns the paths a user gives geokg into articles: plain text,
// HTML pages, RSS 2.0, Atom and JSON feeds, JSON Lines dumps and JSON
// arrays of article records, gzip of any of them,
// whole directories and standard input. Boilerplate (subscription offers,
// share bars, link lists, sign-offs) is removed with general rules before an
// article is handed on (a page's main text is found by go-readability, with
// page furniture dropped by class and link density first), and bad input is reported without stopping the good
// input beside it.
//
// Walk visits the articles of each path in a stable order and returns the
// inputs it skipped as Problems, each naming the file (and the line or item)
// with a reason and a hint. Directories are read recursively in lexical
// order; hidden files and directories are skipped, and so are files whose
// extension is not one of .txt .text .html .htm .xhtml .xml .rss .atom .json
// .jsonl .ndjson (each also with .gz), so that a README or an image beside
// the articles is not taken for one. Links in a directory are followed, to
// files and to directories; a dangling link, a link loop, a named pipe, a
// socket or a device there is a Problem, never dropped silently, and so is a
// .gz file that is not gzip. A file named explicitly is read whatever
// its name: its format is sniffed from its content.
//
// Where metadata comes from:
//   - Title: a text file's first line when it looks like a headline; the
//     page, item or record title otherwise.
//   - URL: the page's canonical or Open Graph URL, the feed item's link, the
//     record's url/link.
//   - Published (YYYY-MM-DD): the record's date field, the feed item's date,
//     the page's date (its metadata, JSON-LD, time elements, URL path or
//     dateline; see pageDate); else Options.Published; else none.
//   - ID: the record's id; else the URL; else TextID of the cleaned text, so
//     the same article read from two files has one identity.
//
// Article text is one paragraph a line and never holds the title.
//
// input reads files and standard input only: no network, no Dgraph, no
// package-level state besides its embedded vocabulary, parsed once.
package input
