package extract

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg/syntax"
)

// Options configures an Extractor.
type Options struct {
	// DictDirs are directories of user dictionaries, in the same formats as
	// the embedded ones (countries.tsv, organizations.tsv, sectors.tsv,
	// titles.tsv, locations.tsv, modality.tsv, verbs.tsv, nouns.tsv). Their
	// entries add to the embedded ones. Default: none.
	DictDirs []string
	// Fired, when set, is called for each event a dictionary pattern or
	// frame makes, as it is made: before repeated reports of one event in
	// an article are merged, so every sentence that fires a pattern is
	// seen. It tells which dictionary line earns its place (`geokg fires`,
	// scripts/pattern-fires.sh). Extract calls it from the goroutine that
	// runs it, so concurrent Extract calls need a Fired that is safe for
	// concurrent use. Default: nil, no calls.
	Fired func(Fire)
}

// Fire is one event made by a dictionary pattern or frame.
type Fire struct {
	Pattern  string // the dictionary line: file:line ("extract/dict/verbs.tsv:12")
	Words    string // the pattern as listed, "*" for a gap ("deny * charge"; a frame's verb and noun)
	Code     string // the CAMEO code of the event made (a threat or a denial may recode the pattern's)
	Trigger  string // the words of the sentence that matched
	Sentence string
}

// Extractor extracts Documents. It is safe for concurrent use: it holds only
// the dictionaries, which are read-only once loaded.
type Extractor struct {
	d *dicts
	// dp parses the explicit dates the rules of dates.go do not read
	// (explicitDate; tests put go-dateparser here to compare).
	dp dateParser
	// parseSentence parses the words of a sentence that has triggers, from
	// their tags when a rule tagged them first (parseWords; tests put
	// hand-built trees here).
	parseSentence func(words []string, tagged *syntax.Tagged) syntax.Sentence
	fired         func(Fire)
}

// embedded is parsed once per process, on first use.
var embedded = sync.OnceValues(loadEmbedded)

// New returns an Extractor with the embedded dictionaries plus those in
// opts.DictDirs. Errors in a user dictionary name the file and line; all
// problems are reported together.
func New(opts Options) (*Extractor, error) {
	d, err := embedded()
	if err != nil {
		return nil, fmt.Errorf("load embedded dictionaries: %w", err)
	}
	if _, err := knownAgreementsDict(); err != nil {
		return nil, fmt.Errorf("load embedded dictionaries: %w", err)
	}
	if len(opts.DictDirs) > 0 {
		d = d.clone()
		var errs []error
		for _, dir := range opts.DictDirs {
			if err := d.loadDir(dir); err != nil {
				errs = append(errs, err)
			}
		}
		if len(errs) > 0 {
			return nil, fmt.Errorf("load user dictionaries: %w", joinErrs(errs))
		}
		d.finish()
	}
	return &Extractor{d: d, dp: explicitDate, parseSentence: parseWords, fired: opts.Fired}, nil
}

func joinErrs(errs []error) error {
	if len(errs) == 1 {
		return errs[0]
	}
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	return fmt.Errorf("%w (and %d more: %s)", errs[0], len(errs)-1, strings.Join(msgs[1:], "; "))
}

// builder holds the state of one extraction: the entities met so far (for
// coreference) and what has been extracted.
type builder struct {
	d     *dicts
	dp    dateParser
	text  string
	lines []int // byte offsets of line starts
	pub   time.Time

	refs    map[string]*entRef
	aliases map[string]*entRef // lower-cased surface form -> entity (acronyms, org names)
	persons []*entRef
	partOf  []*entRef

	ents    map[string]*Entity
	order   []string
	events  []Event
	rels    []Relation
	relSeen map[string]int

	lastCountry *entRef // the last country named, for "the country's"
	// actingAcronyms are the unknown acronyms (lower case) that open a
	// clause as its subject somewhere in the article (see actingAcronyms).
	actingAcros map[string]bool
	// soleCountry is the one country the article has named in earlier
	// sentences (as a country, a body's or a place's), nil when none or
	// several: the acting country of a title named bare ("the prime
	// minister said") when nothing nearer says.
	soleCountry   *entRef
	manyCountries bool
	soleState     *entRef // soleCountry counting the offices of state persons hold (see noteCountry)
	manyStates    bool
	// stateNamed holds the countries the article has named other than
	// as a place (a capital after "in"); igoNamed is set once it names an
	// international body (EU, UN): see roleRef's bare "ministers".
	stateNamed map[string]bool
	igoNamed   bool
	// policeNamed is set once the article names the police: a bare
	// "officers" after it are police officers (see chunks).
	policeNamed        bool
	lastSubject        []*entRef // subject (group) of the last clause with one
	itMain             []*entRef // what "it" stands for by the main clause of sentence itMainSent (see mainItSubject)
	itMainSent         int       // the sentence (b.sents) whose main clause decided itMain; 0 if none
	lastPersonSubj     *entRef
	lastPersonSubjSent int                // the sentence (b.sents) lastPersonSubj was last a subject in
	gender             map[*entRef]byte   // 'm' or 'f' from an honorific (see noteGender)
	storms             map[string]bool    // names the article gave storms ("Hurricane Mitch": "mitch"), lower case
	works              map[string]bool    // names a noun of works stands before ("the robot Asimo": "asimo"), lower case; see works.go
	reportSpeaker      *entRef            // the person who said what lastPersonSubj did, if so (see resolvePronounAt)
	personSubjs        []*entRef          // the persons who were subjects, in order (for resolvePronoun)
	calledBy           map[*entRef]string // the bare title ("the prime minister") a person was last taken for, for the lead person rule
	lastNamed          map[*entRef]int    // when each person was last named (a count of person mentions), for personByTitle
	givenOf            map[*entRef]string // the given name a full-name mention gave a person known by surname alone ("Ken Livingstone" after "Mr Livingstone"), for givenNamesake
	sentNamed          map[*entRef]bool   // the persons the sentence so far names by name: a bare title there is someone else ("X held talks with the foreign minister")
	passiveAgent       *entRef            // the doer after "by" of a sentence with no actor a subject (see passiveAgentOf)
	passiveAgentSent   int                // the sentence passiveAgent was told in
	lastSubjOf         map[*entRef]int    // when each actor was last a clause's subject (on the count of named), for definiteBodies
	named              int
	bodySeen           map[*entRef]seenAt   // when each body was last named, for definiteBodies
	descTies           map[string][]descTie // the persons the article described with each noun of occupations, for describedPersons
	countrySeen        map[string]seenAt    // when each country (ISO3) was last named, as a country, a body's or a place's
	sents              int                  // sentences read, for bodySeen
	countryNamed       map[string]int       // how often each country (ISO3) was named so far, for leadCountry
	nounSubjSent       int                  // the sentence (b.sents) whose main clause last had a plural common noun for its subject (see nounSubjectAt)
	nounSubj           *entRef              // the group that noun stands for (see theyNounGroup), nil if none
	theyNext           bool                 // the sentence read after this one opens with "They" (see theyOpensNext)
	itNext             bool                 // the sentence read after this one has "it" or "its" (see namesIt)
	titlesSeen         map[string]bool      // canonical titles met with no owner in this document
	leadLine           int                  // the line of the lead paragraph (see noteLead); 0 before it
	leadPerson         *entRef              // the person the lead paragraph is about, if one is its subject
	quoteSpeaker       *entRef              // who goes on speaking in the next sentence of a quote (see quoteSpeakerAfter)
	opposedPersons     map[int]*entRef      // this sentence's critics phrases by first token: the person they oppose ("Mr X's critics"; see opposedRulers)
	quotedTo           int                  // the sentence's tokens before this one are inside quoteSpeaker's quote (see quotedUntil)
	lead               int                  // tokens of the sentence's dateline (dateline.go): never an argument
	toldActs           []toldAct            // the acts coded so far, in order (see lastMove, actNounDoer)
	planOwner          *entRef              // the last actor named with plans or proposals of its own (see notePlanOwner)
	planOwnerAt        int                  // b.sents when planOwner was named
	announcer          *entRef              // the last actor told announcing or deciding something (see noteAnnouncer)
	announcerAt        int                  // b.sents when announcer was told
	textOwners         map[string]textOwner // the last issuer of each text noun (see noteTextOwner)
	lastPair           []*entRef            // the two sides of the last two-sided act
	lastPersonPair     []*entRef            // the last two persons named joined by "and" ("John Magnier and JP McManus")
	// personPair is the last two persons who were a clause's joint subject
	// or the two sides of an act, and personPairAt the count of person
	// mentions then (b.named): "the two presidents" may stand for them while
	// no other person has been named since.
	personPair      []*entRef
	personPairAt    int
	lastPairDate    dateExpr // the date that act's sentence gives it, for "the two men discussed"
	sentTarget      *entRef  // the target of the last act of the sentence being coded, for "and sentenced him"
	pendingUntil    []pendingClose
	sports          bool // a sports report: countries and names are teams and players
	showbizTech     bool // an entertainment or technology story: only states and political actors make events
	tokBuf          []token
	bounds          bounds              // what keeps long articles and sentences cheap (longsent.go)
	lastStated      dateExpr            // the last date an event's own clause stated, for "according to the statement"
	lastDay         string              // the last day (YYYY-MM-DD) a sentence of the article stated, for "on the same day" (relativeDays)
	lastAgreement   *entRef             // the last agreement named, for "the deal"
	namedAgreements []*entRef           // the agreements named so far, for their initials ("TPP")
	acronymOrgs     []*entRef           // bodies known only by an acronym, in the order met
	orgAgreements   map[string]string   // such a body that "the deal" shows is an agreement: its agreement ID
	agrInfo         map[string]*agrInfo // what the article says of each agreement
	parseSentence   func(words []string, tagged *syntax.Tagged) syntax.Sentence
	pz              *parse         // the tree of the sentence being coded, nil when none or not parsed yet
	pzDone          bool           // the sentence was parsed (pz may still be nil)
	pzTagged        *syntax.Tagged // its words tagged, nil until a rule asks for the tags alone (see tags)
	pzOwed          bool           // a rule answered from the tags where it would have parsed (see askedTree)
	pzOwedNoun      int            // owed as pzOwed if a common noun stands before this token (see nonActorSubject)
	pzToks          []token
	pzMAt           []int
	trigs           []trigger  // the triggers of the sentence being coded
	fired           func(Fire) // Options.Fired

	lowNames map[*entRef]lowName // each person's name lower case, for findPerson's loops (see personLow)
}

// Extract extracts one article. It never panics on any input and is
// deterministic: the same input gives the same Document. meta.Published
// (YYYY-MM-DD) anchors relative dates; without it they are left out.
func (x *Extractor) Extract(meta Article, text string) (doc Document) {
	defer func() {
		// A bug in a rule must not take down a batch of thousands of
		// articles: the article then gives an empty document. Tests call
		// extract directly so that such bugs still fail them.
		if r := recover(); r != nil {
			doc = Document{Article: meta, Entities: []Entity{}, Events: []Event{}, Relations: []Relation{}}
		}
	}()
	return x.extract(meta, text)
}

func (x *Extractor) extract(meta Article, text string) Document {
	doc := Document{Article: meta, Entities: []Entity{}, Events: []Event{}, Relations: []Relation{}}
	b := &builder{d: x.d, dp: x.dp, parseSentence: x.parseSentence, fired: x.fired, text: text, refs: map[string]*entRef{}, aliases: map[string]*entRef{},
		ents: map[string]*Entity{}, relSeen: map[string]int{}, agrInfo: map[string]*agrInfo{}}
	if t, err := time.Parse("2006-01-02", meta.Published); err == nil {
		b.pub = t
	}
	b.lines = lineStarts(text)
	text = cutSignOff(text)
	toks := tokenize(text, make([]token, 0, tokenEstimate(text)))
	b.d.correctSpelling(toks)
	sents, split := splitLong(splitSentences(toks), maxSentenceTokens)
	if split > 0 {
		doc.Notes = append(doc.Notes, longSentenceNote(split))
	}
	b.sports = isSportsArticle(sents)
	b.showbizTech = !b.sports && isShowbizTechArticle(sents)
	b.actingAcros = b.actingAcronyms(sents)
	b.works = namedWorks(sents, b.sports)
	for i, s := range sents {
		// A text that is one line is read whatever it ends with: there is
		// no story after it to tell again what a headline says.
		if isFragment(s) && len(sents) > 1 {
			continue
		}
		next := nextRead(sents[i+1:])
		b.theyNext = theyOpensNext(next)
		b.itNext = namesIt(next)
		b.sentence(s)
		b.compactEvents()
	}
	b.personsAsBodies()
	b.firmsByCues()
	b.dropPrivateEvents(len(sents))
	b.datedOffices()
	b.partyLeaderDescriptions()
	b.acronymOrgsAsAgreements()
	b.mergeAgreements()
	b.finishRelations()
	b.describeAgreements()
	doc.Entities = b.entities()
	doc.Events = b.finishEvents(meta)
	if b.rels != nil {
		doc.Relations = b.rels // else the empty list, never null in JSON
	}
	return doc
}

// sportsWords name sport and nothing else: one in a sentence makes it a
// sentence about sport.
var sportsWords = toSet(`tournament tournaments championship championships league striker strikers
goalkeeper midfielder midfielders rugby football footballer soccer tennis cricket golf athletics olympic
olympics medal medals semi-final quarter-final premiership referee wicket wickets innings sprinter
marathon qualifier stadium squad coach slam fly-half flanker winger defender half-time athletes seed seeds
referees skipper goalkeepers midfield full-back scrum-half team-mate team-mates first-team
uefa fifa iaaf medallist sprinters hamstring quarter-finals semi-finals second-half qualifiers
wingers defenders footballers doping keeper`)

// sportsHints are words common in sports reports but not only there: with
// sportsWords they count towards a sports article.
var sportsHints = toSet(`match matches game games cup coach season fixture fixtures replay goals scored
final champion champions win wins won injury ball captain club clubs transfer`)

// isSportsArticle reports an article in which at least three sentences, and
// a fifth of them, speak of sport: there "beat", "shot", "clash with",
// "visit" and country names are about teams, not states. A short report or
// a long interview may speak of sport in fewer sentences ("Hingis hints at a
// comeback": two of nine); two different sport words in a tenth of its
// sentences then make it one. One sport word said again does not: a
// politics story names "the Football Licensing Authority" or "the Olympic
// bid" many times.
func isSportsArticle(sents []sentence) bool {
	n, strong := topicSentences(sents, sportsWords, sportsHints, isScore)
	if strong >= 1 && n >= 3 && n*5 >= len(sents) || n >= 4 && n*2 >= len(sents) {
		return true
	}
	return n >= 2 && n*10 >= len(sents) && distinctWords(sents, sportsWords, 2)
}

// distinctWords reports whether the sentences hold at least min different
// words of set.
func distinctWords(sents []sentence, set map[string]bool, min int) bool {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, t := range s.toks {
			if set[t.lower] && !seen[t.lower] {
				seen[t.lower] = true
				if len(seen) >= min {
					return true
				}
			}
		}
	}
	return false
}

// topicSentences counts the sentences holding a word of strong or hints (or
// a token extra reports), and the strong words (and extra tokens) of all.
func topicSentences(sents []sentence, strong, hints map[string]bool, extra func([]token, int) bool) (n, nStrong int) {
	for _, s := range sents {
		// A sentence's strong words are all counted, not only those
		// before its first hint: in "a home game as the final World Cup
		// qualifier" the hint "game" comes before "qualifier".
		hint := false
		for k, t := range s.toks {
			// A strong word is a hint too: each token is looked up once.
			if strong[t.lower] || extra != nil && extra(s.toks, k) {
				nStrong++
				hint = true
			} else if !hint && hints[t.lower] {
				hint = true
			}
		}
		if hint {
			n++
		}
	}
	return n, nStrong
}

// showbizTechWords are written about films, music, television and consumer
// technology and hardly ever in political or business news (each word is in
// 20 or more BBC entertainment or technology articles and at most a few of
// the politics and business ones). ent89 added the television, star, games
// and web words the list missed (tv, viewers, stars, gaming, websites ...):
// stories of a presenter's complaint or a games firm's warning told in
// them stayed open. "rock" stays out: "the Rock" is Gibraltar.
var showbizTechWords = toSet(`awards films film actor actress actors singer movie movies comedy album albums
hollywood drama song songs oscar oscars nominations nominated nomination nominees starring starred festival
musical theatre chart charts cinema artists rapper concert celebrity screened dvd band bands music
digital web pc devices device technologies wireless download downloaded downloads windows programs portable
mobiles gamers console consoles gadget gadgets viruses malicious ipod handsets handset handheld servers
graphics hardware anti-virus multimedia spyware software users broadband spam hackers blog blogs computer
computers tv star stars pop studio studios viewers audiences novel channel singles entertainment
websites gaming e-mail phones`)

// isShowbizTechArticle reports an entertainment or consumer-technology
// story: at least three sentences, and a fifth of them, speak of films,
// music or gadgets (a quarter missed stories that tell a star's quarrel at
// length: "Greer attacks Big Brother", "Willis sues over an injury"). Firms
// backing a standard, a star suing a tabloid or a security firm's warning
// there are not events between political actors.
func isShowbizTechArticle(sents []sentence) bool {
	// Only sentences count, not words: as hints the words are no longer
	// looked up in a sentence after its first.
	n, _ := topicSentences(sents, nil, showbizTechWords, nil)
	return n >= 3 && n*5 >= len(sents)
}

// isScore reports a score at k: "4-1", "19-13", "6-7" (two numbers of one
// or two digits joined by a hyphen).
func isScore(toks []token, k int) bool {
	short := func(t token) bool {
		return len(t.text) <= 2 && t.text[0] >= '0' && t.text[0] <= '9' && t.text[len(t.text)-1] >= '0' && t.text[len(t.text)-1] <= '9'
	}
	return k+1 < len(toks) && toks[k+1].hyph && short(toks[k]) && short(toks[k+1])
}

// sportsSentence reports a sentence that speaks of sport.
func sportsSentence(toks []token) bool {
	for _, t := range toks {
		if sportsWords[t.lower] {
			return true
		}
	}
	return false
}

// politicalActor reports an actor that acts as a state or a political body
// even in a sports or business report: a government, military, police,
// court or legislature, an international organization, an armed group, or a
// person holding a government or military title.
func politicalActor(r *entRef) bool {
	if r == nil {
		return false
	}
	switch r.Sector {
	case "GOV", "MIL", "COP", "JUD", "LEG", "REB", "IGO":
		// A person counts with a title in a state or a state body ("League
		// One leaders" is a title in nothing).
		return r.Kind != KindPerson || r.roleTail != nil
	case "PTY", "NGO":
		// A party's or a campaigning body's leader or officer (not the
		// body itself).
		return r.Kind == KindPerson && r.roleTail != nil
	}
	return strings.HasPrefix(r.Code, "IGO") || strings.HasPrefix(r.Code, "IMG")
}

// stateOrPolitical reports a political actor, a country or a state agency:
// outside sport a country is a state ("India ordered the deportation of an
// actress"), and a regulator or police service the dictionaries do not know
// ("the Secret Service was investigating") acts for one.
func stateOrPolitical(r *entRef) bool {
	return r != nil && (r.Kind == KindCountry || stateAgency(r)) || politicalActor(r)
}

// stateAgency reports an organization named as an agency of state.
func stateAgency(r *entRef) bool {
	return r.Kind == KindOrganization && r.Sector != "BUS" && nameHasWord(r.Name, stateAgencyHeads)
}

// stateAgencyHeads are the heads of stateHeads that, in an entertainment or
// technology story, name an agency of state ("Federal Communications
// Commission", "Customs Service"); "committee", "council" and "board" are
// left out, as charities and film bodies use them ("Disasters Emergency
// Committee", "UK Film Council").
var stateAgencyHeads = toSet(`agency service commission`)

func lineStarts(text string) []int {
	ls := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			ls = append(ls, i+1)
		}
	}
	return ls
}

// span makes a Span for [start, end) with its line and column.
func (b *builder) span(start, end int) Span {
	line := sort.SearchInts(b.lines, start+1) // lines[line-1] <= start
	col := start - b.lines[line-1] + 1
	return Span{Start: start, End: end, Line: line, Col: col}
}

// cutSignOff drops what follows a wire sign-off line such as "--IANS" or
// "(Reuters)" alone on a line: syndicated copy often carries the
// publisher's boilerplate after it.
func cutSignOff(text string) string {
	for off := 0; off < len(text); {
		nl := strings.IndexByte(text[off:], '\n')
		end := len(text)
		if nl >= 0 {
			end = off + nl
		}
		line := strings.TrimSpace(text[off:end])
		if len(line) >= 3 && len(line) <= 20 && (strings.HasPrefix(line, "--") || strings.HasPrefix(line, "\u2014")) {
			rest := strings.TrimLeft(line, "-\u2014 ")
			if rest != "" && strings.ToUpper(rest) == rest {
				return text[:off]
			}
		}
		if nl < 0 {
			break
		}
		off = end + 1
	}
	return text
}

// isFragment reports a line that is not prose: no sentence punctuation and
// few words (menus, prices, subscription boxes). Headlines are fragments too;
// the story repeats what they say.
func isFragment(s sentence) bool {
	last := s.toks[len(s.toks)-1].text
	if last == "." || last == "!" || last == "?" || last == "\"" || last == "\u201d" || last == ")" || last == "'" {
		return false
	}
	if len(last) > 1 && strings.HasSuffix(last, ".") {
		return false // "... the blockade of the U.K.": the abbreviation's period ends it
	}
	return len(s.toks) < 12
}

// nextRead is the next sentence that is read (no fragment), nil when none
// is: rules that only serve a pronoun of that sentence ask it first
// (theyOpensNext, namesIt).
func nextRead(rest []sentence) *sentence {
	for i := range rest {
		if !isFragment(rest[i]) {
			return &rest[i]
		}
	}
	return nil
}

// theyOpensNext reports whether the next sentence that is read (next, see
// nextRead) opens with "They": only then is the plural noun subject of the
// sentence before it asked for (nounSubjectAt, nounGroup), which tags the
// sentence and may parse it.
func theyOpensNext(next *sentence) bool {
	return next != nil && next.toks[0].lower == "they"
}

// namesIt reports whether the next sentence that is read (next, see
// nextRead) has "it" or "its", the words that make resolvePronounAt read
// "it": only then is the main clause's body asked for (mainItSubject),
// which may tag the sentence.
func namesIt(next *sentence) bool {
	if next == nil {
		return false
	}
	for _, t := range next.toks {
		if t.lower == "it" || t.lower == "its" {
			return true
		}
	}
	return false
}

// addMention records that ref is named at [start, end) as surface.
func (b *builder) addMention(ref *entRef, start, end int) {
	if ref == nil {
		return
	}
	e := b.ents[ref.ID]
	if e == nil {
		e = &Entity{ID: ref.ID, Name: ref.Name, Kind: ref.Kind}
		b.ents[ref.ID] = e
		b.order = append(b.order, ref.ID)
	}
	surface := strings.Join(strings.Fields(b.text[start:end]), " ")
	surface = strings.TrimSuffix(strings.TrimSuffix(surface, "'s"), "\u2019s")
	if ref.Kind == KindPerson && strings.Contains(surface, ",") {
		// "Marta Kowalczyk, Poland's foreign minister": the alias is the
		// part that names the person.
		last := e.Name[strings.LastIndexByte(e.Name, ' ')+1:]
		parts := strings.Split(surface, ",")
		surface = strings.TrimSpace(parts[0])
		for _, p := range parts {
			if strings.Contains(p, last) {
				surface = strings.TrimSpace(p)
				break
			}
		}
	}
	if ref.Kind == KindPerson {
		// An alias names the person: "Blair" or "Tony Blair", not "the
		// prime minister" nor "British Prime Minister Tony Blair".
		surface = personAlias(surface, e.Name)
	} else if strings.Contains(surface, "'s ") || strings.Contains(surface, "’s ") {
		surface = "" // "India's finance minister" describes; it does not name
	} else if ref.sw == nil && (ref.Kind == KindOrganization || ref.Kind == KindGroup) && describes(surface) {
		surface = "" // "Venezuelan energy firm PDVSA": PDVSA is the name
	}
	if ref.Kind == KindAgreement && !agreementAlias(surface) {
		surface = "" // "the deal", "nuclear deal": a reference, not a name
	}
	if surface != "" && surface != e.Name && !contains(e.Aliases, surface) && len(e.Aliases) < 20 {
		e.Aliases = append(e.Aliases, surface)
	}
	sp := b.span(start, end)
	if n := len(e.Mentions); n > 0 && e.Mentions[n-1] == sp {
		return // the same words again (a rule asking twice): one mention
	}
	if len(e.Mentions) < 50 {
		e.Mentions = append(e.Mentions, sp)
	}
}

// describes reports whether a surface form holds lower-case words other
// than a name's connectors: a description around the name, not a name.
func describes(surface string) bool {
	for _, w := range strings.Fields(surface) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !nameConnectors[w] && !nameParticles[w] && !strings.HasPrefix(w, "al-") {
			return true
		}
	}
	return false
}

// personAlias is the part of surface that names the person called name:
// from the first word of the name that surface holds; "" when it holds none.
func personAlias(surface, name string) string {
	words := strings.Fields(surface)
	for i, w := range words {
		for _, n := range strings.Fields(name) {
			if strings.EqualFold(w, n) && len(n) > 1 {
				return strings.Join(words[i:], " ")
			}
		}
	}
	return ""
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// entities lists the entities in order of first mention, with their final
// attributes (a person's country may be learnt after the first mention).
func (b *builder) entities() []Entity {
	out := make([]Entity, 0, len(b.order))
	for _, id := range b.order {
		e := *b.ents[id]
		if r := b.refs[id]; r != nil {
			e.Name, e.Kind, e.Country, e.Code, e.Sector = r.Name, r.Kind, r.Country, r.Code, r.Sector
			if e.Kind == KindLocation && r.locCountry != "" {
				e.Country = r.locCountry
			}
		}
		out = append(out, e)
	}
	return out
}

// addRel adds a relation once; a later copy may fill in Since/Until.
func (b *builder) addRel(r Relation) {
	if r.Head == "" || r.Tail == "" || r.Head == r.Tail {
		return
	}
	key := r.Type + "|" + r.Head + "|" + r.Tail
	if k, ok := b.relSeen[key]; ok {
		old := &b.rels[k]
		if old.Since == "" || r.Type == RelPartyTo && r.Since != "" && r.Since < old.Since {
			old.Since = r.Since // a party from its first agreeing act
		}
		if old.Until == "" {
			old.Until = r.Until
		}
		if old.Label == "" {
			old.Label = r.Label
		}
		old.Past = (old.Past || r.Past) && old.Until == ""
		return
	}
	b.relSeen[key] = len(b.rels)
	b.rels = append(b.rels, r)
}

// ensureEntity makes sure an entity referred to only by a relation or event
// (the country of a ministry) is listed.
func (b *builder) ensureEntity(ref *entRef) {
	if ref == nil || b.ents[ref.ID] != nil {
		return
	}
	b.ents[ref.ID] = &Entity{ID: ref.ID, Name: ref.Name, Kind: ref.Kind}
	b.order = append(b.order, ref.ID)
}

// finishRelations adds the standing relations implied by the entities:
// roles of persons, bodies as parts of their states, locations in theirs.
func (b *builder) finishRelations() {
	for _, id := range b.order {
		r := b.refs[id]
		if r == nil {
			continue
		}
		switch {
		case r.Kind == KindPerson && r.roleTitle != "" && r.roleTail != nil:
			b.ensureEntity(r.roleTail)
			b.addRel(Relation{Type: RelRole, Head: r.ID, Tail: r.roleTail.ID, Label: r.roleTitle,
				Since: r.roleSince, Until: r.roleUntil, Past: r.rolePast && r.roleUntil == ""})
		case r.Kind == KindPerson && r.roleTitle == "" && r.roleTail != nil && r.roleTail.Kind == KindOrganization:
			// "Simon Hart of the Countryside Alliance" (bodyAfterName):
			// the body the text ties the person to, with no office named.
			b.ensureEntity(r.roleTail)
			b.addRel(Relation{Type: RelMemberOf, Head: r.ID, Tail: r.roleTail.ID})
		case r.Kind == KindLocation && r.locCountry != "":
			if ct := b.d.byISO[r.locCountry]; ct != nil {
				c := b.countryRef(ct)
				b.ensureEntity(c)
				b.addRel(Relation{Type: RelLocated, Head: r.ID, Tail: c.ID})
			}
		}
	}
	for _, pc := range b.pendingUntil {
		for _, h := range pc.heads {
			for _, typ := range []string{RelMemberOf, RelPartyTo} {
				if k, ok := b.relSeen[typ+"|"+h+"|"+pc.tail]; ok && b.rels[k].Until == "" && notBefore(pc.date, b.rels[k].Since) {
					b.rels[k].Until = pc.date
				}
			}
		}
	}
	for _, r := range b.partOf {
		if b.ents[r.ID] == nil || r.roleTail == nil || r.roleTail.Kind != KindCountry {
			continue
		}
		b.ensureEntity(r.roleTail)
		b.addRel(Relation{Type: RelPartOf, Head: r.ID, Tail: r.roleTail.ID})
	}
}

// finishEvents merges repeated reports of one event within the article and
// gives each event its ID, derived from what it says so that the same event
// found in two articles gets the same ID.
func (b *builder) finishEvents(meta Article) []Event {
	out := foldEvents(b.events)
	for k := range out {
		e := &out[k]
		h := sha1.Sum([]byte(strings.Join([]string{e.Cameo, e.Source, e.Target, e.Object, e.Date, e.Modality}, "|")))
		e.ID = "event:" + hex.EncodeToString(h[:8])
	}
	if out == nil {
		out = []Event{}
	}
	return out
}

// foldEvents merges repeated reports of one event, in order. Folding a
// folded list again changes nothing, so it may run on a prefix of the
// events as they come (compactEvents) and again at the end.
func foldEvents(events []Event) []Event {
	var out []Event
	idx := map[string][]int{}
	for _, e := range events {
		key := e.Cameo + "|" + e.Source + "|" + e.Target + "|" + e.Object + "|" + e.Modality
		merged := false
		for _, k := range idx[key] {
			if sameTime(out[k], e) {
				mergeEvent(&out[k], e)
				merged = true
				break
			}
		}
		if !merged && e.Target == "" {
			// A report without a target adds to one with a target.
			for k := range out {
				if out[k].Cameo == e.Cameo && out[k].Source == e.Source && out[k].Modality == e.Modality && sameTime(out[k], e) {
					mergeEvent(&out[k], e)
					merged = true
					break
				}
			}
		}
		if merged {
			continue
		}
		idx[key] = append(idx[key], len(out))
		out = append(out, e)
	}
	return out
}

// sameTime reports whether two reports of one act in an article may be one
// event: unless both sentences date it, and to times apart ("signed in
// 1992", "ratified in May 2001": two acts), neither within the other.
func sameTime(a, b Event) bool {
	if a.DateSource != DateFromSentence || b.DateSource != DateFromSentence || a.Date == "" || b.Date == "" {
		return true
	}
	return strings.HasPrefix(a.Date, b.Date) || strings.HasPrefix(b.Date, a.Date)
}

// mergeEvent folds a second report into e: a date from the event's clause
// beats one from its reporting clause, which beats the publication date; a
// finer precision beats a coarser one.
func mergeEvent(e *Event, o Event) {
	better := srcRank(o.DateSource) > srcRank(e.DateSource) ||
		e.DateSource == o.DateSource && precRank(o.DatePrecision) > precRank(e.DatePrecision)
	if better {
		e.Date, e.DatePrecision, e.DateSource = o.Date, o.DatePrecision, o.DateSource
	}
	if e.Location == "" {
		e.Location = o.Location
	}
	if e.Agreement == "" {
		e.Agreement = o.Agreement
	}
	if o.Confidence > e.Confidence {
		e.Confidence = o.Confidence
	}
}

// srcRank orders date sources: the event's own clause, then the clause
// reporting it, then the publication date.
func srcRank(s string) int {
	switch s {
	case DateFromSentence:
		return 3
	case DateFromReport:
		return 2
	case DateFromPublished:
		return 1
	}
	return 0
}

func precRank(p string) int {
	switch p {
	case PrecisionDay:
		return 3
	case PrecisionMonth:
		return 2
	case PrecisionYear:
		return 1
	}
	return 0
}

// CountryISO maps a CAMEO or ISO 3166 alpha-3 country code to ISO alpha-3
// ("JAP" and "JPN" give "JPN"); other codes (IGO, NGO) come back unchanged.
func (x *Extractor) CountryISO(code string) string {
	if ct := x.d.byISO[code]; ct != nil {
		return ct.ISO3
	}
	if ct := x.d.byCameo[code]; ct != nil {
		return ct.ISO3
	}
	if iso, ok := olderCameo[code]; ok {
		return iso
	}
	return code
}

// olderCameo holds country codes of earlier CAMEO dictionaries that gold
// sets still use; geokg writes the ISO code. The PLOVER gold writes Japan
// "JAP" and Vietnam both "VNM" and "VTN"; the others are the same older
// spellings countries.tsv names in its header (Romania, Montenegro, East
// Timor), so that a gold file coded with them scores the same country.
var olderCameo = map[string]string{"JAP": "JPN", "VTN": "VNM", "ROM": "ROU", "MTN": "MNE", "TMP": "TLS"}
