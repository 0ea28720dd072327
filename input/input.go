package input

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

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

var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

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
	found, failed := 0, false
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			// An unreadable directory or file: report it and go on.
			failed = true
			if verr := visit(inputFile{path: path, problem: &Problem{Path: path, Reason: ReasonUnreadable, Err: unwrapPathError(err)}}); verr != nil {
				return verr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || formatOf(path) == formatUnknown {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// Follow links to files, not to directories, which could loop.
			if info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		found++
		return visit(inputFile{path: path})
	})
	if err != nil {
		return err
	}
	if found == 0 && !failed {
		return visit(inputFile{path: root, problem: &Problem{Path: root, Reason: ReasonEmpty,
			Err: fmt.Errorf("directory has no article files (%s, or any of them .gz)", strings.Join(articleExts, ", "))}})
	}
	return nil
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
