package main

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/input"
)

// checkDate validates an optional YYYY-MM-DD flag value.
func checkDate(flag, v string) error {
	if v == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		return usageErr("%s %q: want a date as YYYY-MM-DD", flag, v)
	}
	return nil
}

// reportProblems prints every skipped input on stderr, then a summary by
// reason, and returns errSkipped when anything was skipped so that the exit
// status says so.
func reportProblems(g *globalOptions, problems []input.Problem) error {
	if len(problems) == 0 {
		return nil
	}
	byReason := map[string]int{}
	for _, p := range problems {
		kind := "skipped"
		switch {
		case readInPart(p):
			kind = "read in part"
		case p.Warning():
			kind = "warning: skipped"
		}
		fmt.Fprintf(g.stderr, "geokg: %s: %s\n", kind, p.Error())
		byReason[p.Reason]++
	}
	var reasons []string
	for r, n := range byReason {
		reasons = append(reasons, fmt.Sprintf("%s %d", r, n))
	}
	sort.Strings(reasons)
	return fmt.Errorf("%w: %d (%s)", errSkipped, len(problems), strings.Join(reasons, ", "))
}

// readInPart says whether p is an article read only in part (a date not
// read, long sentences cut), not an input skipped.
func readInPart(p input.Problem) bool {
	return p.Reason == input.ReasonCutShort || p.Reason == input.ReasonBadDate
}

// skippedNote ends load's summary line: the inputs skipped and, apart, the
// articles read only in part, as stderr tells them.
func skippedNote(problems []input.Problem) string {
	partial := 0
	for _, p := range problems {
		if readInPart(p) {
			partial++
		}
	}
	s := fmt.Sprintf("%d inputs skipped", len(problems)-partial)
	if partial > 0 {
		s += fmt.Sprintf(", %d read in part", partial)
	}
	return s
}

// notesProblems turns what extraction noted about one article (a sentence
// too long, split) into problems, reported with the skipped inputs: the
// article was read, but not all of it as written.
func notesProblems(origin string, doc extract.Document) []input.Problem {
	var out []input.Problem
	for _, n := range doc.Notes {
		out = append(out, input.Problem{Path: origin, Reason: input.ReasonCutShort, Err: errors.New(n)})
	}
	return out
}

// corpusMemLimit is the soft memory limit of the commands that read whole
// corpora (load, extract) unless GOMEMLIMIT says otherwise. Their live heap
// is about 150 MiB (the parser's model and dictionaries, the articles in
// flight); Go's default lets the heap double before collecting, which took
// the peak RSS to 350 MiB. With the limit the collector runs earlier, for
// no measurable CPU (BBC extract: 6.6 vs 6.2 CPU-s, 339 vs 243 MiB).
const corpusMemLimit = 200 << 20

// limitMemory applies corpusMemLimit when GOMEMLIMIT is not set.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(corpusMemLimit)
	}
}

// undated counts the articles read with no publication date (none in the
// input, no --published): their relative dates ("on Tuesday", "last week")
// cannot be resolved, so their events are undated. Said once at the end, or
// a load of .txt files looks like it lost every date.
type undated struct {
	n     int
	first string // where the first one was read
}

func (u *undated) see(a input.Article) {
	if a.Meta.Published == "" {
		if u.n == 0 {
			u.first = a.Origin
		}
		u.n++
	}
}

func (u *undated) report(g *globalOptions) {
	switch u.n {
	case 0:
	case 1:
		g.notice("1 article has no publication date (%s): its relative dates (\"on Tuesday\") are left undated; give --published YYYY-MM-DD", u.first)
	default:
		g.notice("%d articles have no publication date (the first: %s): their relative dates (\"on Tuesday\") are left undated; give --published YYYY-MM-DD", u.n, u.first)
	}
}
