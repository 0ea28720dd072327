package extract

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed dict/*.tsv dict/*.txt
var dictFS embed.FS

// ErrDict is wrapped by every dictionary problem, so a caller can tell a bad
// dictionary file from other failures with errors.Is.
var ErrDict = errors.New("bad dictionary")

// DictError reports a problem in one line of a dictionary file.
type DictError struct {
	File string
	Line int // 1-based; 0 when the problem is with the whole file
	Err  error
}

func (e *DictError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *DictError) Unwrap() error { return e.Err }

// The dictionary files, all tab-separated with a header line except
// given-names.txt, one name per line. User dictionary directories may hold
// any of them, in the same format; their entries are added to the embedded
// ones.
const (
	fileCountries = "countries.tsv"
	fileOrgs      = "organizations.tsv"
	fileSectors   = "sectors.tsv"
	fileTitles    = "titles.tsv"
	fileLocations = "locations.tsv"
	fileModality  = "modality.tsv"
	fileVerbs     = "verbs.tsv"
	fileNouns     = "nouns.tsv"
	fileCodes     = "cameo-event-codes.tsv"
	filePeople    = "people.tsv"
	fileGiven     = "given-names.txt"
)

// Country is one entry of countries.tsv.
type country struct {
	ISO3, Cameo, Name                    string
	Aliases, Adjectives, Capitals, Seats []string
}

type org struct {
	ID, Name, Cameo, Kind, Country, Sector string
	Aliases                                []string
}

type sectorWord struct {
	Sector, Canonical, Country string
	// named marks a word made by peopleWord for people a capitalized word
	// names ("Kurdish fighters"): Canonical is the phrase, start its offset.
	named bool
	start int
}

type title struct {
	Sector, Canonical string
	Country           string // ISO3 of the one state with this office ("Foreign Secretary"), or ""
	// Body is the id (organizations.tsv) of the one international body
	// whose office this is ("European Commissioner": the Commission), or "".
	Body string
}

// knownPerson is one entry of people.tsv: a person whose affiliation the
// text may not state.
type knownPerson struct {
	Name, Country, OrgID, Title, Sector string
	// Rank is the entry's place in people.tsv, which lists the holders
	// of one office of a country in the order they held it.
	Rank int
	// Terms are the months Title was held (people.tsv column "terms");
	// none when the file does not say. Others are the person's other
	// offices with their terms (column "other offices").
	Terms  []term
	Others []pastOffice
}

// term is a span of months [From, Until), counted as year*12+month-1;
// Until 0 when the term has not ended.
type term struct{ From, Until int }

// pastOffice is an office a person of people.tsv held besides the one the
// file names them by: Titles are the canonical titles (titles.tsv) that
// name it, the first its label.
type pastOffice struct {
	Titles []string
	Sector string
	Terms  []term
}

type location struct {
	Name, Country string
}

type modMarker struct {
	Modality string
	Weak     bool
	// Attempt marks a try ("tried to", "attempted to"): weak like an
	// intention, except that an act of force tried is an act of force made
	// (see builder.modality).
	Attempt bool
}

// cameoCode is one line of cameo-event-codes.tsv.
type cameoCode struct {
	Code, Description, Plover string
	Goldstein                 float64
	Quad                      int
}

// pattern is one verb or noun pattern: words to match in order, where ""
// stands for a gap of up to gapMax tokens.
type pattern struct {
	Code  string
	Words []string
	Noun  bool
	Recip bool
	// Org: the pattern holds only when an organization or agreement follows
	// it ("left the EU", "withdrew its officers from the JCCC"); otherwise
	// the next pattern for the word is tried ("left Kabul").
	Org bool
	// Actor: the pattern holds only when an actor follows it directly
	// ("received the Kyrgyz delegation", not "received a letter").
	Actor bool
	// Role: a noun naming what its subject is ("Germany is the largest
	// donor to X"); it holds only after a form of "be", "remain" or
	// "become", not as any mention of the word ("a donor conference").
	Role bool
	// Death: a noun naming an act only as what someone died of or after
	// ("died as a result of torture"), not as any mention of the word
	// ("a ban on torture").
	Death bool
	// Held: the pattern holds only as a passive with its agent named right
	// after "by" and a person among the clause's words before it ("Mr X
	// has been held by the US"), not as any use of the word ("held
	// talks", "the event is being held by the association").
	Held bool
	// Deal: the pattern holds only when the sale or purchase is said to
	// be made "in a deal" later in the sentence ("is to sell ten jets to X
	// in a deal worth $1bn", "bought Y for $260m in an all-cash deal"),
	// not as any buying or selling ("sold more cars").
	Deal bool
	// Giver: a verb of receiving whose thing came "from" an actor named
	// right after it ("received money from X", "accepted a donation from
	// the party"); it holds only then, and the one after "from" gives to
	// the subject (nominal.go, givenFrom).
	Giver bool
	// Frame: made from a line of frames.tsv ("verb * noun of a class"),
	// not listed word for word in verbs.tsv or nouns.tsv.
	Frame  bool
	Source string // file:line of the dictionary line, for tests, debugging and Options.Fired
}

// gapMax is how many tokens a "*" in a pattern may skip: enough for "asked
// the Russian government to", short enough not to reach into the next clause.
const gapMax = 5

// Phrase kinds in the lexicon.
const (
	phCountry = iota + 1
	phAdjective
	phCapital
	phSeat
	phOrg
	phSector
	phTitle
	phLocation
	phPerson
)

// phrase is one multi-word key of the lexicon with what it names.
type phrase struct {
	toks    []string // lower-cased tokens
	kind    int
	exact   bool // all-caps abbreviations (US, UN) match only in that case
	capital bool // must start with an upper-case letter in the text
	country *country
	org     *org
	sector  *sectorWord
	title   *title
	loc     *location
	person  *knownPerson
}

// dicts is the loaded lexicon: everything the extractor knows by name.
type dicts struct {
	countries      []*country
	byISO          map[string]*country
	nPeople        int                     // entries of people.tsv read so far (knownPerson.Rank)
	people         map[string]*knownPerson // people.tsv entries by name
	byCameo        map[string]*country     // CAMEO country code to country
	orgs           []*org
	orgByID        map[string]*org
	locs           []*location
	phrases        map[string][]*phrase // by first lower-cased token, longest first
	modality       map[string][]modPhrase
	verbs          map[string][]*pattern // by first word form
	nouns          map[string][]*pattern // by first word (singular and plural)
	codes          map[string]cameoCode
	given          map[string]bool     // given names, lower case: "George Galloway" is a person by its shape
	sex            map[string]byte     // the sex ('f' or 'm') a given name of given-names.txt is given to, when one
	variantGroups  map[string][]int    // the groups of name-variants.txt a given name is in (see name_variants.go)
	nVariantGroups int                 // groups of name-variants.txt read so far
	misspelt       map[string]string   // a one-letter slip of a country's name or people, to the spelling known (see spelling.go)
	classes        map[string][]string // noun classes of noun-classes.tsv, by name, for frames.tsv
	forms          map[string][]string // irregular forms of verb-forms.tsv, by lemma
}

type modPhrase struct {
	toks []string
	modMarker
}

// loadEmbedded parses the dictionaries compiled into the binary.
func loadEmbedded() (*dicts, error) {
	d := newDicts()
	sub, err := fs.Sub(dictFS, "dict")
	if err != nil {
		return nil, err
	}
	if err := d.loadFS(sub, "extract/dict"); err != nil {
		return nil, err
	}
	d.finish()
	return d, nil
}

func newDicts() *dicts {
	return &dicts{
		byISO:         map[string]*country{},
		byCameo:       map[string]*country{},
		orgByID:       map[string]*org{},
		phrases:       map[string][]*phrase{},
		modality:      map[string][]modPhrase{},
		verbs:         map[string][]*pattern{},
		nouns:         map[string][]*pattern{},
		codes:         map[string]cameoCode{},
		given:         map[string]bool{},
		variantGroups: map[string][]int{},
		classes:       map[string][]string{},
		forms:         map[string][]string{},
	}
}

// clone copies d so user dictionaries can be added without touching the
// shared embedded lexicon.
func (d *dicts) clone() *dicts {
	c := newDicts()
	c.countries = append(c.countries, d.countries...)
	c.orgs = append(c.orgs, d.orgs...)
	c.locs = append(c.locs, d.locs...)
	for k, v := range d.byISO {
		c.byISO[k] = v
	}
	for k, v := range d.byCameo {
		c.byCameo[k] = v
	}
	for k, v := range d.orgByID {
		c.orgByID[k] = v
	}
	for k, v := range d.phrases {
		c.phrases[k] = append([]*phrase(nil), v...)
	}
	for k, v := range d.modality {
		c.modality[k] = append([]modPhrase(nil), v...)
	}
	for k, v := range d.verbs {
		c.verbs[k] = append([]*pattern(nil), v...)
	}
	for k, v := range d.nouns {
		c.nouns[k] = append([]*pattern(nil), v...)
	}
	for k, v := range d.codes {
		c.codes[k] = v
	}
	for k := range d.given {
		c.given[k] = true
	}
	for k, v := range d.variantGroups {
		c.variantGroups[k] = append([]int(nil), v...)
	}
	c.nVariantGroups = d.nVariantGroups
	if d.sex != nil {
		c.sex = map[string]byte{}
		for k, v := range d.sex {
			c.sex[k] = v
		}
	}
	for k, v := range d.classes {
		c.classes[k] = append([]string(nil), v...)
	}
	for k, v := range d.forms {
		c.forms[k] = append([]string(nil), v...)
	}
	return c
}

// loadFS reads every known dictionary file present in fsys. Files are read
// in a fixed order: the code table before the patterns that refer to it.
func (d *dicts) loadFS(fsys fs.FS, dir string) error {
	var errs []error
	for _, name := range []string{fileCodes, fileCountries, fileOrgs, fileSectors, fileTitles, fileLocations, filePeople, fileModality, fileVerbForms, fileVerbs, fileNouns, fileClasses, fileJudgements, fileFrames, fileGiven, fileNameVariants} {
		data, err := fs.ReadFile(fsys, name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		path := filepath.Join(dir, name)
		if err != nil {
			errs = append(errs, &DictError{File: path, Err: err})
			continue
		}
		if name == fileGiven {
			errs = append(errs, d.parseNames(path, string(data))...)
			continue
		}
		if name == fileNameVariants {
			errs = append(errs, d.parseNameVariants(path, string(data))...)
			continue
		}
		errs = append(errs, d.parseFile(path, name, string(data))...)
	}
	return errors.Join(errs...)
}

// loadDir adds a user dictionary directory. A missing directory is an error:
// the user asked for it by name.
func (d *dicts) loadDir(dir string) error {
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("read dictionary directory: %w", err)
	}
	if !st.IsDir() {
		return &DictError{File: dir, Err: fmt.Errorf("%w: not a directory", ErrDict)}
	}
	return d.loadFS(os.DirFS(dir), dir)
}

// columns of each file, to check headers.
var fileColumns = map[string]int{
	fileCountries: 7, fileOrgs: 7, fileSectors: 3, fileTitles: 5, fileLocations: 2,
	fileModality: 3, fileVerbs: 3, fileNouns: 3, fileCodes: 5, filePeople: 7,
	fileClasses: 2, fileJudgements: 2, fileFrames: 4, fileVerbForms: 2,
}

func (d *dicts) parseFile(path, name, data string) []error {
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line, header := 0, false
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if !header {
			header = true
			continue
		}
		for len(cols) < fileColumns[name] {
			cols = append(cols, "")
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		if err := d.parseLine(name, fmt.Sprintf("%s:%d", path, line), cols); err != nil {
			errs = append(errs, &DictError{File: path, Line: line, Err: fmt.Errorf("%w: %w", ErrDict, err)})
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &DictError{File: path, Err: err})
	}
	return errs
}

// parseNames reads given-names.txt: one name per line, no header, and
// after a tab the sex the name is given to, f or m, when it is one.
func (d *dicts) parseNames(path, data string) []error {
	var errs []error
	for i, text := range strings.Split(data, "\n") {
		text = strings.TrimSpace(text)
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if name, sex, ok := strings.Cut(text, "\t"); ok {
			text = strings.TrimSpace(name)
			switch sex = strings.TrimSpace(sex); sex {
			case "f", "m":
				if d.sex == nil {
					d.sex = map[string]byte{}
				}
				d.sex[strings.ToLower(text)] = sex[0]
			default:
				errs = append(errs, &DictError{File: path, Line: i + 1,
					Err: fmt.Errorf("%w: sex %q of %q is not f or m", ErrDict, sex, text)})
				continue
			}
		}
		if strings.ContainsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
			errs = append(errs, &DictError{File: path, Line: i + 1,
				Err: fmt.Errorf("%w: %q is not one name (letters, hyphens, apostrophes; one per line)", ErrDict, text)})
			continue
		}
		d.given[strings.ToLower(text)] = true
	}
	return errs
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (d *dicts) parseLine(name, src string, c []string) error {
	switch name {
	case fileCodes:
		g, err := strconv.ParseFloat(c[2], 64)
		if err != nil {
			return fmt.Errorf("goldstein %q is not a number", c[2])
		}
		q, err := strconv.Atoi(c[3])
		if err != nil || q < 1 || q > 4 {
			return fmt.Errorf("quad_class %q is not 1-4", c[3])
		}
		d.codes[c[0]] = cameoCode{Code: c[0], Description: c[1], Goldstein: g, Quad: q, Plover: c[4]}
	case fileCountries:
		if len(c[0]) != 3 || strings.ToUpper(c[0]) != c[0] {
			return fmt.Errorf("iso3 %q is not three upper-case letters", c[0])
		}
		if c[2] == "" {
			return fmt.Errorf("country %s has no name", c[0])
		}
		ct := &country{ISO3: c[0], Cameo: c[1], Name: c[2], Aliases: splitList(c[3]),
			Adjectives: splitList(c[4]), Capitals: splitList(c[5]), Seats: splitList(c[6])}
		if ct.Cameo == "" {
			ct.Cameo = ct.ISO3
		}
		if old := d.byISO[ct.ISO3]; old != nil {
			// A user entry for a known country adds names to it.
			old.Aliases = append(old.Aliases, ct.Name)
			old.Aliases = append(old.Aliases, ct.Aliases...)
			old.Adjectives = append(old.Adjectives, ct.Adjectives...)
			old.Capitals = append(old.Capitals, ct.Capitals...)
			old.Seats = append(old.Seats, ct.Seats...)
			ct = old
		} else {
			d.countries = append(d.countries, ct)
			d.byISO[ct.ISO3] = ct
			d.byCameo[ct.Cameo] = ct
		}
		d.addNames(phCountry, append([]string{ct.Name}, ct.Aliases...), &phrase{country: ct})
		d.addNames(phAdjective, ct.Adjectives, &phrase{country: ct})
		d.addNames(phCapital, ct.Capitals, &phrase{country: ct})
		d.addNames(phSeat, ct.Seats, &phrase{country: ct})
	case fileOrgs:
		if c[0] == "" || c[1] == "" {
			return errors.New("organization needs an id and a name")
		}
		if c[4] == "" {
			c[4] = KindOrganization
		}
		if c[4] != KindOrganization && c[4] != KindGroup {
			return fmt.Errorf("kind %q is not organization or group", c[4])
		}
		o := &org{ID: c[0], Name: c[1], Aliases: splitList(c[2]), Cameo: c[3], Kind: c[4], Country: c[5], Sector: c[6]}
		if o.Country != "" && d.byISO[o.Country] == nil {
			return fmt.Errorf("organization %s: unknown country %q", o.ID, o.Country)
		}
		d.orgs = append(d.orgs, o)
		d.orgByID[o.ID] = o
		d.addNames(phOrg, append([]string{o.Name}, o.Aliases...), &phrase{org: o})
	case fileSectors:
		if c[1] == "" || c[2] == "" {
			return errors.New("sector word needs phrases, a sector and a canonical name")
		}
		s := &sectorWord{Sector: c[1], Canonical: c[2]}
		if len(c) > 3 {
			s.Country = c[3]
		}
		d.addLower(phSector, splitList(c[0]), &phrase{sector: s})
	case fileTitles:
		if c[2] == "" {
			return errors.New("title needs phrases, a sector and a canonical name")
		}
		if c[3] != "" && d.byISO[c[3]] == nil {
			return fmt.Errorf("country %q is not an ISO3 code of countries.tsv", c[3])
		}
		if c[4] != "" && d.orgByID[c[4]] == nil {
			return fmt.Errorf("body %q is not an id of organizations.tsv", c[4])
		}
		d.addLower(phTitle, splitList(c[0]), &phrase{title: &title{Sector: c[1], Canonical: c[2], Country: c[3], Body: c[4]}})
	case fileLocations:
		names := splitList(c[0])
		if len(names) == 0 {
			return errors.New("location needs a name")
		}
		l := &location{Name: names[0], Country: c[1]}
		d.locs = append(d.locs, l)
		d.addNames(phLocation, names, &phrase{loc: l})
	case filePeople:
		if c[0] == "" || c[2] == "" {
			return errors.New("person needs a name and a country or org:<id>")
		}
		d.nPeople++
		p := &knownPerson{Name: c[0], Title: c[3], Sector: c[4], Rank: d.nPeople}
		if id, ok := strings.CutPrefix(c[2], "org:"); ok {
			if d.orgByID[id] == nil {
				return fmt.Errorf("person %s: unknown organization %q", c[0], id)
			}
			p.OrgID = id
		} else if d.byISO[c[2]] == nil {
			return fmt.Errorf("person %s: unknown country %q", c[0], c[2])
		} else {
			p.Country = c[2]
		}
		var err error
		if p.Terms, err = parseTerms(c[5]); err != nil {
			return fmt.Errorf("person %s: %w", c[0], err)
		}
		if p.Others, err = parseOffices(c[6]); err != nil {
			return fmt.Errorf("person %s: %w", c[0], err)
		}
		if d.people == nil {
			d.people = map[string]*knownPerson{}
		}
		d.people[p.Name] = p
		d.addNames(phPerson, append([]string{p.Name}, splitList(c[1])...), &phrase{person: p})
	case fileModality:
		if c[1] != ModalityNegated && c[1] != ModalityPlanned && c[1] != ModalityAsserted {
			return fmt.Errorf("modality %q is not negated, planned or asserted", c[1])
		}
		toks := lowerTokens(c[0])
		if len(toks) == 0 {
			return errors.New("empty modality phrase")
		}
		if c[2] != "firm" && c[2] != "weak" && c[2] != "attempt" {
			return fmt.Errorf("modality strength %q is not firm, weak or attempt", c[2])
		}
		if c[2] == "attempt" && c[1] != ModalityPlanned {
			return fmt.Errorf("an attempt (%q) must be planned, not %s", c[0], c[1])
		}
		mk := modMarker{Modality: c[1], Weak: c[2] != "firm", Attempt: c[2] == "attempt"}
		d.modality[toks[len(toks)-1]] = append(d.modality[toks[len(toks)-1]], modPhrase{toks: toks, modMarker: mk})
	case fileVerbForms:
		if c[0] == "" || c[1] == "" {
			return errors.New("a verb form line needs a form and a lemma")
		}
		form, lemma := strings.ToLower(c[0]), strings.ToLower(c[1])
		d.forms[lemma] = append(d.forms[lemma], form)
	case fileClasses, fileJudgements:
		return d.parseClass(c)
	case fileFrames:
		return d.parseFrame(src, c)
	case fileVerbs, fileNouns:
		if _, ok := d.codes[c[0]]; !ok {
			return fmt.Errorf("CAMEO code %q is not in %s", c[0], fileCodes)
		}
		// A line may name a class of synonyms, "kidnap|abduct": one pattern
		// each, sharing the line's code, flags and source, so that the class
		// is counted (pattern-fires.sh, eval's TestPatternsFire) as one line.
		alts := splitList(c[1])
		if len(alts) == 0 || strings.Count(c[1], "|") != len(alts)-1 {
			return fmt.Errorf("pattern %q has an empty alternative", c[1])
		}
		for _, alt := range alts {
			if err := d.addPattern(name, src, c[0], alt, c[2]); err != nil {
				return err
			}
		}
	}
	return nil
}

// addPattern adds one verb or noun pattern of a verbs.tsv or nouns.tsv line.
func (d *dicts) addPattern(name, src, code, text, flags string) error {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if w == "*" {
			words = append(words, "")
		} else {
			words = append(words, w)
		}
	}
	if len(words) == 0 || words[0] == "" {
		return fmt.Errorf("pattern %q must start with a word", text)
	}
	p := &pattern{Code: code, Words: words, Noun: name == fileNouns, Recip: strings.Contains(flags, "recip"), Org: strings.Contains(flags, "org"), Actor: strings.Contains(flags, "actor"), Role: strings.Contains(flags, "role"), Death: strings.Contains(flags, "death"), Held: strings.Contains(flags, "held"), Deal: strings.Contains(flags, "deal"), Giver: strings.Contains(flags, "giver"), Source: src}
	if p.Noun {
		for _, f := range nounForms(words[0]) {
			d.nouns[f] = append(d.nouns[f], p)
			if bare := strings.ReplaceAll(f, "-", ""); bare != f {
				// Looked up by the words a hyphen joins (matchWord).
				d.nouns[bare] = append(d.nouns[bare], p)
			}
		}
	} else {
		for _, f := range d.verbForms(words[0]) {
			d.verbs[f] = append(d.verbs[f], p)
		}
	}
	return nil
}

// addNames adds proper names: they must be capitalized in the text, and
// all-caps abbreviations must match exactly ("US", not "us").
func (d *dicts) addNames(kind int, names []string, proto *phrase) {
	for _, n := range names {
		toks := lowerTokens(n)
		if len(toks) == 0 {
			continue
		}
		p := *proto
		r, _ := utf8.DecodeRuneInString(n)
		p.kind, p.toks, p.capital = kind, toks, unicode.IsUpper(r) // "al-Qaeda" is written lower-case
		p.exact = isAbbrev(n)
		d.phrases[toks[0]] = append(d.phrases[toks[0]], &p)
	}
}

// addLower adds common-noun phrases matched in any case.
func (d *dicts) addLower(kind int, names []string, proto *phrase) {
	for _, n := range names {
		toks := lowerTokens(n)
		if len(toks) == 0 {
			continue
		}
		p := *proto
		p.kind, p.toks = kind, toks
		d.phrases[toks[0]] = append(d.phrases[toks[0]], &p)
	}
}

// isAbbrev reports whether s is an all-caps abbreviation like US or UN.
func isAbbrev(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	// One letter in brackets after a name is where the person stands in a
	// photo ("Lee Nak-yon (R) holds talks"), no acronym.
	return (letters > 1 || len(s) > 1) && letters > 0 && letters <= 6
}

// finish sorts lookup lists longest first so the first match is the longest.
func (d *dicts) finish() {
	for _, v := range d.phrases {
		sort.SliceStable(v, func(i, j int) bool { return len(v[i].toks) > len(v[j].toks) })
	}
	for _, v := range d.modality {
		sort.SliceStable(v, func(i, j int) bool { return len(v[i].toks) > len(v[j].toks) })
	}
	for _, m := range []map[string][]*pattern{d.verbs, d.nouns} {
		for _, v := range m {
			sort.SliceStable(v, func(i, j int) bool { return specificity(v[i]) > specificity(v[j]) })
		}
	}
	d.buildMisspellings()
}

// specificity ranks patterns: more literal words first, then longer codes.
func specificity(p *pattern) int {
	n := 0
	for _, w := range p.Words {
		if w != "" {
			n += 10
		}
	}
	if p.Org || p.Actor {
		n += 5 // a typed pattern is tried before the untyped ones of its length
	}
	return n + len(p.Code)
}

// lowerTokens tokenizes a dictionary phrase the way article text is
// tokenized, lower-cased.
func lowerTokens(s string) []string {
	toks := tokenize(s, nil)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.lower)
	}
	return out
}

// verbForms returns the forms of a verb lemma: regular ones, and the
// irregular ones of verb-forms.tsv (WordNet's) and of irregularVerbs.
func (d *dicts) verbForms(lemma string) []string {
	out := verbForms(lemma)
	for _, f := range d.forms[lemma] {
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// verbFormSet is the set of every form of the lemmas (verbForms): a verb
// class the code tests by the word's form.
func verbFormSet(lemmas ...string) map[string]bool {
	set := map[string]bool{}
	for _, v := range lemmas {
		for _, f := range verbForms(v) {
			set[f] = true
		}
	}
	return set
}

// verbForms returns the inflections of a verb lemma. Over-generation is
// harmless (a non-word never occurs in text), so doubled and undoubled final
// consonants are both produced instead of guessing English stress.
func verbForms(lemma string) []string {
	if forms, ok := irregularVerbs[lemma]; ok {
		return append([]string{lemma}, forms...)
	}
	if strings.Contains(lemma, "-") || len(lemma) < 2 {
		return []string{lemma, lemma + "s", lemma + "d", lemma + "ed", lemma + "ing"}
	}
	out := []string{lemma}
	last := lemma[len(lemma)-1]
	prev := lemma[len(lemma)-2]
	switch {
	case strings.HasSuffix(lemma, "ee") || strings.HasSuffix(lemma, "ye") || strings.HasSuffix(lemma, "oe"):
		out = append(out, lemma+"s", lemma+"d", lemma+"ing")
	case last == 'e':
		stem := lemma[:len(lemma)-1]
		out = append(out, lemma+"s", lemma+"d", stem+"ing")
	case last == 'y' && !isVowel(prev):
		stem := lemma[:len(lemma)-1]
		out = append(out, stem+"ies", stem+"ied", lemma+"ing")
	case last == 's' || last == 'x' || last == 'z' || strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "sh"):
		out = append(out, lemma+"es", lemma+"ed", lemma+"ing")
	default:
		out = append(out, lemma+"s", lemma+"ed", lemma+"ing")
		if !isVowel(last) && isVowel(prev) && last != 'w' && last != 'y' {
			out = append(out, lemma+string(last)+"ed", lemma+string(last)+"ing")
		}
	}
	return out
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// nounForms returns singular and plural of a noun.
func nounForms(n string) []string {
	stem, suffix, ok := pluralParts(n)
	if !ok {
		return []string{n}
	}
	return []string{n, stem + suffix}
}

// pluralParts is how the plural of noun n is spelt: stem + suffix ("polic"
// + "ies"); ok is false when n is its own plural (a word in s, a sum word).
// nounForms builds the plural from it, isPluralOf compares without
// building it.
func pluralParts(n string) (stem, suffix string, ok bool) {
	switch {
	case strings.HasSuffix(n, "s") || sumWords[n]:
		return "", "", false
	case strings.HasSuffix(n, "y") && len(n) > 2 && !isVowel(n[len(n)-2]):
		return n[:len(n)-1], "ies", true
	case strings.HasSuffix(n, "ch") || strings.HasSuffix(n, "sh") || strings.HasSuffix(n, "x"):
		return n, "es", true
	}
	return n, "s", true
}

// sumWords name a sum only in the singular: "gave $2 million" is money,
// "gave legal status to millions" is a crowd.
var sumWords = toSet(`million billion trillion`)

// irregularVerbs lists past forms (and third person where irregular) of the
// irregular verbs the patterns use.
var irregularVerbs = map[string][]string{
	"meet": {"meets", "met", "meeting"}, "hold": {"holds", "held", "holding"},
	"sell": {"sells", "sold", "selling"}, "give": {"gives", "gave", "given", "giving"},
	"send": {"sends", "sent", "sending"}, "seek": {"seeks", "sought", "seeking"},
	"fight": {"fights", "fought", "fighting"}, "shoot": {"shoots", "shot", "shooting"},
	"take": {"takes", "took", "taken", "taking"}, "break": {"breaks", "broke", "broken", "breaking"},
	"withdraw": {"withdraws", "withdrew", "withdrawn", "withdrawing"}, "lead": {"leads", "led", "leading"},
	"bring": {"brings", "brought", "bringing"}, "strike": {"strikes", "struck", "striking"},
	"beat": {"beats", "beaten", "beating"}, "throw": {"throws", "threw", "thrown", "throwing"},
	"set": {"sets", "setting"}, "put": {"puts", "putting"}, "hit": {"hits", "hitting"},
	"cut": {"cuts", "cutting"}, "speak": {"speaks", "spoke", "spoken", "speaking"},
	"tell": {"tells", "told", "telling"}, "say": {"says", "said", "saying"},
	"make": {"makes", "made", "making"}, "keep": {"keeps", "kept", "keeping"},
	"leave": {"leaves", "left", "leaving"}, "win": {"wins", "won", "winning"},
	"forgive": {"forgives", "forgave", "forgiven", "forgiving"}, "lend": {"lends", "lent", "lending"},
	"have": {"has", "had", "having"}, "go": {"goes", "went", "gone", "going"},
	"undertake": {"undertakes", "undertook", "undertaken", "undertaking"},
	"overrun":   {"overruns", "overran", "overrunning"}, "shut": {"shuts", "shutting"},
	"blow": {"blows", "blew", "blown", "blowing"}, "fly": {"flies", "flew", "flown", "flying"},
	"build": {"builds", "built", "building"}, "begin": {"begins", "began", "begun", "beginning"},
	"stab": {"stabs", "stabbed", "stabbing"}, "slay": {"slays", "slew", "slain", "slaying"},
	"bomb": {"bombs", "bombed", "bombing"}, "visit": {"visits", "visited", "visiting"},
	"deny": {"denies", "denied", "denying"}, "ship": {"ships", "shipped", "shipping"},
	"arm": {"arms", "armed", "arming"}, "free": {"frees", "freed", "freeing"},
	"shell": {"shells", "shelled", "shelling"}, "test-fire": {"test-fires", "test-fired", "test-firing"},
	"de-escalate": {"de-escalates", "de-escalated", "de-escalating"},
	"wound":       {"wounds", "wounded", "wounding"}, "phone": {"phones", "phoned", "phoning"},
	"freeze": {"freezes", "froze", "frozen", "freezing"}, "lay": {"lays", "laid", "laying"},
	"steal": {"steals", "stole", "stolen", "stealing"}, "stand": {"stands", "stood", "standing"},
	"drive": {"drives", "drove", "driven", "driving"}, "hang": {"hangs", "hung", "hanged", "hanging"},
	"sink": {"sinks", "sank", "sunk", "sinking"}, "seize": {"seizes", "seized", "seizing"},
	"flee": {"flees", "fled", "fleeing"}, "forbid": {"forbids", "forbade", "forbidden", "forbidding"},
	"overthrow": {"overthrows", "overthrew", "overthrown", "overthrowing"}, "shake": {"shakes", "shook", "shaken", "shaking"},
	"swear": {"swears", "swore", "sworn", "swearing"}, "bear": {"bears", "bore", "borne", "bearing"},
	"rebuild": {"rebuilds", "rebuilt", "rebuilding"}, "pay": {"pays", "paid", "paying"},
	"buy": {"buys", "bought", "buying"}, "teach": {"teaches", "taught", "teaching"},
	"catch": {"catches", "caught", "catching"}, "feed": {"feeds", "fed", "feeding"},
	"spend": {"spends", "spent", "spending"}, "lose": {"loses", "lost", "losing"},
	"hide": {"hides", "hid", "hidden", "hiding"}, "ride": {"rides", "rode", "ridden", "riding"},
	"rise": {"rises", "rose", "risen", "rising"}, "draw": {"draws", "drew", "drawn", "drawing"},
}
