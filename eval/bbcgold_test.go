package eval_test

// This file scores the extractor against hand-made gold for real BBC
// articles: actors, the role labels of people and PLOVER events by actor.
// testdata/bbc-gold.jsonl (24 articles) has been used to tune the extractor;
// testdata/bbc-gold-b.jsonl (20 other articles) was annotated blind, before
// the extractor was run on them, and is scored separately so that it keeps
// measuring unseen text. The gold holds only names, codes and short
// substrings to find the sentence; the articles themselves are read from the
// shared corpus, and the scoring test skips when it is absent.
//
// Annotation conventions of the gold, so that new lines stay consistent:
//   - Actors are people, countries, governments and ministries, parties,
//     companies, international organizations, media and named groups;
//     towns, regions and venues are not. A capital standing for its state
//     ("Beijing welcomed") is an alias of the country; "British troops",
//     "Israeli officials" are sector actors (GBRMIL, ISRGOV). Borderline
//     actors are marked optional.
//   - Events follow the CAMEO codebook mapped to PLOVER by the project's
//     table (extract/dict/cameo-event-codes.tsv): signing a deal (057) is
//     SUPPORT, agreeing to or planning to do something (03x, including
//     "is to hold talks") is AGREE, praise and welcome of a decision is
//     SUPPORT. An event needs a named source; an empty target means the
//     sentence names none.
//
// Run: go test ./eval -run BBC -v

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/input"
)

// bbcActorF1Floor is a regression guard, not a target: the test fails when
// the overall actor F1 falls below it. Set at 0.80 when the figure was 0.841
// (P 0.880, R 0.806); raised to 0.88 when it was 0.920 (P 0.917, R 0.924).
// Keep it a few points below the current figure.
const bbcActorF1Floor = 0.88

// bbcActorF1FloorB guards the second, blind file the same way: measured
// 0.868 (P 0.843, R 0.895) the first time it was scored.
const bbcActorF1FloorB = 0.83

const (
	bbcCorpus  = "../../shared/corpora/bbc-news/news"
	titlesDict = "../extract/dict/titles.tsv"
)

// bbcGoldFile is one gold file and its actor F1 regression floor; a zero
// floor only logs the scores.
type bbcGoldFile struct {
	path  string
	floor float64
	// blind: the file's articles are not tuned on, so only its totals are
	// printed; per-article misses would show what to fit.
	blind bool
}

// bbcGoldFiles are scored one by one.
var bbcGoldFiles = []bbcGoldFile{
	{"testdata/bbc-gold.jsonl", bbcActorF1Floor, false},
	{"testdata/bbc-gold-b.jsonl", bbcActorF1FloorB, true},
}

// bbcArticle is one line of the gold file.
type bbcArticle struct {
	File      string     `json:"file"` // relative to the corpus root
	Published string     `json:"published"`
	Actors    []bbcActor `json:"actors"`
	Events    []bbcEvent `json:"events"`
	line      int
}

// bbcActor is an actor a careful analyst lists for the article. Optional
// actors are borderline (a school, "the rebels"): finding them is neither
// credited nor counted as spurious.
type bbcActor struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Code     string   `json:"code,omitempty"`
	Country  string   `json:"country,omitempty"`
	Roles    []string `json:"roles,omitempty"`
	Aliases  []string `json:"aliases,omitempty"`
	Optional bool     `json:"optional,omitempty"`
}

// bbcEvent is a codable event; Source and Target are actor names of the same
// line. An empty Target matches a prediction with any target.
type bbcEvent struct {
	Source           string `json:"source"`
	Target           string `json:"target"`
	Plover           string `json:"plover"`
	SentenceContains string `json:"sentence_contains"`
}

var ploverTypes = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true, "COOPERATE": true, "AID": true,
	"RETREAT": true, "REQUEST": true, "ACCUSE": true, "REJECT": true, "THREATEN": true, "PROTEST": true,
	"SANCTION": true, "MOBILIZE": true, "COERCE": true, "ASSAULT": true,
}

var actorKinds = map[string]bool{
	extract.KindPerson: true, extract.KindCountry: true, extract.KindOrganization: true, extract.KindGroup: true,
}

// readBBCGold reads and checks the gold file: every line parses, kinds and
// PLOVER types are known, and events name actors of their own line.
func readBBCGold(path string) ([]bbcArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []bbcArticle
	var errs []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var a bbcArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			errs = append(errs, fmt.Sprintf("%s:%d: %v", path, n, err))
			continue
		}
		a.line = n
		names := map[string]bool{}
		for _, ac := range a.Actors {
			if !actorKinds[ac.Kind] {
				errs = append(errs, fmt.Sprintf("%s:%d: actor %q: kind %q is not person, country, organization or group", path, n, ac.Name, ac.Kind))
			}
			if names[ac.Name] {
				errs = append(errs, fmt.Sprintf("%s:%d: actor %q listed twice", path, n, ac.Name))
			}
			names[ac.Name] = true
		}
		for _, e := range a.Events {
			if !ploverTypes[e.Plover] {
				errs = append(errs, fmt.Sprintf("%s:%d: event %q: unknown PLOVER type", path, n, e.Plover))
			}
			if !names[e.Source] {
				errs = append(errs, fmt.Sprintf("%s:%d: event source %q is not an actor of the line", path, n, e.Source))
			}
			if e.Target != "" && !names[e.Target] {
				errs = append(errs, fmt.Sprintf("%s:%d: event target %q is not an actor of the line", path, n, e.Target))
			}
			if len(strings.Fields(e.SentenceContains)) > 10 {
				errs = append(errs, fmt.Sprintf("%s:%d: sentence_contains %q: keep it to a few words", path, n, e.SentenceContains))
			}
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(errs) > 0 {
		return out, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return out, nil
}

// TestBBCGoldFile checks the gold files themselves; it needs no corpus. An
// article may be annotated once only, across files too, so that the blind
// file never repeats a tuned article.
func TestBBCGoldFile(t *testing.T) {
	where := map[string]string{} // article -> file:line of its first annotation
	for _, gf := range bbcGoldFiles {
		gold, err := readBBCGold(gf.path)
		if err != nil {
			t.Error(err)
			continue
		}
		if len(gold) == 0 {
			t.Errorf("%s: no articles", gf.path)
		}
		for _, a := range gold {
			if first, ok := where[a.File]; ok {
				t.Errorf("%s:%d: %s already annotated at %s", gf.path, a.line, a.File, first)
				continue
			}
			where[a.File] = fmt.Sprintf("%s:%d", gf.path, a.line)
		}
	}
}

// honorifics are dropped from the front of names before comparing them, so
// that "Mr Justice Eady" and "Eady" are one name.
var honorifics = []string{"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "justice", "president", "archbishop", "the"}

// normName folds case, punctuation and leading honorifics.
func normName(s string) string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("’", "'", "&", " and ", "-", " ").Replace(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ':
			b.WriteRune(r)
		case r == '\'':
			// drop apostrophes: "Cote d'Ivoire" ~ "Cote dIvoire"
		default:
			b.WriteRune(' ')
		}
	}
	f := strings.Fields(b.String())
	for len(f) > 1 {
		drop := false
		for _, h := range honorifics {
			if f[0] == h {
				drop = true
				break
			}
		}
		if !drop {
			break
		}
		f = f[1:]
	}
	return strings.Join(f, " ")
}

func actorNames(a *bbcActor) []string {
	out := []string{normName(a.Name)}
	for _, s := range a.Aliases {
		out = append(out, normName(s))
	}
	return out
}

func entityNames(e *extract.Entity) []string {
	out := []string{normName(e.Name)}
	for _, s := range e.Aliases {
		out = append(out, normName(s))
	}
	return out
}

func namesMeet(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x != "" && x == y {
				return true
			}
		}
	}
	return false
}

// sameActor: names (or aliases) meet, or both are countries with one code.
func sameActor(g *bbcActor, e *extract.Entity) bool {
	if namesMeet(actorNames(g), entityNames(e)) {
		return true
	}
	if g.Kind == extract.KindCountry && e.Kind == extract.KindCountry && g.Code != "" {
		return e.Code == g.Code || e.Country == g.Code
	}
	return false
}

// bbcScore is the tally of one article or of all of them.
type bbcScore struct {
	goldActors, foundActors, spurious, dupes int
	roles, rolesHit                          int
	countries, countriesHit                  int
	codes, codesHit                          int
	goldEvents, predEvents, eventsHit        int
	predHit                                  int
	cGold, cPred, cHit, cPredHit             int // events by country
}

func (s *bbcScore) add(o bbcScore) {
	s.goldActors += o.goldActors
	s.foundActors += o.foundActors
	s.spurious += o.spurious
	s.dupes += o.dupes
	s.roles += o.roles
	s.rolesHit += o.rolesHit
	s.countries += o.countries
	s.countriesHit += o.countriesHit
	s.codes += o.codes
	s.codesHit += o.codesHit
	s.goldEvents += o.goldEvents
	s.predEvents += o.predEvents
	s.eventsHit += o.eventsHit
	s.predHit += o.predHit
	s.cGold += o.cGold
	s.cPred += o.cPred
	s.cHit += o.cHit
	s.cPredHit += o.cPredHit
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s *bbcScore) actorPRF() (p, r, f float64) {
	p = ratio(s.foundActors, s.foundActors+s.spurious+s.dupes)
	r = ratio(s.foundActors, s.goldActors)
	return p, r, f1(p, r)
}

func (s *bbcScore) eventPRF() (p, r, f float64) {
	p, r = ratio(s.predHit, s.predEvents), ratio(s.eventsHit, s.goldEvents)
	return p, r, f1(p, r)
}

func (s *bbcScore) countryEventPRF() (p, r, f float64) {
	p, r = ratio(s.cPredHit, s.cPred), ratio(s.cHit, s.cGold)
	return p, r, f1(p, r)
}

// triple is an event by actor key: gold names, or "?name" for entities not in
// the gold.
type triple struct{ typ, src, tgt string }

func (t triple) String() string {
	if t.tgt == "" {
		return fmt.Sprintf("%s %s -> (none)", t.src, t.typ)
	}
	return fmt.Sprintf("%s %s -> %s", t.src, t.typ, t.tgt)
}

// matchTriples pairs gold with predicted triples: same type and source, and
// the same target unless the gold has none. Each side is used once. It
// returns which gold and which predicted triples were paired.
func matchTriples(gold, pred []triple) (gHit, pHit []bool) {
	gHit, pHit = make([]bool, len(gold)), make([]bool, len(pred))
	for pass := 0; pass < 2; pass++ { // exact targets first, then open ones
		for i, g := range gold {
			if gHit[i] || (pass == 0) != (g.tgt != "") {
				continue
			}
			for j, p := range pred {
				if !pHit[j] && p.typ == g.typ && p.src == g.src && (g.tgt == "" || p.tgt == g.tgt) {
					gHit[i], pHit[j] = true, true
					break
				}
			}
		}
	}
	return gHit, pHit
}

func dedupe(ts []triple) []triple {
	seen := map[triple]bool{}
	var out []triple
	for _, t := range ts {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// scoreBBC compares one document with its gold and returns the tally and a
// human-readable list of the differences.
func scoreBBC(a *bbcArticle, doc *extract.Document, canon titleCanon) (bbcScore, []string) {
	var s bbcScore
	var notes []string
	byID := map[string]*extract.Entity{}
	for i := range doc.Entities {
		byID[doc.Entities[i].ID] = &doc.Entities[i]
	}

	// Actors.
	matchOf := map[string]*bbcActor{} // entity ID -> gold actor
	ents := map[*bbcActor][]*extract.Entity{}
	var spurious []string
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if !actorKinds[e.Kind] {
			continue
		}
		var hit, kindOnly *bbcActor
		for j := range a.Actors {
			g := &a.Actors[j]
			if !sameActor(g, e) {
				continue
			}
			if g.Kind == e.Kind {
				hit = g
				break
			}
			if kindOnly == nil {
				kindOnly = g
			}
		}
		switch {
		case hit != nil:
			matchOf[e.ID] = hit
			ents[hit] = append(ents[hit], e)
		case kindOnly != nil && kindOnly.Optional:
			matchOf[e.ID] = kindOnly
		case kindOnly != nil:
			s.spurious++
			spurious = append(spurious, fmt.Sprintf("%q as %s (gold %s %q)", e.Name, e.Kind, kindOnly.Kind, kindOnly.Name))
			matchOf[e.ID] = kindOnly // still the same actor for events
		default:
			s.spurious++
			spurious = append(spurious, fmt.Sprintf("%q %s%s", e.Name, e.Kind, partOf(e, a)))
		}
	}
	var missed, dupes []string
	for j := range a.Actors {
		g := &a.Actors[j]
		if g.Optional {
			continue
		}
		s.goldActors++
		es := ents[g]
		if len(es) == 0 {
			missed = append(missed, fmt.Sprintf("%q %s", g.Name, g.Kind))
			continue
		}
		s.foundActors++
		if len(es) > 1 {
			s.dupes += len(es) - 1
			var ns []string
			for _, e := range es {
				ns = append(ns, fmt.Sprintf("%q", e.Name))
			}
			dupes = append(dupes, fmt.Sprintf("%q as %s", g.Name, strings.Join(ns, " + ")))
		}
		e := es[0]

		// Roles: any extracted label of any entity of the actor.
		if g.Kind == extract.KindPerson && len(g.Roles) > 0 {
			s.roles++
			var labels []string
			for _, e := range es {
				for _, r := range doc.Relations {
					if r.Type == extract.RelRole && r.Head == e.ID {
						labels = append(labels, r.Label)
					}
				}
			}
			if roleMatches(g.Roles, labels, canon) {
				s.rolesHit++
			} else {
				notes = append(notes, fmt.Sprintf("role: %q want %q, got %q", g.Name, g.Roles, labels))
			}
		}
		// Country of people and organizations.
		if g.Country != "" && g.Kind != extract.KindCountry {
			s.countries++
			got := e.Country
			if got == "" {
				got = personRoleCountry(e, doc, byID)
			}
			if got == g.Country {
				s.countriesHit++
			} else {
				notes = append(notes, fmt.Sprintf("country: %s %q want %s, got %q", g.Kind, g.Name, g.Country, got))
			}
		}
		// CAMEO code of non-persons.
		if g.Code != "" && g.Kind != extract.KindPerson {
			s.codes++
			if e.Code == g.Code || strings.HasPrefix(e.Code, g.Code) {
				s.codesHit++
			} else {
				notes = append(notes, fmt.Sprintf("code: %s %q want %s, got %q", g.Kind, g.Name, g.Code, e.Code))
			}
		}
	}
	if len(missed) > 0 {
		notes = append(notes, "missed actors: "+strings.Join(missed, ", "))
	}
	if len(spurious) > 0 {
		notes = append(notes, "spurious actors: "+strings.Join(spurious, ", "))
	}
	if len(dupes) > 0 {
		notes = append(notes, "split actors: "+strings.Join(dupes, ", "))
	}

	// Events by actor, and by country.
	gkey := map[string]string{}
	for j := range a.Actors {
		g := &a.Actors[j]
		gkey[g.Name] = g.Name
		if g.Country != "" {
			gkey[g.Name] = g.Country
		}
	}
	actorKey := func(id string) string {
		if id == "" {
			return ""
		}
		if g := matchOf[id]; g != nil {
			return g.Name
		}
		if e := byID[id]; e != nil {
			return "?" + e.Name
		}
		return "?" + id
	}
	countryKey := func(id string) string {
		if id == "" {
			return ""
		}
		if e := byID[id]; e != nil {
			if c := entityCountry(e); c != "" {
				return c
			}
		}
		if g := matchOf[id]; g != nil {
			return gkey[g.Name]
		}
		return actorKey(id)
	}
	var gold, cgold, pred, cpred []triple
	for _, e := range a.Events {
		gold = append(gold, triple{e.Plover, e.Source, e.Target})
		ct := ""
		if e.Target != "" {
			ct = gkey[e.Target]
		}
		cgold = append(cgold, triple{e.Plover, gkey[e.Source], ct})
	}
	why := map[triple]string{}
	for _, ev := range doc.Events {
		if ev.Plover == "" || ev.Modality == extract.ModalityNegated {
			continue
		}
		tr := triple{ev.Plover, actorKey(ev.Source), actorKey(ev.Target)}
		pred = append(pred, tr)
		if _, ok := why[tr]; !ok {
			why[tr] = fmt.Sprintf("[%s %s %q: %s]", ev.Cameo, ev.Modality, ev.Trigger, clip(ev.Sentence, 70))
		}
		cpred = append(cpred, triple{ev.Plover, countryKey(ev.Source), countryKey(ev.Target)})
	}
	gold, cgold, pred, cpred = dedupe(gold), dedupe(cgold), dedupe(pred), dedupe(cpred)
	gHit, pHit := matchTriples(gold, pred)
	s.goldEvents, s.predEvents = len(gold), len(pred)
	for i, g := range gold {
		if gHit[i] {
			s.eventsHit++
		} else {
			notes = append(notes, "missed event: "+g.String())
		}
	}
	for j, p := range pred {
		if pHit[j] {
			s.predHit++
		} else {
			notes = append(notes, "spurious event: "+p.String()+" "+why[p])
		}
	}
	cgHit, cpHit := matchTriples(cgold, cpred)
	s.cGold, s.cPred = len(cgold), len(cpred)
	for _, h := range cgHit {
		if h {
			s.cHit++
		}
	}
	for _, h := range cpHit {
		if h {
			s.cPredHit++
		}
	}
	return s, notes
}

// entityCountry is the state an entity belongs to: Country, or the country
// prefix of its CAMEO code.
func entityCountry(e *extract.Entity) string {
	if e.Country != "" {
		return e.Country
	}
	if e.Kind == extract.KindCountry && len(e.Code) == 3 {
		return e.Code
	}
	return ""
}

// personRoleCountry is the country of the first role tail with one, for an
// entity that has no Country of its own.
func personRoleCountry(e *extract.Entity, doc *extract.Document, byID map[string]*extract.Entity) string {
	for _, r := range doc.Relations {
		if r.Type == extract.RelRole && r.Head == e.ID {
			if t := byID[r.Tail]; t != nil {
				if c := entityCountry(t); c != "" {
					return c
				}
			}
		}
	}
	return ""
}

// roleMatches: a label contains a gold role or is contained in it
// (case-insensitive), or equals the canonical title the extractor's own
// title dictionary gives the gold role ("Foreign Secretary" is "Foreign
// Minister" there), since the extractor labels roles canonically by design.
func roleMatches(want, got []string, canon titleCanon) bool {
	for _, w := range want {
		w = strings.ToLower(w)
		c := strings.ToLower(canon.of(w))
		for _, g := range got {
			g = strings.ToLower(g)
			if g != "" && (strings.Contains(g, w) || strings.Contains(w, g) || g == c) {
				return true
			}
		}
	}
	return false
}

// titleCanon maps the title phrases of extract/dict/titles.tsv to their
// canonical titles.
type titleCanon map[string]string

// readTitleCanon reads the extractor's title dictionary (phrases separated
// by "|", a sector, the canonical title; "#" comments and a header line).
func readTitleCanon(path string) (titleCanon, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	tc := titleCanon{}
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "phrases\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("%s:%d: want phrases, sector and canonical title", path, n+1)
		}
		for _, p := range strings.Split(f[0], "|") {
			tc[strings.ToLower(strings.TrimSpace(p))] = f[2]
		}
	}
	return tc, nil
}

// of returns the canonical title of the longest phrase found as whole words
// in role, or "".
func (tc titleCanon) of(role string) string {
	padded := " " + strings.Join(strings.Fields(strings.ToLower(role)), " ") + " "
	best, canon := 0, ""
	for p, c := range tc {
		if len(p) > best && strings.Contains(padded, " "+p+" ") {
			best, canon = len(p), c
		}
	}
	return canon
}

// partOf says when a spurious entity is a piece of a gold actor's name
// ("Straw" of "Jack Straw"), a hint that it was not merged.
func partOf(e *extract.Entity, a *bbcArticle) string {
	n := normName(e.Name)
	if n == "" {
		return ""
	}
	for _, g := range a.Actors {
		for _, gn := range actorNames(&g) {
			if gn != n && (strings.HasPrefix(gn, n+" ") || strings.HasSuffix(gn, " "+n) || strings.Contains(gn, " "+n+" ") ||
				strings.HasPrefix(n, gn+" ") || strings.HasSuffix(n, " "+gn)) {
				return fmt.Sprintf(" (overlaps gold %q)", g.Name)
			}
		}
	}
	return ""
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// TestBBCGold runs the extractor over the gold articles the way
// `geokg extract` reads them and reports actor, role and event scores, one
// subtest per gold file.
func TestBBCGold(t *testing.T) {
	if _, err := os.Stat(bbcCorpus); err != nil {
		t.Skipf("shared BBC corpus not present (%v)", err)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	canon, err := readTitleCanon(titlesDict)
	if err != nil {
		t.Fatal(err)
	}
	for _, gf := range bbcGoldFiles {
		t.Run(filepath.Base(gf.path), func(t *testing.T) {
			scoreBBCFile(t, gf, x, canon)
		})
	}
}

// scoreBBCFile scores one gold file: notes per article, a table of articles
// (neither for a blind file) and the totals, each totals line prefixed by the
// file name.
func scoreBBCFile(t *testing.T, gf bbcGoldFile, x *extract.Extractor, canon titleCanon) {
	gold, err := readBBCGold(gf.path)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(gf.path)
	var total bbcScore
	var rows []string
	for i := range gold {
		a := &gold[i]
		path := filepath.Join(bbcCorpus, filepath.FromSlash(a.File))
		var docs []extract.Document
		problems, err := input.Walk(context.Background(), []string{path}, input.Options{Published: a.Published}, func(in input.Article) error {
			docs = append(docs, x.Extract(in.Meta, in.Text))
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, p := range problems {
			t.Errorf("%s: %v", path, &p)
		}
		if len(docs) != 1 {
			t.Errorf("%s: read %d articles, want 1", path, len(docs))
			continue
		}
		s, notes := scoreBBC(a, &docs[0], canon)
		total.add(s)
		if gf.blind {
			continue
		}
		ap, ar, _ := s.actorPRF()
		ep, er, _ := s.eventPRF()
		rows = append(rows, fmt.Sprintf("%-48s %4.2f %4.2f  %2d/%-2d  %4.2f %4.2f (%d/%d)",
			clip(a.File, 48), ap, ar, s.rolesHit, s.roles, ep, er, s.eventsHit, s.goldEvents))
		sort.SliceStable(notes, func(i, j int) bool { return noteRank(notes[i]) < noteRank(notes[j]) })
		t.Logf("== %s", a.File)
		for _, n := range notes {
			t.Logf("   %s", n)
		}
	}
	if len(rows) > 0 {
		t.Logf("%-48s %-9s  %-5s  %s", "article", "actor P R", "roles", "event P R")
	}
	for _, r := range rows {
		t.Logf("%s", r)
	}
	ap, ar, af := total.actorPRF()
	ep, er, ef := total.eventPRF()
	cp, cr, cf := total.countryEventPRF()
	t.Logf("%s actors: P %.3f R %.3f F1 %.3f (gold %d, found %d, spurious %d, split %d)",
		name, ap, ar, af, total.goldActors, total.foundActors, total.spurious, total.dupes)
	t.Logf("%s roles: recall %.3f (%d/%d); country of people/organizations %.3f (%d/%d); codes %.3f (%d/%d)",
		name, ratio(total.rolesHit, total.roles), total.rolesHit, total.roles,
		ratio(total.countriesHit, total.countries), total.countriesHit, total.countries,
		ratio(total.codesHit, total.codes), total.codesHit, total.codes)
	t.Logf("%s events by actor: P %.3f R %.3f F1 %.3f (gold %d, predicted %d)", name, ep, er, ef, total.goldEvents, total.predEvents)
	t.Logf("%s events by country: P %.3f R %.3f F1 %.3f", name, cp, cr, cf)
	if gf.floor > 0 && af < gf.floor {
		t.Errorf("%s: actor F1 %.3f fell below the regression floor %.3f", name, af, gf.floor)
	}
}

func noteRank(n string) int {
	for i, p := range []string{"missed actors", "spurious actors", "split actors", "role", "country", "code", "missed event", "spurious event"} {
		if strings.HasPrefix(n, p) {
			return i
		}
	}
	return 99
}
