package input

import (
	"bufio"
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"sync"
)

//go:embed dict/boilerplate.tsv
var boilerplateTSV string

// vocab is the boilerplate vocabulary, by kind (see dict/boilerplate.tsv for
// what each kind means to the rules in clean.go).
type vocab struct {
	cta        []string // line-start (or line-end) phrases
	ctaInside  []string // phrases anywhere in a line
	label      map[string]bool
	marketing  []string // phrases, matched on word boundaries anywhere
	address    map[string]bool
	share      map[string]bool
	platform   map[string]bool
	credit     []string // line-start phrases
	disclaimer []string // line-start phrases
	rights     []string // phrases anywhere
	cookie     []string // phrases anywhere, with "cookie(s)"
}

// loadVocab is parsed once, on first use: the package keeps no mutable state.
var loadVocab = sync.OnceValues(func() (*vocab, error) { return parseVocab(boilerplateTSV) })

// mustVocab returns the embedded vocabulary. It panics only when the embedded
// file is broken, which TestVocab catches before any release.
func mustVocab() *vocab {
	v, err := loadVocab()
	if err != nil {
		panic(err)
	}
	return v
}

func parseVocab(text string) (*vocab, error) {
	v := &vocab{
		label:    map[string]bool{},
		address:  map[string]bool{},
		share:    map[string]bool{},
		platform: map[string]bool{},
	}
	seen := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, phrase, ok := strings.Cut(line, "\t")
		if !ok || phrase == "" || strings.TrimSpace(phrase) != phrase {
			return nil, fmt.Errorf("dict/boilerplate.tsv:%d: want kind<TAB>phrase, got %q", n, line)
		}
		if phrase != fold(phrase) {
			return nil, fmt.Errorf("dict/boilerplate.tsv:%d: phrase %q must be lower case with straight quotes", n, phrase)
		}
		if seen[kind+"\t"+phrase] {
			return nil, fmt.Errorf("dict/boilerplate.tsv:%d: duplicate %s %q", n, kind, phrase)
		}
		seen[kind+"\t"+phrase] = true
		switch kind {
		case "cta":
			v.cta = append(v.cta, phrase)
		case "ctainside":
			v.ctaInside = append(v.ctaInside, phrase)
		case "label":
			v.label[phrase] = true
		case "marketing":
			v.marketing = append(v.marketing, phrase)
		case "address":
			v.address[phrase] = true
		case "share":
			v.share[phrase] = true
		case "platform":
			v.platform[phrase] = true
		case "credit":
			v.credit = append(v.credit, phrase)
		case "disclaimer":
			v.disclaimer = append(v.disclaimer, phrase)
		case "rights":
			v.rights = append(v.rights, phrase)
		case "cookie":
			v.cookie = append(v.cookie, phrase)
		default:
			return nil, fmt.Errorf("dict/boilerplate.tsv:%d: unknown kind %q", n, kind)
		}
	}
	for p := range v.platform {
		if !v.share[p] {
			return nil, fmt.Errorf("dict/boilerplate.tsv: platform %q is not also a share word", p)
		}
	}
	return v, sc.Err()
}

// lazyRegexp compiles pattern on first use: Go runs every linked package's
// init at the start of every geokg command, query and report included, and
// compiling input's Unicode-class patterns there cost them milliseconds.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
