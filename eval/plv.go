package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/geokg/geokg/extract"
)

// SpanGold is one gold pair in the span format of plv-dev.jsonl: a sentence,
// the spans of its source and target actors, and the PLOVER root of what the
// source did to the target. A sentence may carry several pairs (one line each,
// same id).
type SpanGold struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Source string `json:"source"`
	Target string `json:"target"`
	Root   string `json:"root"`
	Line   int    `json:"-"`
}

// IsSpanGold reports whether the first record of a gold file is in the span
// format: it has "source" and "root" strings and no "events".
func IsSpanGold(line []byte) bool {
	var probe struct {
		Source *string          `json:"source"`
		Root   *string          `json:"root"`
		Events *json.RawMessage `json:"events"`
	}
	if json.Unmarshal(line, &probe) != nil {
		return false
	}
	return probe.Source != nil && probe.Root != nil && probe.Events == nil
}

// ReadSpanGold reads span-format gold pairs from r; name is used in error
// messages. Good lines are kept when some are bad.
func ReadSpanGold(r io.Reader, name string) ([]SpanGold, error) {
	return readJSONL(r, name, func(g *SpanGold, line int) (bool, []error) {
		if g.ID == "" || g.Text == "" || g.Root == "" {
			return false, []error{&GoldError{name, line, fmt.Errorf("%w: a span gold line needs \"id\", \"text\", \"source\", \"target\" and \"root\"", ErrGold)}}
		}
		g.Line = line
		return true, nil
	})
}

// Causes of a missed pair, in the order they are decided.
const (
	CauseTrigger = "trigger missed" // no event at all in the sentence
	CauseType    = "wrong type"     // events, none of the gold type
	CauseNoActor = "no actor"       // a gold span names no actor geokg finds, in the sentence or alone
	CauseSource  = "wrong source"   // an event of the gold type, but not from the gold source
	CauseTarget  = "wrong target"   // an event of the gold type from the gold source, but not at the gold target
)

// SpanType is the tally of one PLOVER root.
type SpanType struct {
	Root       string  `json:"root"`
	Pairs      int     `json:"pairs"`
	Found      int     `json:"found"`       // pairs found (type + source + target)
	TypeFound  int     `json:"type_found"`  // pairs whose sentence has an event of the type
	Predicted  int     `json:"predicted"`   // events of this type in sentences of the set
	Right      int     `json:"right"`       // of those, in a sentence whose gold has the type
	Recall     float64 `json:"pair_recall"` // Found / Pairs
	TypePrec   float64 `json:"type_precision"`
	TypeRecall float64 `json:"type_recall"`
}

// SpanMiss is one gold pair not found, with its cause.
type SpanMiss struct {
	ID       string `json:"id"`
	Root     string `json:"root"`
	Cause    string `json:"cause"`
	Source   string `json:"source"`
	Target   string `json:"target"`
	Got      string `json:"got,omitempty"` // the events found, as TYPE source>target
	Sentence string `json:"sentence"`
}

// SpanReport is the outcome of scoring the span format. Its figures are those
// of ../shared/eval/score_plv.py: pair recall (an event of the gold type whose
// source and target are the gold spans' actors), type recall, and type
// precision (events whose type is one of their sentence's gold types).
type SpanReport struct {
	Pairs       int            `json:"pairs"`
	Sentences   int            `json:"sentences"`
	EventsOut   int            `json:"events_out"`
	TypeRecall  float64        `json:"type_recall"`
	PairRecall  float64        `json:"pair_recall"`
	TypePrec    float64        `json:"precision_approx"`
	F1          float64        `json:"f1_approx"`
	ByType      []SpanType     `json:"by_type"`
	Causes      map[string]int `json:"causes"`
	Misses      []SpanMiss     `json:"misses"`
	FalseAlarms []SpanMiss     `json:"false_alarms"` // events of a type the sentence's gold does not have
}

// RunSpans extracts every distinct sentence of gold, and every source and
// target span alone (as score_plv.py does, "span."), and scores the result.
func RunSpans(x Extractor, gold []SpanGold) SpanReport {
	docs := map[string]extract.Document{}
	spans := map[string]extract.Document{}
	for _, g := range gold {
		if _, ok := docs[g.ID]; !ok {
			docs[g.ID] = x.Extract(extract.Article{ID: g.ID}, g.Text)
		}
		for _, s := range []string{g.Source, g.Target} {
			if _, ok := spans[s]; !ok {
				spans[s] = x.Extract(extract.Article{ID: "span"}, s+".")
			}
		}
	}
	return ScoreSpans(gold, docs, spans)
}

// spanTypes are the PLOVER types a gold root stands for: YIELD is the older
// name of what PLOVER split into CONCEDE and RETREAT.
func spanTypes(root string) []string {
	if root == "YIELD" {
		return []string{"CONCEDE", "RETREAT"}
	}
	return []string{root}
}

// ScoreSpans scores docs (by sentence id) against gold; spans holds the
// document extracted from each gold span alone, by its text.
func ScoreSpans(gold []SpanGold, docs, spans map[string]extract.Document) SpanReport {
	rep := SpanReport{Pairs: len(gold), Causes: map[string]int{}, Misses: []SpanMiss{}, FalseAlarms: []SpanMiss{}}
	goldTypes := map[string]map[string]bool{}
	var order []string
	for _, g := range gold {
		if goldTypes[g.ID] == nil {
			goldTypes[g.ID] = map[string]bool{}
			order = append(order, g.ID)
		}
		for _, t := range spanTypes(g.Root) {
			goldTypes[g.ID][t] = true
		}
	}
	rep.Sentences = len(order)
	per := map[string]*SpanType{}
	row := func(root string) *SpanType {
		if per[root] == nil {
			per[root] = &SpanType{Root: root}
		}
		return per[root]
	}
	// root of each PLOVER type, for precision by root.
	rootOf := func(t string) string {
		if t == "CONCEDE" || t == "RETREAT" {
			for _, g := range gold {
				if g.Root == "YIELD" {
					return "YIELD"
				}
			}
		}
		return t
	}
	hitType, hitPair := 0, 0
	for _, g := range gold {
		d := docs[g.ID]
		byID := map[string]*extract.Entity{}
		for i := range d.Entities {
			byID[d.Entities[i].ID] = &d.Entities[i]
		}
		want := map[string]bool{}
		for _, t := range spanTypes(g.Root) {
			want[t] = true
		}
		var evs []extract.Event
		for _, e := range d.Events {
			if want[strings.ToUpper(e.Plover)] {
				evs = append(evs, e)
			}
		}
		r := row(g.Root)
		r.Pairs++
		if len(evs) > 0 {
			hitType++
			r.TypeFound++
		}
		srcOK, found := false, false
		for _, e := range evs {
			s := spanMatches(byID[e.Source], g.Source, spans)
			t := spanMatches(byID[e.Target], g.Target, spans)
			srcOK = srcOK || s
			if s && t {
				found = true
				break
			}
		}
		if found {
			hitPair++
			r.Found++
			continue
		}
		var cause string
		switch {
		case len(d.Events) == 0:
			cause = CauseTrigger
		case len(evs) == 0:
			cause = CauseType
		case !spanHasActor(d, g.Source, spans) || !spanHasActor(d, g.Target, spans):
			cause = CauseNoActor
		case !srcOK:
			cause = CauseSource
		default:
			cause = CauseTarget
		}
		rep.Causes[cause]++
		rep.Misses = append(rep.Misses, SpanMiss{ID: g.ID, Root: g.Root, Cause: cause, Source: g.Source, Target: g.Target,
			Got: eventsText(d, byID), Sentence: g.Text})
	}
	nOut, nOK := 0, 0
	text := map[string]string{}
	for _, g := range gold {
		text[g.ID] = g.Text
	}
	for _, id := range order {
		d := docs[id]
		byID := map[string]*extract.Entity{}
		for i := range d.Entities {
			byID[d.Entities[i].ID] = &d.Entities[i]
		}
		for _, e := range d.Events {
			nOut++
			t := strings.ToUpper(e.Plover)
			ok := goldTypes[id][t]
			if ok {
				nOK++
			}
			if t != "" {
				r := row(rootOf(t))
				r.Predicted++
				if ok {
					r.Right++
				}
			}
			if !ok {
				rep.FalseAlarms = append(rep.FalseAlarms, SpanMiss{ID: id, Root: orNone(t), Source: name(byID[e.Source]),
					Target: name(byID[e.Target]), Got: e.Trigger, Sentence: text[id]})
			}
		}
	}
	rep.EventsOut = nOut
	if rep.Pairs > 0 {
		rep.TypeRecall = float64(hitType) / float64(rep.Pairs)
		rep.PairRecall = float64(hitPair) / float64(rep.Pairs)
	}
	if nOut > 0 {
		rep.TypePrec = float64(nOK) / float64(nOut)
	}
	if rep.TypePrec+rep.PairRecall > 0 {
		rep.F1 = 2 * rep.TypePrec * rep.PairRecall / (rep.TypePrec + rep.PairRecall)
	}
	for _, r := range per {
		if r.Pairs > 0 {
			r.Recall = float64(r.Found) / float64(r.Pairs)
			r.TypeRecall = float64(r.TypeFound) / float64(r.Pairs)
		}
		if r.Predicted > 0 {
			r.TypePrec = float64(r.Right) / float64(r.Predicted)
		}
		rep.ByType = append(rep.ByType, *r)
	}
	sort.Slice(rep.ByType, func(i, j int) bool { return rep.ByType[i].Root < rep.ByType[j].Root })
	return rep
}

func name(e *extract.Entity) string {
	if e == nil {
		return ""
	}
	return e.Name
}

func eventsText(d extract.Document, byID map[string]*extract.Entity) string {
	var parts []string
	for _, e := range d.Events {
		parts = append(parts, fmt.Sprintf("%s %s>%s [%s]", orNone(e.Plover), orNone(name(byID[e.Source])), orNone(name(byID[e.Target])), e.Trigger))
	}
	return strings.Join(parts, "; ")
}

// normSpan is score_plv.py's norm: lower case, ASCII letters and digits,
// single spaces.
func normSpan(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "\u2019", "'")
	var b strings.Builder
	space := true
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// spanMatches is score_plv.py's matches: the entity's name or an alias
// overlaps the span (or shares a five-letter prefix with one of its words
// of five letters or more), or the entity, or its country, is what the span
// alone resolves to.
func spanMatches(ent *extract.Entity, span string, spans map[string]extract.Document) bool {
	if ent == nil {
		return false
	}
	g := normSpan(span)
	gtoks := strings.Fields(g)
	names := append([]string{ent.Name}, ent.Aliases...)
	for _, raw := range names {
		n := normSpan(raw)
		if n == "" {
			continue
		}
		if n == g || len(n) > 3 && strings.Contains(g, n) || len(g) > 3 && strings.Contains(n, g) {
			return true
		}
		for _, t := range strings.Fields(n) {
			for _, u := range gtoks {
				if len(t) >= 5 && len(u) >= 5 && t[:5] == u[:5] {
					return true
				}
			}
		}
	}
	for _, e := range spans[span].Entities {
		if e.ID == ent.ID {
			return true
		}
		if c := strings.ToUpper(ent.Country); c != "" && strings.ToUpper(e.Country) == c {
			return true
		}
	}
	return false
}

// spanHasActor reports whether geokg finds any actor for a gold span: one of
// the sentence's entities matches it, or the span alone gives an entity.
func spanHasActor(d extract.Document, span string, spans map[string]extract.Document) bool {
	if len(spans[span].Entities) > 0 {
		return true
	}
	for i := range d.Entities {
		if spanMatches(&d.Entities[i], span, spans) {
			return true
		}
	}
	return false
}

// WriteText writes the span report for people: the figures, per root and
// per cause, then the misses with their causes and the false alarms.
func (r SpanReport) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "pairs %d  sentences %d  events %d\n", r.Pairs, r.Sentences, r.EventsOut)
	fmt.Fprintf(bw, "pair recall %.3f  type recall %.3f  type precision %.3f  F1 %.3f\n\n", r.PairRecall, r.TypeRecall, r.TypePrec, r.F1)
	fmt.Fprintf(bw, "%-10s %5s %5s %11s %11s %9s %14s\n", "root", "pairs", "found", "pair_recall", "type_recall", "predicted", "type_precision")
	for _, t := range r.ByType {
		fmt.Fprintf(bw, "%-10s %5d %5d %11.3f %11.3f %9d %14.3f\n", t.Root, t.Pairs, t.Found, t.Recall, t.TypeRecall, t.Predicted, t.TypePrec)
	}
	fmt.Fprintf(bw, "\nmissed pairs by cause (%d):\n", len(r.Misses))
	for _, c := range []string{CauseTrigger, CauseType, CauseNoActor, CauseSource, CauseTarget} {
		fmt.Fprintf(bw, "  %-15s %4d  %.3f of pairs\n", c, r.Causes[c], float64(r.Causes[c])/float64(max(r.Pairs, 1)))
	}
	fmt.Fprintf(bw, "\nmisses (%d):\n", len(r.Misses))
	for _, m := range r.Misses {
		fmt.Fprintf(bw, "  %s %s [%s] %q>%q  got: %s\n      %s\n", m.ID, m.Root, m.Cause, m.Source, m.Target, orNone(m.Got), m.Sentence)
	}
	fmt.Fprintf(bw, "\nevents of a type not in the sentence's gold (%d):\n", len(r.FalseAlarms))
	for _, m := range r.FalseAlarms {
		fmt.Fprintf(bw, "  %s %s %s>%s [%s]  %s\n", m.ID, m.Root, orNone(m.Source), orNone(m.Target), m.Got, m.Sentence)
	}
	return bw.Flush()
}

// ReadGoldAny reads a gold file in either format; spans is true for the span
// format (see IsSpanGold).
func ReadGoldAny(path string) (plover []Gold, span []SpanGold, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("open gold file: %w", err)
	}
	first := data
	for len(first) > 0 {
		line, rest, _ := strings.Cut(string(first), "\n")
		if strings.TrimSpace(line) != "" {
			first = []byte(line)
			break
		}
		first = []byte(rest)
	}
	if IsSpanGold(first) {
		span, err = ReadSpanGold(strings.NewReader(string(data)), path)
		return nil, span, err
	}
	plover, err = ReadGold(strings.NewReader(string(data)), path)
	return plover, nil, err
}
