package extract

import (
	"sort"
	"strings"
)

// Definite descriptions ("the company", "the bank") stand for the firm
// last a subject in the article, as bare titles ("the prime minister")
// stand for the person holding the office (see personByTitle).

// touch records that r was just named: of the persons holding a title, the
// one named last is the one a bare title refers to (see personByTitle).
func (b *builder) touch(r *entRef) {
	if r == nil {
		return
	}
	if b.lastNamed == nil {
		b.lastNamed = map[*entRef]int{}
	}
	b.named++
	b.lastNamed[r] = b.named
}

// noteSubjects records the actors that are subjects of the sentence's
// clauses, in order: "the company" of a later sentence is the one last a
// subject.
func (b *builder) noteSubjects(cls []clause) {
	if b.lastSubjOf == nil {
		b.lastSubjOf = map[*entRef]int{}
	}
	for _, cl := range cls {
		for _, r := range cl.subject {
			b.named++
			b.lastSubjOf[r] = b.named
		}
	}
}

// bodyClass is the kind of actor a definite description ("the company",
// "the party", "the country") may stand for.
type bodyClass int

const (
	firmBody      bodyClass = iota + 1 // a firm (BUS), or a body with "bank" in its name for "the bank"
	partyBody                          // a political party
	armedBody                          // an armed group: rebels, militants, militias
	ministryBody                       // a ministry or department of state named before
	paperBody                          // a newspaper
	countryBody                        // a country
	govBody                            // the government of a country
	namedHeadBody                      // a body whose name holds the noun: "the commission" for the Low Pay Commission
	clubBody                           // a football club: a firm named as one (clubEnds, clubName)
)

// definiteNouns are the nouns that, after "the", stand for a body named
// before ("the company said", "the firm's shares", "the party voted", "the
// group claimed", "the country's debts").
//
// "the party" is mostly the owner in a phrase no act is done to
// ("misrepresenting the party's proposals", "return the seats to the
// party"); taking it for the party named last made 6 wrong events for 2
// right ones when it was read like "the company" (the party last a
// subject, the nearest in the sentence). It is read like the classes
// after firms: only an antecedent no other of its class rivals (see
// definiteBodies).
var definiteNouns = map[string]bodyClass{
	"company": firmBody, "firm": firmBody, "bank": firmBody, "airline": firmBody, "carrier": firmBody,
	"carmaker": firmBody, "retailer": firmBody, "insurer": firmBody, "lender": firmBody, "brewer": firmBody,
	"supermarket": firmBody,
	"party":       partyBody,
	"group":       armedBody, "movement": armedBody, "militia": armedBody,
	"ministry": ministryBody, "department": ministryBody,
	"newspaper": paperBody,
	"country":   countryBody, "nation": countryBody,
	"government": govBody,
	"commission": namedHeadBody,
	"club":       clubBody,
}

// fitsClass reports whether r is a body a description of class c with head
// noun may stand for.
func fitsClass(r *entRef, c bodyClass, noun string) bool {
	if r == nil {
		return false
	}
	switch c {
	case firmBody:
		return r.Kind == KindOrganization && (r.Sector == "BUS" || noun == "bank" && strings.Contains(strings.ToLower(r.Name), "bank"))
	case partyBody:
		return r.Kind == KindOrganization && (r.Sector == "PTY" || strings.HasSuffix(r.Code, "PTY"))
	case armedBody:
		return r.Kind == KindGroup && (r.Sector == "REB" || r.Sector == "UAF" || strings.HasSuffix(r.Code, "REB"))
	case ministryBody:
		// "the ministry" is the Ministry of Defence named before, not the
		// government a minister's title made.
		return r.Kind == KindOrganization && r.Sector == "GOV" && strings.Contains(strings.ToLower(r.Name), noun)
	case paperBody:
		if r.Kind != KindOrganization || r.Sector != "MED" {
			return false
		}
		for _, w := range strings.Fields(strings.ToLower(r.Name)) {
			if notPapers[w] {
				return false
			}
		}
		return true
	case countryBody:
		return r.Kind == KindCountry
	case clubBody:
		return r.Kind == KindOrganization && r.Sector == "BUS" && clubName(r.Name)
	case namedHeadBody:
		// "the commission's recommendation" after "the Low Pay
		// Commission": a body with the noun as a word of its name.
		if r.Kind != KindOrganization {
			return false
		}
		for _, w := range strings.Fields(strings.ToLower(r.Name)) {
			if w == noun {
				return true
			}
		}
		return false
	}
	return false
}

// clubOpeners open clubs' names the way clubEnds end them: "AC Milan",
// "Real Madrid", "Inter Milan"; "City" ends them too ("Manchester City"),
// though as the end of an unknown name it is a town's (firmNameEnds leaves
// it out).
var clubOpeners = toSet(`ac real inter`)

// clubName reports whether a firm's name is a club's, for "the club".
func clubName(name string) bool {
	w := strings.Fields(strings.ToLower(name))
	if len(w) < 2 {
		return false
	}
	last := w[len(w)-1]
	return clubEnds[last] || last == "city" || clubOpeners[w[0]]
}

// notPapers are words in the names of broadcasters and news agencies, which
// "the newspaper" is not: "in her interview with the newspaper" after "told
// the BBC" is another outlet.
var notPapers = toSet(`bbc itv cbs nbc abc cnn sky fox cctv bskyb reuters press agence interfax xinhua bloomberg
tv television radio broadcasting channel`)

// firmNounStops after the noun make it another body than one named
// before: "the company that makes it", "the firm of lawyers", "the bank
// which lent".
var firmNounStops = toSet(`of that which who whose where`)

// gerundAfterOf reports whether the "of" at token k opens a gerund ("accused
// the firm of using offshore firms", "accusing the club of failing", "of
// effectively buying votes"): what the body is charged with, not a body of
// its own ("the firm of lawyers").
func gerundAfterOf(toks []token, k int) bool {
	if toks[k].lower != "of" {
		return false
	}
	q := k + 1
	if q+1 < len(toks) && strings.HasSuffix(toks[q].lower, "ly") {
		q++
	}
	return q < len(toks) && toks[q].word && !toks[q].upper && strings.HasSuffix(toks[q].lower, "ing")
}

// definiteBodies adds a mention for each "the company", "the party", "the
// country" (see definiteNouns) no mention covers, for the body of its class
// named before it.
//
// A firm: the one named earlier in the sentence outside a prepositional
// phrase (unless it speaks of "the firm": "Southcorp confirmed the brewer
// had asked" is another firm), else the one last a subject of a clause
// ("IBM said it would free patents ... Microsoft ... The company said" is
// IBM: a report calls the body it is about "the company", not any firm it
// names). "the bank" is a firm, or a body with "bank" in its name (a
// central bank is a state's).
//
// The other classes take the one body of the class named last, only when
// unambiguous (see bodyBefore): the one named earlier in the sentence when
// it names one ("Turkey, which occupies northern Cyprus, ... recognise the
// country" names no one), else the one named last in an earlier sentence
// when that sentence names no other of the class. "the government" is a
// state's (see govCountry).
//
// With no such body before, the description names no one.
func (b *builder) definiteBodies(toks []token, ms []mention) []mention {
	for k := 1; k < len(toks); k++ {
		class := definiteNouns[toks[k].lower]
		if (class == countryBody || class == govBody) && (toks[k-1].lower == "his" || toks[k-1].lower == "her") &&
			!toks[k].upper && !inMention(ms, k-1) && opensClause(toks, k-1) {
			ms = b.ownCountry(toks, ms, k, class)
			continue
		}
		if class == 0 || toks[k].upper || toks[k-1].lower != "the" {
			continue
		}
		// Before the mention test: the title's person may cover "the <noun>".
		if b.definiteTitleOwner(toks, ms, k, class) || inMention(ms, k) || inMention(ms, k-1) {
			continue
		}
		if k+1 < len(toks) {
			if next := toks[k+1]; firmNounStops[next.lower] && !gerundAfterOf(toks, k+1) || next.hyph {
				continue
			}
			if p := b.d.lookup(toks, k+1); p != nil && (p.kind == phTitle || p.kind == phSector) {
				continue // "the company chairman", "the bank's staff": an office, people
			}
		}
		noun := toks[k].lower
		if class == countryBody && placeOf(toks, k-1) {
			continue // "used in the country", "the south of the country": where, not who
		}
		if class == govBody && !opensClause(toks, k-1) {
			continue
		}
		ref, at := b.definiteRef(toks, ms, k, class)
		if ref == nil {
			continue
		}
		if debugTrig {
			println("DEFINITE", noun, ref.ID, "::", spanText(toks, 0, len(toks)))
		}
		m := mention{i: k - 1, j: k + 1, ref: ref}
		if k+1 < len(toks) && toks[k+1].lower == "'s" {
			m.poss = true
		}
		ms = append(ms[:at], append([]mention{m}, ms[at:]...)...)
	}
	b.nationalFirms(toks, ms)
	b.noteNamed(ms)
	b.noteGender(toks, ms)
	return ms
}

// definiteRef is the body the definite description "the <noun>" at token k
// stands for, of the noun's class, and where its mention goes among ms; nil
// when it names no one for sure.
func (b *builder) definiteRef(toks []token, ms []mention, k int, class bodyClass) (*entRef, int) {
	noun := toks[k].lower
	switch class {
	case firmBody:
		return b.firmBefore(toks, ms, k, noun)
	case govBody:
		c, at := b.govCountry(toks, ms, k)
		if c != nil {
			if p := b.d.lookup(toks, k); p != nil && p.kind == phSector {
				return b.bodyRef(c, p.sector, "the "+noun), at
			}
		}
		return nil, at
	default:
		return b.bodyBefore(toks, ms, k, class, noun)
	}
}

// definiteTitleOwner gives the person of "the <noun>'s [new] <title>[,] X"
// ("The charity's director, X, said", "the firm's new chief executive X")
// the role of that title in the body the description stands for, which
// definiteBodies has just found (only when unambiguous): the mentions are
// made before definite descriptions are read, so the title had no body
// (title90). Only a person with no role body yet, named right after the
// title (or its comma), is touched; the owner must be an organization or a
// country. It reports whether the person's mention covers the description,
// which then makes no mention of its own.
func (b *builder) definiteTitleOwner(toks []token, ms []mention, k int, class bodyClass) bool {
	q := k + 2
	if q >= len(toks) || toks[k+1].lower != "'s" {
		return false
	}
	if toks[q].lower == "new" {
		q++
	}
	p := b.d.lookup(toks, q)
	if p == nil || p.kind != phTitle || p.title == nil {
		return false
	}
	q += len(p.toks)
	if q < len(toks) && toks[q].text == "," {
		q++
	}
	for _, c := range ms {
		if !c.person || c.ref == nil || c.ref.roleTail != nil || c.ref.dictRole || c.j <= q || c.i > q || c.i < k-1 {
			continue
		}
		if owner, _ := b.definiteRef(toks, ms, k, class); owner != nil && (owner.Kind == KindOrganization || owner.Kind == KindCountry) {
			b.giveRole(c.ref, p.title, owner)
			return c.i < q
		}
	}
	return false
}

// nationalFirms makes "the US company", "the Italian carmaker" (a country's
// word and a noun of firms after "the", which the sector rules read as the
// country's firms in general) the firm of that country it stands for: the
// one named before it in the sentence outside a prepositional phrase, else
// the one last a subject of a clause, else the article's one firm of that
// country. With none, the mention keeps the country's firms.
func (b *builder) nationalFirms(toks []token, ms []mention) {
	for q := range ms {
		m := &ms[q]
		r := m.ref
		if m.j-m.i != 2 || m.i == 0 || toks[m.i-1].lower != "the" || r == nil ||
			r.Sector != "BUS" || r.Country == "" || r.ID != "org:"+strings.ToLower(r.Country)+"-business" ||
			definiteNouns[toks[m.j-1].lower] != firmBody || toks[m.j-1].upper {
			continue
		}
		if m.j < len(toks) && (firmNounStops[toks[m.j].lower] || toks[m.j].hyph) {
			continue
		}
		noun := toks[m.j-1].lower
		fits := func(f *entRef) bool {
			return f != r && f != nil && f.Country == r.Country && fitsClass(f, firmBody, noun)
		}
		var f *entRef
		for o := q - 1; o >= 0 && f == nil; o-- {
			if ms[o].j <= m.i && fits(ms[o].ref) && !ms[o].loc && !ms[o].poss && !inPP(toks, ms[o].i, 0) {
				f = ms[o].ref
			}
		}
		if f == nil {
			last := 0
			for o, n := range b.lastSubjOf {
				if n > last && fits(o) {
					f, last = o, n
				}
			}
		}
		if f == nil {
			for _, id := range b.order {
				if o := b.refs[id]; fits(o) && !strings.HasSuffix(o.ID, "-business") {
					if f != nil && f != o {
						f = nil
						break
					}
					f = o
				}
			}
		}
		if f != nil {
			if debugTrig {
				println("NATIONAL FIRM", noun, f.ID, "::", spanText(toks, 0, len(toks)))
			}
			m.ref = f
		}
	}
}

// ownCountry adds the mention of "his country" or "her government" at
// token k opening a clause ("Putin said his country will not lift the
// ban"): the country (or its government) of the person named before it in
// the sentence outside a prepositional phrase, when all such persons are of
// one country. A person with no country, or none named, gives no mention:
// the country named last is not the one meant.
func (b *builder) ownCountry(toks []token, ms []mention, k int, class bodyClass) []mention {
	at := insertAt(ms, k)
	iso := ""
	for q := len(ms) - 1; q >= 0; q-- {
		if ms[q].i > k {
			continue
		}
		r := ms[q].ref
		if r == nil || r.Kind != KindPerson || ms[q].agr || inPP(toks, ms[q].i, 0) {
			continue
		}
		if r.Country == "" || iso != "" && r.Country != iso {
			return ms
		}
		iso = r.Country
	}
	c := b.d.byISO[iso]
	if c == nil {
		return ms
	}
	ref := b.countryRef(c)
	if class == govBody {
		p := b.d.lookup(toks, k)
		if p == nil || p.kind != phSector {
			return ms
		}
		ref = b.bodyRef(ref, p.sector, toks[k-1].lower+" "+toks[k].lower)
	}
	if ref == nil {
		return ms
	}
	m := mention{i: k - 1, j: k + 1, ref: ref}
	if k+1 < len(toks) && toks[k+1].lower == "'s" {
		m.poss = true
	}
	for q := range ms {
		if ms[q].i <= k && ms[q].j > k {
			// "his government" read as a sector word of the country the
			// sentence places it in: the person's own is meant.
			if ms[q].i != k || ms[q].j != k+1 {
				return ms
			}
			m.poss = ms[q].poss
			ms[q] = m
			return ms
		}
	}
	return append(ms[:at], append([]mention{m}, ms[at:]...)...)
}

// govCountry is the country whose government "the government" opening a
// clause at token k is, nil when the article does not say, and the index
// in ms its mention goes at: the one country the sentence names before it
// outside a prepositional phrase, as a country or a state body of one
// ("British Navy ships have helped and the prime minister said the
// government could give more"), else the country of the last clause's
// subject ("Aguas Argentinas asked for a 60% rise. The government has
// rejected it"). Not the country named last: in "The US
// has forces helping ... the government could give" and "discussions have
// begun with Indonesia ... the government has offered the Indonesian
// government" the government is the speaker's own.
func (b *builder) govCountry(toks []token, ms []mention, k int) (*entRef, int) {
	at := insertAt(ms, k)
	iso, anyState := "", ""
	for q := len(ms) - 1; q >= 0; q-- {
		if ms[q].i > k {
			continue
		}
		c := b.mentionCountry(ms[q])
		if c != "" && stateVoice(ms[q].ref) {
			anyState = c
		}
		if c == "" || inPP(toks, ms[q].i, 0) {
			continue // "talks have begun with Indonesia, but the government said": not Indonesia's
		}
		if r := ms[q].ref; !stateVoice(r) {
			continue // "Lavagna told the French media that the government": not a state's voice
		}
		if iso != "" && c != iso {
			return nil, at
		}
		iso = c
	}
	if iso == "" {
		// "He said the government had been negotiating": a state's
		// officer speaking of "the government" speaks of their own, what
		// ever the last sentence reported of another state ("Mr Straw
		// said the US had agreed ... He said the government").
		if p := b.lastPersonSubj; p != nil && stateVoice(p) && b.d.byISO[p.Country] != nil && pronounSays(toks, k-1) {
			return b.countryRef(b.d.byISO[p.Country]), at
		}
	}
	if iso == "" {
		// The subject of the last clause with one, all of one country:
		// "Peru and Chile held talks. The government" names neither.
		for _, r := range b.lastSubject {
			if iso != "" && r.Country != iso {
				return nil, at
			}
			iso = r.Country
			if !stateVoice(r) && (iso != b.countryNamedLast() || anyState != "" && anyState != iso) {
				// "Fitch and Moody's upped their rating of Russia's
				// debt. S&P had held back through fear that the
				// government ...": a firm or an analyst of another
				// country speaks of the state the report is about,
				// the one named last or, in a phrase, in the sentence
				// ("with Russian state coffers full, S&P said the
				// government").
				return nil, at
			}
		}
	}
	if b.d.byISO[iso] == nil {
		return nil, at
	}
	return b.countryRef(b.d.byISO[iso]), at
}

// pronounSays reports whether the phrase at token i ("the") is what "he"
// or "she" says: "He said the government", "She added that the
// government".
func pronounSays(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].lower == "that" {
		k--
	}
	if k < 1 || !sayVerbs[toks[k].lower] {
		return false
	}
	k--
	if k >= 1 && strings.HasSuffix(toks[k].lower, "ly") || k >= 1 && toks[k].lower == "also" {
		k-- // "He also said", "She repeatedly said"
	}
	return toks[k].lower == "he" || toks[k].lower == "she"
}

// stateVoice is an actor whose "the government" is its own country's: a
// country, a state body or officer, or a party's officer or shadow officer.
func stateVoice(r *entRef) bool {
	return r.Kind == KindCountry || stateSectors[r.Sector] || r.Kind == KindPerson && (r.Sector == "PTY" || r.Sector == "OPP") && r.roleTail != nil
}

// opensClause reports whether the phrase opening at token i ("the") opens
// a clause, where a subject stands: the sentence's start, or after a comma,
// a conjunction or a verb of saying ("Officials said the government
// would").
func opensClause(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	w := toks[i-1].lower
	return !toks[i-1].word && w != "'s" || w == "and" || w == "but" || w == "that" || w == "while" || sayVerbs[w]
}

// placePreps before "the country" make it where something happens.
var placePreps = toSet(`in across throughout within inside outside around into`)

// placeParts before "of the country" make it where something happens.
var placeParts = toSet(`north south east west northeast northwest southeast southwest centre center rest part parts
regions region areas area interior capital heart`)

// placeOf reports whether the phrase opening at token i ("the") names a
// place: after a preposition of place, or as the whole a part is of.
func placeOf(toks []token, i int) bool {
	if i < 1 {
		return false
	}
	if placePreps[toks[i-1].lower] {
		return true
	}
	return i >= 2 && toks[i-1].lower == "of" && placeParts[toks[i-2].lower]
}

// firmBefore is the firm "the company" at token k stands for (see
// definiteBodies) and the index in ms its mention goes at.
func (b *builder) firmBefore(toks []token, ms []mention, k int, noun string) (*entRef, int) {
	var ref, speaker *entRef
	at := insertAt(ms, k)
	for q := len(ms) - 1; q >= 0; q-- {
		if ms[q].i > k {
			continue
		}
		if ref != nil || speaker != nil || ms[q].loc || ms[q].agr || ms[q].poss || !fitsClass(ms[q].ref, firmBody, noun) || inPP(toks, ms[q].i, 0) {
			continue
		}
		if saidBetween(toks, ms[q].j, k-1) {
			// "Southcorp confirmed the brewer had asked for talks":
			// the one who speaks of "the brewer" is likely another
			// firm, which one the sentence does not say.
			speaker = ms[q].ref
			continue
		}
		ref = ms[q].ref
	}
	if speaker != nil {
		return nil, at
	}
	if ref == nil {
		last := 0
		for r, n := range b.lastSubjOf {
			if n > last && fitsClass(r, firmBody, noun) {
				ref, last = r, n
			}
		}
	}
	if ref == nil && opensClause(toks, k-1) {
		// No firm has been a subject yet, and "the company" is one:
		// "the airline warned of ..." after a report that named the
		// firm only in a phrase. The firm named last stands for it when
		// its sentence names no other and it is within a few sentences.
		// Not after a verb or in a phrase ("the scandal at the firm",
		// "let the company get fat"), where it was as often another.
		if r, last := b.lastOfClass(firmBody, noun); r != nil && last.sent >= b.sents+1-countryReach {
			ref = r
		}
	}
	return ref, at
}

// countryReach is how many sentences back, this one included, "the
// country" finds the country it stands for: further back a report's "the
// country" is as often its own country, named nowhere.
const countryReach = 3

// bodyBefore is the body of class c "the party" or "the country" at token
// k stands for (see definiteBodies), nil when none or more than one fits,
// and the index in ms its mention goes at.
func (b *builder) bodyBefore(toks []token, ms []mention, k int, c bodyClass, noun string) (*entRef, int) {
	var ref *entRef
	at := insertAt(ms, k)
	for q := len(ms) - 1; q >= 0; q-- {
		if ms[q].i > k {
			continue
		}
		if ms[q].loc || ms[q].agr {
			continue
		}
		if !fitsClass(ms[q].ref, c, noun) {
			continue
		}
		if ref != nil && ref != ms[q].ref {
			return nil, at // "Turkey, which occupies northern Cyprus, ... the country"
		}
		if saidBetween(toks, ms[q].j, k-1) {
			return nil, at // "Labour said the party had ...": maybe another party
		}
		ref = ms[q].ref
	}
	if ref != nil {
		if k+1 < len(toks) && toks[k+1].lower == "'s" {
			// "Islamic State members surrendered from the group's last
			// holdout": the sentence's own actor again, as "its" would
			// be; taken for a second actor it makes the act reflexive.
			return nil, at
		}
		return ref, at
	}
	ref, last := b.lastOfClass(c, noun)
	if ref == nil {
		return nil, at
	}
	if c == clubBody && (last.sent < b.sents+1-countryReach || b.otherClub(ref)) {
		// "the club" in a sports report is often one the report never
		// names as a club ("Liverpool", "Newcastle" are towns): only the
		// article's one club, named in the last few sentences, is meant.
		return nil, at
	}
	if c == countryBody && last.sent < b.sents+1-countryReach {
		// "Mr Bannatyne attacked the government over Iraq ... Disunity in
		// the Cabinet has a corrosive effect on the country" six sentences
		// on is his own country, which the report never names.
		return nil, at
	}
	return ref, at
}

// lastOfClass is the body of class c named last in an earlier sentence and
// when, nil when that sentence names another of the class too ("Peru and
// Chile signed. The country" names neither) or none was named.
func (b *builder) lastOfClass(c bodyClass, noun string) (*entRef, seenAt) {
	var ref *entRef
	var last seenAt
	for r, n := range b.bodySeen {
		if n.order > last.order && fitsClass(r, c, noun) {
			ref, last = r, n
		}
	}
	for r, n := range b.bodySeen {
		if r != ref && n.sent == last.sent && fitsClass(r, c, noun) {
			return nil, last // two of the class in one sentence
		}
	}
	return ref, last
}

// otherClub reports whether the article has named a club other than r
// (one named only in a title's "of" phrase, "chairman of Castlebury FC",
// counts too).
func (b *builder) otherClub(r *entRef) bool {
	for _, o := range b.refs {
		if o != r && fitsClass(o, clubBody, "club") {
			return true
		}
	}
	return false
}

// seenAt is when a body was last named: the sentence (counted from 1)
// and the order among all mentions of the article.
type seenAt struct{ sent, order int }

// noteNamed records the bodies the sentence's mentions name, for
// bodyBefore.
func (b *builder) noteNamed(ms []mention) {
	if b.bodySeen == nil {
		b.bodySeen = map[*entRef]seenAt{}
		b.countrySeen = map[string]seenAt{}
		b.countryNamed = map[string]int{}
	}
	b.sents++
	for _, m := range ms {
		if m.ref == nil || m.loc || m.agr {
			continue
		}
		b.named++
		b.bodySeen[m.ref] = seenAt{b.sents, b.named}
		if t := m.ref.roleTail; t != nil && fitsClass(t, clubBody, "club") {
			// "Bob Hale, chairman of Castlebury FC, has bid for the
			// club": a club named only in its officer's title is named
			// there, for "the club".
			b.bodySeen[t] = seenAt{b.sents, b.named}
		}
		if m.club != nil {
			b.bodySeen[m.club] = seenAt{b.sents, b.named} // "Manchester United fans" name the club
		}
	}
	for _, m := range ms {
		if iso := b.mentionCountry(m); iso != "" {
			b.named++
			b.countrySeen[iso] = seenAt{b.sents, b.named}
			b.countryNamed[iso]++
		}
	}
}

// noteGender records the sex an honorific gives a person: "Mr Howard" is
// a man, "Mrs Howard", "Ms Robinson" or "Miss Lee" a woman. resolvePronoun
// then passes over a man for "she" and a woman for "he". A person called
// by both (two of one family name sharing an entity) is left unknown.
func (b *builder) noteGender(toks []token, ms []mention) {
	for _, m := range ms {
		if m.ref == nil || m.ref.Kind != KindPerson || m.i >= len(toks) {
			continue
		}
		k := m.i
		if honorificSex[toks[k].lower] == 0 && k > 0 && honorificSex[toks[k-1].lower] != 0 {
			k--
		}
		g := honorificSex[toks[k].lower]
		if g == 0 {
			continue
		}
		if b.gender == nil {
			b.gender = map[*entRef]byte{}
		}
		if old, ok := b.gender[m.ref]; ok && old != g {
			g = '?'
		}
		b.gender[m.ref] = g
	}
}

// honorificSex gives the sex of a person an honorific before their name
// stands for: 'm' or 'f'.
var honorificSex = map[string]byte{"mr": 'm', "mrs": 'f', "ms": 'f', "miss": 'f', "sir": 'm', "dame": 'f', "lady": 'f', "lord": 'm', "baroness": 'f', "baron": 'm'}

// genderFits reports whether "he" or "she" may stand for person r: not
// when an honorific gave r the other sex.
func (b *builder) genderFits(w string, r *entRef) bool {
	g := b.gender[r]
	return !(w == "she" && g == 'm' || w == "he" && g == 'f')
}

// insertAt is where in ms a mention at token k goes: before the first
// mention that starts after k.
func insertAt(ms []mention, k int) int {
	at := len(ms)
	for q := len(ms) - 1; q >= 0; q-- {
		if ms[q].i > k {
			at = q
		}
	}
	return at
}

// saidBetween reports a verb of saying or thinking in toks[i:j].
func saidBetween(toks []token, i, j int) bool {
	for q := i; q < j && q < len(toks); q++ {
		if sayVerbs[toks[q].lower] || thinkVerbs[toks[q].lower] {
			return true
		}
	}
	return false
}

// pairNouns are the plural nouns that, after "the two" or "both", stand for
// the two actors named before ("the two countries signed", "both sides
// agreed"), with what each may stand for.
var pairNouns = map[string]pairClass{
	"sides": anyPair, "countries": countryPair, "nations": countryPair,
	"leaders": personPair, "presidents": personPair, "men": personPair,
	"firms": firmPair, "companies": firmPair, "banks": firmPair,
	"duo": personPair, "pair": dualPair,
}

// dualNouns name two by themselves, with no "both" or "two" before them:
// "the duo", "the Irish duo" (see originWords) are two persons named
// before.
var dualNouns = toSet(`duo pair`)

// pairClass is what a pair noun may stand for.
type pairClass int

const (
	anyPair     pairClass = iota + 1 // "both sides": any two actors
	countryPair                      // two countries
	personPair                       // two persons
	firmPair                         // two firms
	dualPair                         // "the pair", bare "the two": two persons, two countries or two firms, whichever the text gives
)

// dualClasses are the kinds of two a dualPair noun may stand for.
var dualClasses = []pairClass{personPair, countryPair, firmPair}

func (c pairClass) fits(r *entRef) bool {
	switch c {
	case countryPair:
		return r.Kind == KindCountry
	case personPair:
		return r.Kind == KindPerson
	case firmPair:
		return fitsClass(r, firmBody, "")
	}
	return r != nil
}

// pairBefore is the two actors "the two countries" or "both sides" at token
// k stands for, nil when the article does not say which two: the subjects
// of the last clause with two, or the two sides of the last two-sided act,
// when both are of the noun's class; else, for countries, the two last
// named (as countries, bodies of one or places in one) when no third was
// named with the earlier of them ("Chavez invited Chinese firms to bid
// for contracts in the Gulf of Venezuela. The two countries also signed").
// Two joined by "and" before it in its own sentence, with no other of the
// class there, come first (see pairInSentence).
func (b *builder) pairBefore(toks []token, ms []mention, k int, noun string) []*entRef {
	c := pairNouns[noun]
	if c == dualPair {
		return b.dualBefore(toks, ms, k)
	}
	r, _ := b.pairOfClass(toks, ms, k, c, dualNouns[noun])
	return r
}

// pairOfClass is pairBefore for a noun of class c (dual: a noun that names
// two by itself, "the duo"); strong is true when the text joined the two
// (by "and", as the subject or the two sides of one act) rather than
// naming them last.
func (b *builder) pairOfClass(toks []token, ms []mention, k int, c pairClass, dual bool) (r []*entRef, strong bool) {
	if k+1 < len(toks) && (toks[k+1].text == "[" || toks[k+1].text == "(" || toks[k+1].text == ",") {
		return nil, false // "The two companies [Rosneft and CNPC]": the names follow
	}
	fit := func(rs []*entRef) bool {
		return len(rs) == 2 && rs[0] != rs[1] && c.fits(rs[0]) && c.fits(rs[1])
	}
	if r := pairInSentence(ms, toks, k, c); r != nil {
		return r, true
	}
	if fit(b.lastSubject) {
		return b.lastSubject, true
	}
	if c == anyPair && len(b.lastSubject) > 1 {
		return b.lastSubject, true // as before: "both sides" after a subject of three
	}
	if fit(b.lastPair) {
		return b.lastPair, true
	}
	if dual && fit(b.lastPersonPair) {
		return b.lastPersonPair, true // "... John Magnier and JP McManus. The Irish duo have cut off talks"
	}
	if c == personPair && fit(b.personPair) && !b.personNamedSince(b.personPair, b.personPairAt) {
		// "Kirchner and Chavez signed the deal. ... President Chavez
		// added ... The two presidents also agreed": the last pair of
		// persons, when no third person has been named since.
		return b.personPair, false
	}
	if c != countryPair {
		return nil, false
	}
	// The two countries named last, by the mentions of countries, of their
	// bodies and of places in them.
	first, second, ok := lastTwoNamed(b.countrySeen, func(string) bool { return true })
	if !ok {
		return nil, false
	}
	return []*entRef{b.countryRef(b.d.byISO[first]), b.countryRef(b.d.byISO[second])}, false
}

// dualBefore is the two actors "the pair" or a bare "the two" at token k
// stands for. Neither says of what kind, so each kind (two persons, two
// countries, two firms) is asked as its own pair noun would be, and the
// answer stands only when one kind gives it: a pair the text joined
// (strong, see pairOfClass) before one it named last; nil when two kinds
// give one at the same strength ("Mr Lee and Mr Kim flew from Peru to
// Chile. The pair ...": persons joined by "and" beat the countries named
// last, but two pairs joined are no answer).
func (b *builder) dualBefore(toks []token, ms []mention, k int) []*entRef {
	var strong, weak [][]*entRef
	for _, c := range dualClasses {
		r, s := b.pairOfClass(toks, ms, k, c, true)
		if c == countryPair && !s {
			r = nil // the two countries named last: in a story of persons or firms, often places ("met on a Hull station ... won a Sony award")
		}
		if r == nil && c == firmPair {
			r = b.twoFirmsNamed(ms, k)
		}
		switch {
		case r == nil:
		case s:
			strong = append(strong, r)
		default:
			weak = append(weak, r)
		}
	}
	if len(strong) > 0 {
		if len(strong) == 1 {
			return strong[0]
		}
		return nil
	}
	if len(weak) == 1 {
		return weak[0]
	}
	return nil
}

// twoFirmsNamed is the two firms "the firms" or "the companies" at token k
// stands for: the firms named in the sentence before k and in the one
// before it, when they are exactly two ("wrote to Nokia and Ericsson. ...
// the firms had ..."); nil for none, one or more than two, where the
// plural may be any firms of a trade.
func (b *builder) twoFirmsNamed(ms []mention, k int) []*entRef {
	var firms []*entRef
	add := func(r *entRef) {
		if firmPair.fits(r) && !inRefs(r, firms) {
			firms = append(firms, r)
		}
	}
	for _, m := range ms {
		if m.j <= k && m.ref != nil && !m.loc && !m.agr {
			add(m.ref)
		}
	}
	// The previous sentence's bodies in the order they were named: a map's
	// order would make the two events of "alleged the firms" come out in
	// either order from run to run.
	var prev []*entRef
	for r, n := range b.bodySeen {
		if n.sent == b.sents-1 {
			prev = append(prev, r)
		}
	}
	sort.Slice(prev, func(i, j int) bool {
		oi, oj := b.bodySeen[prev[i]].order, b.bodySeen[prev[j]].order
		return oi < oj || oi == oj && prev[i].ID < prev[j].ID
	})
	for _, r := range prev {
		add(r)
	}
	if len(firms) != 2 {
		return nil
	}
	return firms
}

// barePair is the two actors a plural with no number stands for at token
// k: "the pair", "the two" with no noun after it ("the two were
// charged", "warned the two"), "the firms" (see twoFirmsNamed). nil when
// the word is none of these or the text does not say which two.
func (b *builder) barePair(toks []token, ms []mention, k int) []*entRef {
	if k == 0 || toks[k-1].lower != "the" || toks[k].upper {
		return nil
	}
	switch w := toks[k].lower; {
	case w == "pair" && !(k+1 < len(toks) && toks[k+1].lower == "of"):
		return b.dualBefore(toks, ms, k) // "the pair of them" is left: often a pair of things
	case w == "two" && bareNumberEnds(toks, k):
		return b.dualBefore(toks, ms, k)
	case pairNouns[w] == firmPair:
		return b.twoFirmsNamed(ms, k)
	}
	return nil
}

// bareSubjectNoun reports whether w may be a bare plural barePair reads
// as a subject: "the pair", "the two", "the firms".
func bareSubjectNoun(w string) bool {
	return w == "pair" || w == "two" || pairNouns[w] == firmPair
}

// bareNumberEnds reports whether the number at token k has no noun after
// it: an auxiliary, a clause's end or "to" follows ("the two were", "took
// the two to court").
func bareNumberEnds(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return true
	}
	n := toks[k+1]
	return auxiliaries[n.lower] || !n.word && n.text != "-" || n.lower == "to"
}

// lastTwoNamed is the two of seen that keep admits named last, the later
// first; ok is false when there are fewer than two, or when a third that
// keep admits was named in the sentence of the earlier ("talks between
// Chile, Peru and Bolivia ... the two countries"): the text does not say
// which two. (Orders start at 1 and grow with each mention, so the zero
// seenAt is before any.)
func lastTwoNamed[K comparable](seen map[K]seenAt, keep func(K) bool) (first, second K, ok bool) {
	var at1, at2 seenAt
	for k, n := range seen {
		if !keep(k) {
			continue
		}
		switch {
		case n.order > at1.order:
			second, at2 = first, at1
			first, at1 = k, n
		case n.order > at2.order:
			second, at2 = k, n
		}
	}
	if at2.order == 0 {
		return first, second, false
	}
	for k, n := range seen {
		if k != first && k != second && n.sent == at2.sent && keep(k) {
			return first, second, false
		}
	}
	return first, second, true
}

// notePersonPair records rs as the last pair of persons (see personPair).
func (b *builder) notePersonPair(rs []*entRef) {
	if len(rs) == 2 && rs[0] != rs[1] && rs[0].Kind == KindPerson && rs[1].Kind == KindPerson {
		b.personPair, b.personPairAt = []*entRef{rs[0], rs[1]}, b.named
	}
}

// personNamedSince reports whether a person other than those of pair has
// been named after the person mention count at.
func (b *builder) personNamedSince(pair []*entRef, at int) bool {
	for r, n := range b.lastNamed {
		if n > at && r.Kind == KindPerson && !inRefs(r, pair) {
			return true
		}
	}
	return false
}

// pairInSentence is the pair "the two countries" at token k stands for when
// its own sentence names it before it: two actors of the class joined by
// "and" ("after talks between Oslo's and Bern's envoys ..., the two
// countries signed"), with no third of the class before k. Read as one of
// the two, the act loses the other; read as the last pair of the article,
// it is an older pair.
func pairInSentence(ms []mention, toks []token, k int, c pairClass) []*entRef {
	var pair []*entRef
	var idx []int
	for q, m := range ms {
		if m.j > k {
			break
		}
		if m.ref == nil || m.loc || m.agr || !c.fits(m.ref) {
			continue
		}
		if len(pair) == 1 && pair[0] == m.ref {
			continue
		}
		pair = append(pair, m.ref)
		idx = append(idx, q)
	}
	if len(pair) != 2 || c == anyPair {
		return nil
	}
	if !joinedByAnd(toks, ms[idx[0]], ms[idx[1]]) {
		return nil
	}
	return pair
}

// joinedByAnd reports whether mention z follows mention a with only "and"
// between them, or "and" and an honorific the mention leaves out ("Mr
// Doherty and Mr Wass").
func joinedByAnd(toks []token, a, z mention) bool {
	if a.j >= len(toks) || toks[a.j].lower != "and" {
		return false
	}
	return a.j+1 == z.i || a.j+2 == z.i && honorifics[strings.TrimSuffix(toks[a.j+1].lower, ".")]
}

// leadCountry is the country the article so far is about: the one named
// most (as a country, a body of one or a place in one), at least twice and
// at least twice as often as any other; "" when the article names none so
// or two with no clear lead.
func (b *builder) leadCountry() string {
	iso, top, second := "", 0, 0
	for c, n := range b.countryNamed {
		switch {
		case n > top:
			iso, top, second = c, n, top
		case n > second:
			second = n
		}
	}
	if top < 2 || top < 2*second {
		return ""
	}
	return iso
}

// countryNamedLast is the country named last in an earlier sentence of the
// article (as a country, a body of one or a place in one), "" when none.
func (b *builder) countryNamedLast() string {
	iso, last := "", 0
	for c, n := range b.countrySeen {
		if n.order > last {
			iso, last = c, n.order
		}
	}
	return iso
}
