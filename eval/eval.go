package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/geokg/geokg/extract"
)

// ErrGold is wrapped by every problem with a gold file.
var ErrGold = errors.New("bad gold file")

// GoldError names the file and line of a bad gold record.
type GoldError struct {
	File string
	Line int
	Err  error
}

func (e *GoldError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *GoldError) Unwrap() error { return e.Err }

// Gold is one gold sentence.
type Gold struct {
	ID     string      `json:"id"`
	Text   string      `json:"text"`
	Events []GoldEvent `json:"events"`
	Line   int         `json:"-"`
}

// GoldEvent is one gold event. Type is the PLOVER type.
type GoldEvent struct {
	Source        string  `json:"source"`
	SourceCountry *string `json:"source_country"`
	Target        *string `json:"target"`
	TargetCountry *string `json:"target_country"`
	Type          string  `json:"type"`
}

// ReadGold reads gold sentences from r; name is used in error messages.
// Good lines are kept when some are bad; the error lists the bad ones.
func ReadGold(r io.Reader, name string) ([]Gold, error) {
	return readJSONL(r, name, func(g *Gold, line int) (bool, []error) {
		if g.ID == "" || g.Text == "" {
			return false, []error{&GoldError{name, line, fmt.Errorf("%w: a gold line needs \"id\" and \"text\"", ErrGold)}}
		}
		var errs []error
		for i, e := range g.Events {
			if e.Type == "" {
				errs = append(errs, &GoldError{name, line, fmt.Errorf("%w: event %d has no \"type\"", ErrGold, i+1)})
			}
		}
		g.Line = line
		return true, errs
	})
}

// readJSONL reads one T a line from r (blank lines skipped); check
// validates each decoded line, says whether to keep it, and may report
// problems. Good lines are kept when some are bad; the error joins every
// problem, each with name and line.
func readJSONL[T any](r io.Reader, name string, check func(v *T, line int) (bool, []error)) ([]T, error) {
	var out []T
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var v T
		if err := json.Unmarshal([]byte(text), &v); err != nil {
			errs = append(errs, &GoldError{name, line, fmt.Errorf("%w: %w", ErrGold, err)})
			continue
		}
		keep, problems := check(&v, line)
		errs = append(errs, problems...)
		if keep {
			out = append(out, v)
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("read %s: %w", name, err))
	}
	return out, errors.Join(errs...)
}

// ReadGoldFile reads a gold file by path.
func ReadGoldFile(path string) ([]Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open gold file: %w", err)
	}
	defer f.Close()
	return ReadGold(f, path)
}

// Counts are the tallies of one type or of all.
type Counts struct {
	Type      string  `json:"type,omitempty"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (c *Counts) finish() {
	if c.TP+c.FP > 0 {
		c.Precision = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		c.Recall = float64(c.TP) / float64(c.TP+c.FN)
	}
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	}
}

// Item is one miss or false alarm.
type Item struct {
	ID       string `json:"id"`
	Line     int    `json:"line,omitempty"`
	Type     string `json:"type"`
	Source   string `json:"source"`
	Target   string `json:"target"`
	Trigger  string `json:"trigger,omitempty"`
	Sentence string `json:"sentence"`
}

// Report is the outcome of a scoring run.
type Report struct {
	Sentences   int      `json:"sentences"`
	Overall     Counts   `json:"overall"`
	ByType      []Counts `json:"by_type"`
	Misses      []Item   `json:"misses"`
	FalseAlarms []Item   `json:"false_alarms"`
}

// Extractor is what Run needs of extract.Extractor.
type Extractor interface {
	Extract(meta extract.Article, text string) extract.Document
	CountryISO(code string) string
}

// Keys returns the article ID each gold sentence is matched by: its id, or
// id@line when the file repeats an id (the dev file does).
func Keys(gold []Gold) []string {
	n := map[string]int{}
	for _, g := range gold {
		n[g.ID]++
	}
	keys := make([]string, len(gold))
	for i, g := range gold {
		keys[i] = g.ID
		if n[g.ID] > 1 {
			keys[i] = fmt.Sprintf("%s@%d", g.ID, g.Line)
		}
	}
	return keys
}

// Run extracts every gold sentence with x and scores the result.
func Run(x Extractor, gold []Gold) Report {
	keys := Keys(gold)
	docs := make([]extract.Document, len(gold))
	for i, g := range gold {
		docs[i] = x.Extract(extract.Article{ID: keys[i]}, g.Text)
	}
	return Score(gold, docs, x.CountryISO)
}

type triple struct{ typ, src, tgt string }

// Score compares docs (matched to gold by Article.ID, see Keys) with gold. norm maps
// country codes (CAMEO or ISO) to one form; nil leaves them as they are.
func Score(gold []Gold, docs []extract.Document, norm func(string) string) Report {
	if norm == nil {
		norm = func(s string) string { return s }
	}
	byID := map[string]*extract.Document{}
	for i := range docs {
		byID[docs[i].Article.ID] = &docs[i]
	}
	rep := Report{Sentences: len(gold), Misses: []Item{}, FalseAlarms: []Item{}}
	types := map[string]*Counts{}
	tc := func(t string) *Counts {
		if types[t] == nil {
			types[t] = &Counts{Type: t}
		}
		return types[t]
	}
	keys := Keys(gold)
	for gi0, g := range gold {
		var want []triple
		for _, e := range g.Events {
			want = append(want, triple{e.Type, goldCode(e.SourceCountry, norm), goldCode(e.TargetCountry, norm)})
		}
		var got []triple
		var trig []string
		if d := byID[keys[gi0]]; d != nil {
			// One predicted event per type and actor pair: the gold lists one
			// event per pair of actors, so two events of one type whose
			// different actors share their countries ("both X and Y violated
			// the ceasefire", "X demanded that Y and its party ...") are two
			// events, as in the gold, while a repeated event is one.
			type actorPair struct{ typ, src, tgt string }
			seen := map[actorPair]bool{}
			for _, e := range d.Events {
				if e.Plover == "" || e.Modality == extract.ModalityNegated {
					continue
				}
				k := actorPair{e.Plover, e.Source, e.Target}
				if seen[k] {
					continue
				}
				seen[k] = true
				got = append(got, triple{e.Plover, actorCode(d, e.Source, norm), actorCode(d, e.Target, norm)})
				trig = append(trig, e.Trigger)
			}
		}
		used := make([]bool, len(got))
		// Exact matches first, then gold events without a target.
		matched := make([]bool, len(want))
		for pass := 0; pass < 2; pass++ {
			for wi, w := range want {
				if matched[wi] {
					continue
				}
				for gi, p := range got {
					if used[gi] || p.typ != w.typ || p.src != w.src {
						continue
					}
					if p.tgt == w.tgt || pass == 1 && w.tgt == "" {
						used[gi], matched[wi] = true, true
						break
					}
				}
			}
		}
		for wi, w := range want {
			c := tc(w.typ)
			if matched[wi] {
				c.TP++
				rep.Overall.TP++
			} else {
				c.FN++
				rep.Overall.FN++
				rep.Misses = append(rep.Misses, Item{ID: g.ID, Line: g.Line, Type: w.typ, Source: w.src, Target: w.tgt, Sentence: g.Text})
			}
		}
		for gi, p := range got {
			if used[gi] {
				continue
			}
			tc(p.typ).FP++
			rep.Overall.FP++
			rep.FalseAlarms = append(rep.FalseAlarms, Item{ID: g.ID, Line: g.Line, Type: p.typ, Source: p.src, Target: p.tgt, Trigger: trig[gi], Sentence: g.Text})
		}
	}
	rep.Overall.finish()
	for _, c := range types {
		c.finish()
		rep.ByType = append(rep.ByType, *c)
	}
	sort.Slice(rep.ByType, func(i, j int) bool { return rep.ByType[i].Type < rep.ByType[j].Type })
	return rep
}

func goldCode(s *string, norm func(string) string) string {
	if s == nil {
		return ""
	}
	return norm(*s)
}

// actorCode is the country an actor belongs to, or IGO/NGO/IMG for
// international actors without one.
func actorCode(d *extract.Document, id string, norm func(string) string) string {
	if id == "" {
		return ""
	}
	for _, e := range d.Entities {
		if e.ID != id {
			continue
		}
		if e.Country != "" {
			return norm(e.Country)
		}
		for _, p := range []string{"IGO", "NGO", "IMG"} {
			if strings.HasPrefix(e.Code, p) {
				return p
			}
		}
		return ""
	}
	return ""
}

// WriteText writes the report for people: the figures, then the misses and
// false alarms with their sentences.
func (r Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "sentences %d  gold events %d  predicted %d\n", r.Sentences, r.Overall.TP+r.Overall.FN, r.Overall.TP+r.Overall.FP)
	fmt.Fprintf(bw, "%-10s %5s %5s %5s %9s %6s %6s\n", "type", "tp", "fp", "fn", "precision", "recall", "f1")
	row := func(c Counts, name string) {
		fmt.Fprintf(bw, "%-10s %5d %5d %5d %9.3f %6.3f %6.3f\n", name, c.TP, c.FP, c.FN, c.Precision, c.Recall, c.F1)
	}
	for _, c := range r.ByType {
		row(c, c.Type)
	}
	row(r.Overall, "ALL")
	fmt.Fprintf(bw, "\nmisses (%d):\n", len(r.Misses))
	for _, m := range r.Misses {
		fmt.Fprintf(bw, "  %s %s %s>%s  %s\n", m.ID, m.Type, orNone(m.Source), orNone(m.Target), m.Sentence)
	}
	fmt.Fprintf(bw, "\nfalse alarms (%d):\n", len(r.FalseAlarms))
	for _, m := range r.FalseAlarms {
		fmt.Fprintf(bw, "  %s %s %s>%s [%s]  %s\n", m.ID, m.Type, orNone(m.Source), orNone(m.Target), m.Trigger, m.Sentence)
	}
	return bw.Flush()
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
