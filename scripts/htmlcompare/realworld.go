package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// realEntry is one page of go-trafilatura's own evaluation set
// (scripts/comparison/data.go of its module, pages in test-files): strings
// that must be in the main text ("with"), strings that must not ("without",
// page furniture), and the publication date when known. Real pages from
// hundreds of sites, labelled by trafilatura's authors, not by us.
type realEntry struct {
	url, file, date string
	with, without   []string
}

// readRealWorld parses the entries out of data.go with go/parser, so that
// nothing of it is copied into this repository.
func readRealWorld(modDir string) ([]realEntry, error) {
	src := filepath.Join(modDir, "scripts", "comparison", "data.go")
	f, err := parser.ParseFile(token.NewFileSet(), src, nil, 0)
	if err != nil {
		return nil, err
	}
	var out []realEntry
	ast.Inspect(f, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		key, ok1 := kv.Key.(*ast.BasicLit)
		val, ok2 := kv.Value.(*ast.CompositeLit)
		if !ok1 || !ok2 || key.Kind != token.STRING {
			return true
		}
		e := realEntry{url: unquote(key)}
		for _, el := range val.Elts {
			fkv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			name, _ := fkv.Key.(*ast.Ident)
			if name == nil {
				continue
			}
			switch name.Name {
			case "File":
				e.file = unquote(fkv.Value)
			case "Date":
				e.date = unquote(fkv.Value)
			case "With":
				e.with = strList(fkv.Value)
			case "Without":
				e.without = strList(fkv.Value)
			}
		}
		for _, dir := range []string{"comparison", "mock"} {
			p := filepath.Join(modDir, "test-files", dir, e.file)
			if _, err := os.Stat(p); err == nil && e.file != "" {
				e.file = p
				out = append(out, e)
				break
			}
		}
		return false
	})
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no entries with pages found", src)
	}
	return out, nil
}

func unquote(e ast.Expr) string {
	if b, ok := e.(*ast.BasicLit); ok && b.Kind == token.STRING {
		s, err := strconv.Unquote(b.Value)
		if err == nil {
			return s
		}
	}
	return ""
}

func strList(e ast.Expr) []string {
	c, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var out []string
	for _, el := range c.Elts {
		if s := unquote(el); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// scoreRealWorld prints, per extractor, the share of "with" strings kept,
// of "without" strings left out, and of known dates found.
func scoreRealWorld(entries []realEntry, extractors []namedExtractor) {
	fmt.Printf("\ngo-trafilatura's evaluation set: %d real pages\n", len(entries))
	fmt.Printf("%-18s %8s %10s %10s %8s %8s %9s\n", "extractor", "pages", "with kept", "without dr", "date ok", "wrong", "ms/page")
	for _, ex := range extractors {
		var with, withAll, without, withoutAll, dated, dateOK, dateWrong int
		var dur time.Duration
		for _, e := range entries {
			start := time.Now()
			r := ex.fn(e.file)
			dur += time.Since(start)
			text := norm(r.text)
			for _, s := range e.with {
				withAll++
				if containsNorm(text, s) {
					with++
				}
			}
			for _, s := range e.without {
				withoutAll++
				if !containsNorm(text, s) {
					without++
				}
			}
			if e.date != "" && os.Getenv("HTMLCOMPARE_DATES") == ex.name[:3] && r.date != e.date {
				fmt.Printf("  date %s: %q want %q (%s)\n", filepath.Base(e.file), r.date, e.date, e.url)
			}
			if e.date != "" {
				dated++
				switch r.date {
				case e.date:
					dateOK++
				case "":
				default:
					dateWrong++
				}
			}
		}
		fmt.Printf("%-18s %8d %9.1f%% %9.1f%% %7.1f%% %7.1f%% %9.2f\n", ex.name, len(entries), pct(with, withAll), pct(without, withoutAll),
			pct(dateOK, dated), pct(dateWrong, dated), float64(dur.Microseconds())/1000/float64(len(entries)))
	}
}

func containsNorm(text, s string) bool { return len(norm(s)) > 0 && contains(text, norm(s)) }
