package input

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/geokg/geokg/extract"
)

// Article is one article read from the input.
type Article struct {
	// Meta identifies the article: ID, and Title, URL, Source, Published
	// when the input gives them (see the package doc for where each comes
	// from).
	Meta extract.Article
	// Text is the article body, boilerplate removed, one paragraph a line
	// (each ending in "\n"). It never holds the title.
	Text string
	// Origin is where the article was read: "path" for a file of one
	// article, "path:line" for a JSON Lines record, "path#item" for an item
	// of a feed or a JSON array. Standard input is "<stdin>".
	Origin string
}

// Options tune Walk. The zero value is ready to use.
type Options struct {
	// MaxBytes is the most bytes read into memory for one article input: a
	// whole text, HTML, feed or JSON file, or one JSON Lines record, counted
	// after decompression. Larger ones are skipped with a "too-large"
	// Problem. A JSON Lines file is streamed, so its total size is not
	// limited. Default 10 MiB: a long article page is a few hundred KiB
	// and a busy feed a few MiB, so anything bigger is most likely not an
	// article (a log, a database dump, a gzip bomb) and reading it whole
	// would only spend memory.
	MaxBytes int64
	// Published is the publication date (YYYY-MM-DD) given to articles
	// whose input carries none (the --published flag). Default: none; a
	// date is never invented.
	Published string
	// Stdin is read for the path "-". Default os.Stdin.
	Stdin io.Reader
	// KeepBoilerplate skips Clean, keeping subscription boxes, share bars
	// and the like (to see what cleaning removed). Default false.
	KeepBoilerplate bool
	// FileDone, when set, is called after each file (or standard input)
	// has been read to its end, good or bad, with the number of articles it
	// gave; a progress bar counts these against Count.
	FileDone func(path string, articles int)
}

// DefaultMaxBytes is Options.MaxBytes when it is zero.
const DefaultMaxBytes = 10 << 20

// StdinName is the path that names standard input in Problems and Origins.
const StdinName = "<stdin>"

var dateRE = lazyRegexp(`^\d{4}-\d{2}-\d{2}$`)

func (o *Options) applyDefaults() error {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	if o.Published != "" && normDate(o.Published) != o.Published {
		return fmt.Errorf("published date %q: want YYYY-MM-DD", o.Published)
	}
	return nil
}

// Walk reads every article of every path in order and calls fn for each good
// one. A path is a file, a directory (read recursively in lexical order,
// skipping hidden files and directories and files that are not article
// inputs; see the package doc) or "-" for standard input.
//
// Bad input does not stop Walk: each bad file or record is returned as a
// Problem, in the order met, and the articles beside it are still read. The
// error is for what must stop the walk: ctx done, an invalid option, or an
// error returned by fn (wrapped with the article's origin).
func Walk(ctx context.Context, paths []string, opts Options, fn func(Article) error) ([]Problem, error) {
	if err := opts.applyDefaults(); err != nil {
		return nil, err
	}
	w := &walker{ctx: ctx, opts: opts, fn: fn}
	err := eachInput(ctx, paths, func(in inputFile) error {
		if in.problem != nil {
			w.problems = append(w.problems, *in.problem)
			return nil
		}
		before := w.articles
		var err error
		if in.stdin {
			err = w.stream(StdinName, opts.Stdin, formatUnknown)
		} else {
			err = w.file(in.path)
		}
		if err != nil {
			return err
		}
		if opts.FileDone != nil {
			opts.FileDone(in.name(), w.articles-before)
		}
		return nil
	})
	return w.problems, err
}

// Count returns how many files (standard input counting as one) Walk would
// read for paths, for a progress bar. Missing paths count for nothing. The
// error is ctx's, when it is done.
func Count(ctx context.Context, paths []string) (int, error) {
	n := 0
	err := eachInput(ctx, paths, func(in inputFile) error {
		if in.problem == nil {
			n++
		}
		return nil
	})
	return n, err
}

type walker struct {
	ctx      context.Context
	opts     Options
	fn       func(Article) error
	problems []Problem
	articles int
}

// inputFile is one file to read, standard input, or a path that cannot be.
type inputFile struct {
	path    string
	stdin   bool
	problem *Problem
}

func (in inputFile) name() string {
	if in.stdin {
		return StdinName
	}
	return in.path
}

// eachInput expands paths into the files to read, in a stable order. Count
// and Walk share it so that their counts agree.
func eachInput(ctx context.Context, paths []string, visit func(inputFile) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if err := visit(inputFile{stdin: true}); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			reason := ReasonUnreadable
			if errors.Is(err, fs.ErrNotExist) {
				reason = ReasonMissing
			}
			if err := visit(inputFile{path: p, problem: &Problem{Path: p, Reason: reason, Err: unwrapPathError(err)}}); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			if err := visit(inputFile{path: p}); err != nil {
				return err
			}
			continue
		}
		if err := eachInDir(ctx, p, visit); err != nil {
			return err
		}
	}
	return nil
}

func eachInDir(ctx context.Context, root string, visit func(inputFile) error) error {
	dw := &dirWalker{ctx: ctx, visit: visit, seen: map[string]bool{}}
	if err := dw.walk(root); err != nil {
		return err
	}
	if dw.found == 0 && !dw.failed {
		return visit(inputFile{path: root, problem: &Problem{Path: root, Reason: ReasonEmpty,
			Err: fmt.Errorf("directory has no article files (%s, or any of them .gz)", strings.Join(articleExts, ", "))}})
	}
	return nil
}

// dirWalker reads one directory given by the user. It follows links to
// files and to directories, and names what it cannot read instead of
// dropping it: a dangling link, a link loop, a named pipe (reading one
// would block), a socket or a device.
type dirWalker struct {
	ctx    context.Context
	visit  func(inputFile) error
	seen   map[string]bool // directories read, by real path: a link back to one is a loop
	found  int             // article files found
	failed bool            // a problem was reported: the directory is not "empty"
}

func (dw *dirWalker) walk(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if cerr := dw.ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			// An unreadable directory or file: report it and go on.
			if verr := dw.bad(path, ReasonUnreadable, unwrapPathError(err)); verr != nil {
				return verr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if filepath.Clean(path) != filepath.Clean(root) && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch t := d.Type(); {
		case d.IsDir():
			real := realPath(path)
			if dw.seen[real] {
				return fs.SkipDir // read already, through a link
			}
			dw.seen[real] = true
			return nil
		case t&fs.ModeSymlink != 0:
			return dw.link(path)
		case !t.IsRegular():
			return dw.bad(path, ReasonNotFile, fmt.Errorf("a %s, not a regular file", fileKind(t)))
		}
		return dw.file(path)
	})
}

// file visits an article file; files of other kinds are left alone.
func (dw *dirWalker) file(path string) error {
	if formatOf(path) == formatUnknown {
		return nil
	}
	dw.found++
	return dw.visit(inputFile{path: path})
}

// link follows a symbolic link met in a directory.
func (dw *dirWalker) link(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		target, _ := os.Readlink(path)
		switch {
		case errors.Is(err, syscall.ELOOP):
			return dw.bad(path, ReasonBadLink, fmt.Errorf("symlink loop (links to %s, which leads back to itself)", target))
		case errors.Is(err, fs.ErrNotExist):
			return dw.bad(path, ReasonBadLink, fmt.Errorf("dangling link to %s, which does not exist", target))
		}
		return dw.bad(path, ReasonUnreadable, unwrapPathError(err))
	}
	switch {
	case info.IsDir():
		if real := realPath(path); dw.seen[real] {
			return dw.bad(path, ReasonBadLink, fmt.Errorf("symlink loop (links to %s, a directory read already: a loop or a second path to it); not followed", real))
		}
		// The trailing separator makes WalkDir follow the link at its root,
		// so that the files inside are named under the link.
		return dw.walk(path + string(filepath.Separator))
	case info.Mode().IsRegular():
		return dw.file(path)
	}
	return dw.bad(path, ReasonNotFile, fmt.Errorf("links to a %s, not a regular file", fileKind(info.Mode().Type())))
}

func (dw *dirWalker) bad(path, reason string, err error) error {
	dw.failed = true
	return dw.visit(inputFile{path: path, problem: &Problem{Path: filepath.Clean(path), Reason: reason, Err: err}})
}

// realPath is path with every link resolved, to recognise a directory
// reached twice; path itself when it cannot be resolved.
func realPath(path string) string {
	if r, err := filepath.EvalSymlinks(path); err == nil {
		if a, err := filepath.Abs(r); err == nil {
			return a
		}
		return r
	}
	return filepath.Clean(path)
}

func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "special file"
}

// unwrapPathError drops the *fs.PathError's path, which Problem already names.
func unwrapPathError(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}

// emit finishes one article (cleaning, identity, dates) and hands it to fn.
// A record with no text left is a Problem, not an article: p says where,
// and its Reason, when set, why (a page is bad-html), else no-text.
func (w *walker) emit(p Problem, meta extract.Article, text string) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	if w.opts.KeepBoilerplate {
		text = tidy(text)
	} else {
		text = Clean(text)
	}
	text = dropTitleLine(text, meta.Title)
	if strings.TrimSpace(text) == "" {
		if p.Reason == "" {
			p.Reason = ReasonNoText
		}
		p.Err = errors.New("no article text after boilerplate removal")
		w.problems = append(w.problems, p)
		return nil
	}
	if meta.Published == "" {
		meta.Published = w.opts.Published
	}
	if meta.Source == "" {
		// As for a page without a site name: the outlet is the URL's host,
		// so that a dump record or a feed item that names no source still
		// counts as its outlet's report (events count outlets).
		meta.Source = urlHost(meta.URL)
	}
	meta.ID = articleID(meta.ID, meta.URL, text)
	origin := p.Where()
	w.articles++
	if err := w.fn(Article{Meta: meta, Text: text, Origin: origin}); err != nil {
		return fmt.Errorf("%s: %w", origin, err)
	}
	return nil
}

// tidy is Clean without the rules: spaces collapsed, blank lines dropped.
func tidy(text string) string {
	var b strings.Builder
	for line := range strings.Lines(text) {
		if s := collapseSpace(line); s != "" {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// dropTitleLine removes a first line that repeats the title: pages and dumps
// often put the headline above the body too.
func dropTitleLine(text, title string) string {
	if title == "" {
		return text
	}
	first, rest, _ := strings.Cut(text, "\n")
	if strings.EqualFold(collapseSpace(first), collapseSpace(title)) {
		return rest
	}
	return text
}
