package extract

import (
	"slices"
	"strings"
	"unicode"
)

// Chunk kinds beyond the lexicon's phrase kinds.
const (
	chName = 100 + iota
	chAgreement
	chLocName
)

// chunk is a lexicon match or a run of capitalized words.
type chunk struct {
	kind int
	i, j int // tokens [i, j)
	ph   *phrase
	name string // surface text of a name, agreement or location
	acro string // "(JCCC)" after an organization name
	poss bool   // followed by 's
	// place is the place an agreement is named after ("Minsk agreements",
	// "the Paris climate accord"): its key (placeAgreementID).
	place string
	// shape is the sector a lower-case body noun after an unknown name
	// gives it ("the Juarez drug cartel": CRM); see bodyShape.
	shape string
}

// mention is an actor, agreement or location named in a sentence.
type mention struct {
	i, j   int // tokens [i, j), the whole phrase
	ref    *entRef
	person bool
	title  *title
	poss   bool
	loc    bool    // a location: never an actor
	ctx    bool    // a nationality adjective or a capital: where the sentence happens
	seat   bool    // a capital or seat of government ("Tripoli"), which may stand for its state
	agr    bool    // an agreement
	known  string  // for a person of the dictionary (people.tsv): the country it gives them
	club   *entRef // for a club's fans ("United fans"): the club, named there all the same (see noteNamed)
}

// entRef is what a mention resolves to.
type entRef struct {
	ID, Name, Kind, Country, Code, Sector string
	roleTitle                             string  // for persons: their title
	roleTail                              *entRef // the body or country the title belongs to
	roleSince, roleUntil                  string  // when the text says the role began or ended
	rolePast                              bool    // "former foreign minister": ended, date unknown
	// dictRole: the title is the dictionary's (people.tsv), not one the
	// article gives: a person's best-known office, which they may not yet
	// (or no longer) hold on the day ("Gordon Brown", prime minister in
	// the dictionary, is the chancellor of a 2005 report).
	dictRole   bool
	dictRank   int // knownPerson.Rank when the role is the dictionary's
	locCountry string
	sw         *sectorWord // for bodies of a country: the sector word they were made from
}

// notNames are capitalized function words, months and days: never names on
// their own. "Called", "Dubbed" and "Nicknamed" open a sentence as a
// participle before the name ("Called Speegle, it has the look of a search
// engine"), not as its first word.
var notNames = toSet(`the a an in on at of for to by with from during after before since until
earlier later but and or however meanwhile it he she they we i you this that these those his her
their its our my your there here when while as if although though because despite also then so
yet still now today yesterday tomorrow tonight no not all some many most more several both each
every other another such what which who whom whose where why how monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september october
november december mr mrs ms dr sir lord lady according under over about against between into through
among amid last next this first second third new former one two three four five six seven eight
nine ten thousands hundreds dozens up down out off just only even ever never already again
disclaimer subscribe renews news reuters ap afp xinhua called dubbed nicknamed`)

// orgHeads end or contain organization names.
var orgHeads = toSet(`center centre council committee commission organization organisation association
union party front movement agency ministry bank court forum company group army tigers network
service institute alliance league fund program programme mission office federation assembly
authority brigade brigades corps coalition foundation society board department university school
corporation watch jihad force forces guard congress parliament senate community government cabinet
secretariat tribunal police administration hospital laboratory laboratories`)

// businessNouns after a name that no rule knows are a firm's deal, a
// club's charter or a custom ("the ESPN deal", "the WRU charter",
// "Hollywood convention"), not an agreement between states, when written
// in lower case; after a place they still are ("the Paris climate deal").
var businessNouns = toSet(`deal deals convention conventions charter charters`)

// agreementNouns after a name make an agreement.
var agreementNouns = toSet(`agreement agreements accord accords treaty protocol protocols deal pact convention charter
statute memorandum covenant`)

// placeNouns after a name make a location.
var placeNouns = toSet(`region province city town district peninsula valley enclave oblast island islands
state strait basin village area`)

// namePlaceHeads end the names of places only, capitalized as part of the
// name ("Far North Region", "Windsor Castle"). "State" (Islamic State),
// "City" and "County" (football clubs) also end the names of bodies.
var namePlaceHeads = toSet(`region province prefecture district governorate oblast castle`)

// namedPlace reports whether the capitalized run toks[i:j] names a place by
// the kind of place it ends in: "Cameroon's Far North Region", "a dinner at
// Windsor Castle" are places, never persons. "Barbara Castle" opens with a
// given name and is a woman; "the District Court for the Southern District"
// holds words in lower case and is a court; "Howl's Moving Castle" belongs
// to someone who is no country and is a film.
func (b *builder) namedPlace(toks []token, i, j int) bool {
	if j-i < 2 || !namePlaceHeads[toks[j-1].lower] || b.d.given[toks[i].lower] {
		return false
	}
	for k := i; k < j; k++ {
		if !toks[k].upper {
			return false
		}
	}
	return !(i >= 2 && toks[i-1].lower == "'s" && !b.isCountryWord(toks, i-2))
}

// occupations capitalized before a name ("Novelist Arthur Hailey" at the
// start of a sentence) describe the person and are no part of the name.
var occupations = toSet(`novelist author writer actor actress singer star producer model cinematographer
comedian presenter rapper artist composer musician photographer journalist designer chef broadcaster songwriter
playwright screenwriter economist analyst businessman businesswoman tycoon billionaire entrepreneur
veteran activist campaigner lawyer academic historian scientist professor dr manager coach boss captain
striker midfielder defender goalkeeper skipper chairman executive footballer player
frontman frontwoman guitarist drummer bassist keyboardist conductor`)

// honorifics before a name make it a person's.
var honorifics = toSet(`mr mrs ms miss dr sir dame lord lady baroness baron madame monsieur mme`)

// shadowBefore reports whether "shadow" opens the few words before token i.
func shadowBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].lower == "shadow" {
			return true
		}
	}
	return false
}

// titleHonorifics may stand between a title and the name it goes with.
var titleHonorifics = toSet(`sir dame lord lady baroness baron dr mr mrs ms`)

// givenHonorifics come before a given name as often as a surname ("Sir
// Edward" for Sir Edward Heath, "Lord Alan" for Alan Sugar).
var givenHonorifics = toSet(`sir dame lord lady`)

// memberPlurals are the plurals of the titles of members of a house:
// many people, not a name ("MPs said", "Labour MPs").
var memberPlurals = toSet(`mps meps msps`)

// nameParticles may sit inside a person's name.
var nameParticles = toSet(`bin ibn al el de da di van von der den la le du abu ul dos das del della ter zu y arap`)

// nameConnectors may sit inside an organization's name.
var nameConnectors = toSet(`of for and the on`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// otherGiven reports whether given is a given name other than those of
// the known person kp's name ("Cherie" before Tony Blair's surname):
// false when kp's name is one word or has given among its words.
func otherGiven(kp *knownPerson, given string) bool {
	ws := strings.Fields(strings.ToLower(kp.Name))
	return len(ws) >= 2 && !slices.Contains(ws[:len(ws)-1], given)
}

// namesake reports whether the article has named a person whose family
// name is surname, of a sex that fits sex (see sexFits), while it has not
// named the known person kp: a later bare or honorific surname is that
// person's, not kp's ("Martin Bashir ... Mr Bashir").
func (b *builder) namesake(kp *knownPerson, surname string, sex byte) bool {
	full := strings.ToLower(kp.Name)
	found := false
	for _, p := range b.persons {
		pl := strings.ToLower(p.Name)
		if pl == full {
			return false
		}
		if strings.HasSuffix(pl, " "+surname) && b.sexFits(p, sex) {
			found = true
		}
	}
	return found
}

// otherSex reports whether an honorific of sex ('m' or 'f') names
// someone other than the known person kp: kp's given name is given to
// the other sex ("Mrs Blair" is not Tony Blair).
func (d *dicts) otherSex(kp *knownPerson, sex byte) bool {
	given, _, ok := strings.Cut(kp.Name, " ")
	g := d.sex[strings.ToLower(given)]
	return ok && sex != 0 && g != 0 && g != sex
}

// lookup finds the longest lexicon phrase at toks[i], nil when i is past
// the last token (a rule asking what follows a word that ends the text).
func (d *dicts) lookup(toks []token, i int) *phrase {
	if i >= len(toks) {
		return nil
	}
	for _, p := range d.phrases[toks[i].lower] {
		if i+len(p.toks) > len(toks) {
			continue
		}
		ok := true
		for k, w := range p.toks {
			t := toks[i+k]
			if t.lower != w && !ampersandAnd(t.lower, w) || (k > 0 && t.nl) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if p.capital && !toks[i].upper {
			continue
		}
		if p.exact && strings.ToUpper(toks[i].text) != toks[i].text && !titleCaseAcronym(toks[i].text) {
			continue
		}
		return p
	}
	return nil
}

// ampersandAnd reports whether the text's word tw is an ampersand where a
// lexicon name has "and": "Food & Agriculture Organisation" and "Oil &
// Natural Gas Corp" are the names the lexicon spells with "and", and a
// second spelling of each would be a second copy to keep in step.
func ampersandAnd(tw, w string) bool {
	return tw == "&" && w == "and"
}

// otherStateParty reports whether a country other than iso is named right
// before the words [i, j) ("Canada's", "Canadian", "New Zealand's") or in
// an "of" phrase right after them and their party word ("Conservative Party
// of Canada").
func (b *builder) otherStateParty(toks []token, i, j int, iso string) bool {
	// other is the phrase at q naming a state other than iso, or nil.
	other := func(q int) *phrase {
		p := b.d.lookup(toks, q)
		if p != nil && (p.kind == phCountry || p.kind == phAdjective) && p.country != nil && p.country.ISO3 != iso {
			return p
		}
		return nil
	}
	end := i
	if end > 0 && toks[end-1].lower == "'s" {
		end--
	}
	for q := end - 1; q >= 0 && q >= end-3; q-- {
		if p := other(q); p != nil && q+len(p.toks) == end {
			return true
		}
	}
	if j < len(toks) && orgHeads[toks[j].lower] {
		j++
	}
	return j+1 < len(toks) && toks[j].lower == "of" && other(j+1) != nil
}

// chunks finds lexicon phrases and capitalized names in a sentence.
func (b *builder) chunks(toks []token) []chunk {
	var out []chunk
	sawPolice := false // noted in b.policeNamed only at the end: this sentence's police do not count (see "officers" below)
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.word {
			i++
			continue
		}
		if honorifics[strings.TrimSuffix(t.lower, ".")] && i+1 < len(toks) && toks[i+1].upper && toks[i+1].word && !toks[i+1].nl {
			// "Mr Galloway", "Ms King": a surname after an honorific is a
			// person's even when it is also a title or a place ("King",
			// "Bush" is in the lexicon as a person and stays one).
			p := b.d.lookup(toks, i+1)
			if p == nil || p.kind != phPerson && len(p.toks) == 1 && !(i+2 < len(toks) && toks[i+2].upper && toks[i+2].word) ||
				p.kind == phPerson && len(p.toks) == 1 && (b.d.otherSex(p.person, honorificSex[strings.TrimSuffix(t.lower, ".")]) ||
					b.namesake(p.person, toks[i+1].lower, honorificSex[strings.TrimSuffix(t.lower, ".")])) {
				// "Mrs Blair": a known man's surname after a woman's
				// honorific is someone else's (and so the other way);
				// "Mr Bashir" after "Martin Bashir" is Martin Bashir.
				c := b.nameRun(toks, i+1)
				c.kind, c.ph = chName, nil
				out = append(out, c)
				i = c.j
				continue
			}
		}
		p := b.d.lookup(toks, i)
		if adjectiveTitle(toks, i, p) {
			// "the UK general election", "Nintendo UK general manager":
			// the adjective, not an army general of the UK.
			p = nil
		}
		if p != nil && p.kind == phPerson && len(p.toks) == 1 && i+1 < len(toks) && toks[i+1].upper && toks[i+1].word && !toks[i+1].nl &&
			!notNames[toks[i+1].lower] && b.d.lookup(toks, i+1) == nil {
			// "Assad Omar": a known surname that opens a longer name is
			// someone else's given name.
			p = nil
		}
		if oneWordFirm(p) && !strings.EqualFold(p.org.Name, t.text) && b.personByName(t.text) != nil {
			// "James Ford ... Ford pleaded guilty": a firm's one-word
			// short name that is the surname of a person already met is
			// that person again.
			c := b.nameRun(toks, i)
			c.kind, c.ph = chName, nil
			out = append(out, c)
			i = c.j
			continue
		}
		if p != nil && p.kind == phAdjective && b.givenNameAdjective(toks, i, p) {
			// "economy minister German Gref": a nationality word between a
			// title and a lone unknown surname is the person's given name.
			out = append(out, chunk{kind: chName, i: i, j: i + 2})
			i += 2
			continue
		}
		if p != nil && p.kind == phOrg && p.org != nil && p.org.Sector == "PTY" && b.otherStateParty(toks, i, i+len(p.toks), p.org.Country) {
			// "Canada's Conservatives", "the Conservative Party of
			// Canada": a dictionary party of one state named for another
			// is that state's party, not the dictionary's. The words are
			// read as a party's name; a body or a title after them
			// ("Canada's Conservative government", "Canadian
			// Conservative leader X") is left to name the body or the
			// person.
			j := i + len(p.toks)
			if j < len(toks) {
				if q := b.d.lookup(toks, j); q != nil && (q.kind == phSector || q.kind == phTitle) {
					j = -1
				} else if orgHeads[toks[j].lower] && !toks[j].nl {
					j++
				}
			}
			if j < 0 || j < len(toks) && toks[j].lower == "of" {
				// The name goes on with its "of" phrase: nameRun reads it.
				p = nil
			} else {
				out = append(out, chunk{kind: chName, i: i, j: j, name: spanText(toks, i, j), shape: "PTY"})
				i = j
				continue
			}
		}
		if p != nil && p.kind == phSector && p.sector.Sector == "LEG" && t.upper {
			if j := billNameEnd(toks, i+len(p.toks)); j > 0 {
				// "Senate Bill 2770", "Senate Concurrent Resolution
				// 4005": a measure the chamber numbers, not the chamber.
				if debugTrig {
					println("BILL", spanText(toks, i, j))
				}
				i = j
				continue
			}
		}
		if p != nil && p.kind == phPerson && len(p.toks) == 1 && b.namesake(p.person, t.lower, 0) {
			// "Ben Thatcher ... Thatcher": a known surname after the
			// article named another of that name, and not the known
			// person, is the one it named.
			out = append(out, chunk{kind: chName, i: i, j: i + 1})
			i++
			continue
		}
		if p != nil && p.kind == phOrg && len(p.toks) == 1 && b.redefines(toks, i, p) {
			// "the Financial Services Authority (FSA) ... the FSA": the
			// article's body, not the dictionary's of that acronym.
			out = append(out, chunk{kind: chName, i: i, j: i + 1})
			i++
			continue
		}
		if p != nil && b.placeAt(toks, i) && firmHeadBefore(toks, i) {
			// "carmaker Nanjing Auto", "flag carrier Indian Airlines", "a
			// financial firm, China Life,": a place and the unknown
			// capitalised words after it, right after a noun of firms, are
			// one firm's name, not the place and a stray word.
			q := i + len(p.toks)
			k := q
			for k < len(toks) && k < q+4 && toks[k].upper && toks[k].word && !toks[k].nl && !notNames[toks[k].lower] && b.d.lookup(toks, k) == nil {
				k++
			}
			if k > q {
				out = append(out, chunk{kind: chName, i: i, j: k})
				i = k
				continue
			}
		}
		if p != nil && p.kind == phCapital && len(out) > 0 && clubCapital(toks, out[len(out)-1], i) {
			// "Real Madrid", "Atletico Madrid", "Dynamo Kiev": a capital
			// after an unknown capitalised word inside the sentence ends
			// a club's or firm's name, not the state.
			out[len(out)-1].j = i + len(p.toks)
			i += len(p.toks)
			continue
		}
		if p != nil && p.kind == phSector && p.sector != nil {
			if p.sector.Sector == "COP" {
				sawPolice = true
			} else if b.policeNamed && p.sector.Sector == "MIL" && len(p.toks) == 1 && t.lower == "officers" && p.sector.Country == "" &&
				(i == 0 || b.d.lookup(toks, i-1) == nil) {
				// "Police say ... Officers are also investigating": bare
				// officers after the article has named the police are
				// police officers, not the armed forces. Police named in
				// the same sentence do not count: "police opened an
				// inquiry into officers" are two actors, not one.
				q := *p
				q.sector = &sectorWord{Sector: "COP", Canonical: sectorCanon("COP")}
				p = &q
			}
		}
		if p != nil && firmPhrase(p) {
			if c := b.nameRun(toks, i); c.kind == chName && c.j > i+len(p.toks) && orgHeads[toks[c.j-1].lower] {
				// "Manchester United Supporters' Association": a firm's
				// (a club's) name opening a longer body's name is part of
				// it, not the firm and a stray "Association".
				out = append(out, c)
				i = c.j
				continue
			}
		}
		if p != nil {
			c := chunk{kind: p.kind, i: i, j: i + len(p.toks), ph: p}
			// "Fatah Party", "Hamas movement": a known organization named
			// with its kind.
			if p.kind == phOrg && c.j < len(toks) && orgHeads[toks[c.j].lower] && !toks[c.j].nl {
				c.j++
			}
			// "Minsk agreements", "Paris accord", "the Paris climate
			// accord", "Paris Climate Agreement": a city or place name
			// before an agreement noun, with at most two topic words
			// between them.
			if p.kind == phCapital || p.kind == phLocation {
				// "tossed Hollywood convention out": a lower-case deal or
				// convention after a place with no determiner is a custom.
				if q := placeAgreementEnd(toks, c.j); q > 0 && !(businessNouns[toks[q-1].text] && (i == 0 || !agreementDets[toks[i-1].lower])) {
					c = chunk{kind: chAgreement, i: i, j: q, place: spanText(toks, i, c.j)}
				}
			}
			out = append(out, c)
			i = c.j
			continue
		}
		if !t.upper || notNames[t.lower] && !(i+1 < len(toks) && toks[i+1].upper && toks[i+1].word && !notNames[toks[i+1].lower] && t.lower != "the") ||
			memberPlurals[t.lower] {
			// "MPs", "MEPs": members of a house, no one's name.
			i++
			continue
		}
		if notNames[t.lower] || partitives[t.lower] && i+1 < len(toks) && toks[i+1].lower == "of" ||
			occupations[t.lower] && i+2 < len(toks) && toks[i+1].upper && toks[i+1].word && toks[i+2].upper && toks[i+2].word ||
			oneWordStageName(toks, i) {
			// "Members of the Association ...": the name starts after "of".
			i++
			continue
		}
		c := b.nameRun(toks, i)
		if technicalProtocol(toks, c.i, c.j) {
			// "Internet Protocol (IP)": a network standard, neither an
			// agreement nor a body; its acronym goes with it.
			i = c.j
			if c.acro != "" {
				i += 3
			}
			continue
		}
		if c.kind == chName {
			bodyShape(toks, &c)
		}
		out = append(out, c)
		i = c.j
	}
	out = widenToAcronym(toks, out)
	out = b.placeOpensBody(toks, out)
	for k := range out {
		c := &out[k]
		if c.j < len(toks) && (toks[c.j].lower == "'s" || pluralApostrophe(toks, c.j)) {
			c.poss = true
		}
		if (c.kind == chName || c.kind == chAgreement || c.kind == chLocName) && c.name == "" {
			c.name = spanText(toks, c.i, c.j)
		}
		if c.kind == chName && c.j-c.i >= 2 && stormWords[toks[c.i].lower] {
			// "Hurricane Mitch": the article's later "Mitch" is the storm.
			if b.storms == nil {
				b.storms = map[string]bool{}
			}
			b.storms[strings.ToLower(spanText(toks, c.i+1, c.j))] = true
		}
	}
	b.policeNamed = b.policeNamed || sawPolice
	return out
}

// nameRun scans capitalized words from i: a person's name, an
// organization's name (with "of", "for" inside), an agreement or a place.
func (b *builder) nameRun(toks []token, i int) chunk {
	j := i + 1
	lastGood := j
	hasHead := orgHeads[toks[i].lower]
	agrHead := agreementHeads[toks[i].lower] // "Treaty of Rome", "Plan of Action": connectors stay
	for j < len(toks) {
		t := toks[j]
		if t.nl {
			break
		}
		if t.upper && t.word && (!notNames[t.lower] || b.monthSurname(toks, i, j)) {
			if p := b.d.lookup(toks, j); p != nil && p.kind != phSector && !(p.kind == phTitle && len(p.toks) == 1 && (j+1 >= len(toks) || !toks[j+1].upper)) && !((hasHead || agrHead && agreementPreps[toks[j-1].lower]) && nameConnectors[toks[j-1].lower]) {
				if p.kind == phPerson && b.d.given[toks[j-1].lower] {
					if j == i+1 && !otherGiven(p.person, toks[i].lower) {
						// "Recep Erdogan": a given name before a known
						// surname is that person, named in short.
						return chunk{kind: phPerson, i: i, j: j + len(p.toks), ph: p}
					}
					if len(p.toks) == 1 && otherGiven(p.person, toks[j-1].lower) {
						// "Cherie Blair": another given name before a
						// known surname is another of that family.
						j++
						lastGood = j
						continue
					}
				}
				if b.givenBeforeFirmWord(toks, i, j, p) {
					j++
					lastGood = j
					continue
				}
				break
			}
			if orgHeads[t.lower] {
				hasHead = true
			}
			if agreementHeads[t.lower] || t.lower == "plan" {
				agrHead = true
			}
			j++
			lastGood = j
			continue
		}
		if t.hyph && t.word && !t.upper && j >= i+2 && toks[j-1].upper && len(t.text) <= 3 && isLetters(t.text) && !hyphenMods[t.lower] && !hasHead && !agrHead {
			// "Moon Jae-in", "Kim Jong-un": a short lower-case syllable
			// joined to a name by a hyphen is part of it.
			j++
			lastGood = j
			continue
		}
		if t.text == "&" && toks[j-1].upper && j+1 < len(toks) && toks[j+1].upper && toks[j+1].word && !toks[j+1].nl && !notNames[toks[j+1].lower] {
			// "Marsh & McLennan", "Securities & Exchange Commission": an
			// ampersand between capitalized words joins one name.
			j++
			continue
		}
		if t.text == "'" && pluralPossessiveInName(toks, j) {
			// "the Horn of Africa Traders' Association", "the Musicians'
			// Union": the apostrophe of a plural before the body's head
			// noun is inside the name, which would otherwise be the bare
			// "Association" every such body shared.
			hasHead = true
			j += 2
			lastGood = j
			continue
		}
		if nameParticles[t.lower] || nameConnectors[t.lower] {
			// "of the Ceasefire": connectors in a row before a capitalized word.
			q := j + 1
			for q < len(toks) && q < j+3 && (nameConnectors[toks[q].lower] || nameParticles[t.lower] && nameParticles[toks[q].lower]) {
				// "van der Veer", "de la Serna": particles in a row.
				q++
			}
			if q < len(toks) && toks[q].upper && toks[q].word && !toks[q].nl {
				j = q
				continue
			}
		}
		break
	}
	j = lastGood
	// Without an organization head, "of" and "and" end the name: "Tillerson and Lavrov".
	if !hasHead {
		for k := i + 1; k < j; k++ {
			if nameConnectors[toks[k].lower] && !(agrHead && agreementConnector(toks, k, j)) {
				j = k
				break
			}
		}
	}
	c := chunk{kind: chName, i: i, j: j}
	// "Emergency Relief Coordinator": a capitalized run ending in a title
	// word is a title.
	// "Oona King" opens with a given name: a person named King; "Margaret
	// Moran MP" is the person and her title after it.
	if p := b.d.lookup(toks, j-1); p != nil && p.kind == phTitle && len(p.toks) == 1 && j-i <= 4 && !b.titleBefore(toks, i) {
		if !b.d.given[toks[i].lower] && !b.personTitleBefore(toks, i, j) {
			return chunk{kind: phTitle, i: i, j: j, ph: p}
		}
		if j-i >= 3 && toks[j-1].text == strings.ToUpper(toks[j-1].text) {
			j--
		}
	}
	if j < len(toks) {
		switch {
		case agreementNouns[toks[j].lower] && !(businessNouns[toks[j].lower] && !toks[j].upper):
			c.kind, c.j = chAgreement, j+1
		case placeNouns[toks[j].lower] && !toks[j].upper:
			c.kind = chLocName
		}
	}
	if c.kind == chName && b.namedPlace(toks, i, j) {
		c.kind = chLocName
	}
	if j > i+1 && agreementNouns[toks[j-1].lower] && toks[j-1].lower != "deal" {
		// "Bob Allen Deal" is a man: no treaty is named "... Deal".
		c.kind = chAgreement
	}
	// "Treaty of Rome": an agreement noun first; "Joint Framework on ...",
	// "... Plan of Action": an agreement word inside.
	if agreementNouns[toks[i].lower] && j > i+1 || c.kind == chName && agreementName(toks, i, j) {
		c.kind = chAgreement
	}
	if c.kind == chAgreement && i >= 2 && toks[i-1].lower == "of" && toks[i-2].upper && orgHeads[toks[i-2].lower] {
		// "Government of National Accord": the end of a body's name.
		c.kind, c.j = chName, j
	}
	if c.kind == chAgreement && c.j+2 < len(toks) && toks[c.j].text == "(" && toks[c.j+2].text == ")" && isAbbrev(toks[c.j+1].text) && !b.isCountryWord(toks, c.j+1) {
		c.acro = toks[c.j+1].text
	}
	if c.kind == chName && j+2 < len(toks) && toks[j].text == "(" && toks[j+2].text == ")" && isAbbrev(toks[j+1].text) && !b.isCountryWord(toks, j+1) {
		c.acro = toks[j+1].text
		if q := j + 3; q < len(toks) && toks[q].upper && agreementHeads[toks[q].lower] && !toks[q].nl &&
			!(q+1 < len(toks) && toks[q+1].upper && orgHeads[toks[q+1].lower]) {
			// "the Intermediate-Range Nuclear Forces (INF) Treaty": the
			// acronym inside an agreement's name.
			c.kind, c.j = chAgreement, q+1
			c.name = spanText(toks, i, j) + " " + toks[q].text
		}
	}
	return c
}

// personTitleBefore reports whether the capitalized run toks[i:j], ending
// in upper-case post-nominal letters, follows a lower-case title word:
// "former welfare minister Frank Field MP" is a man whose given name the
// dictionary leaves out (it is also a common word), not a seat such as
// "the Bolton West MP".
func (b *builder) personTitleBefore(toks []token, i, j int) bool {
	if i == 0 || j-i < 3 || !postNominals[toks[j-1].text] || toks[i-1].upper {
		return false
	}
	p := b.d.lookup(toks, i-1)
	return p != nil && p.kind == phTitle && len(p.toks) == 1
}

// titleBefore reports whether a title ends right before token i ("Mayor
// Dayton King"): the capitalized run after it is the holder's name, even
// when its last word is a title too.
func (b *builder) titleBefore(toks []token, i int) bool {
	for n := 1; n <= 3 && i-n >= 0; n++ {
		if p := b.d.lookup(toks, i-n); p != nil && p.kind == phTitle && len(p.toks) == n && toks[i-n].upper && !toks[i].nl {
			return true
		}
	}
	return false
}

// pluralApostrophe reports a bare apostrophe at k glued to a capitalized name ending in
// "s" and followed by a lower-case word: the possessive "Jaynes' lawyer",
// "Kenteris' coach", not a closing quote.
func pluralApostrophe(toks []token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].text == "'" && toks[k].start == toks[k-1].end && toks[k-1].upper &&
		strings.HasSuffix(toks[k-1].lower, "s") && toks[k+1].word && !toks[k+1].upper
}

// bodyShapes are the lower-case nouns (and "NGO") that, right after a name
// no dictionary knows, say what kind of body the name is: "the Juarez drug
// cartel", "the Austin-Morris company", "The Standing Together NGO". The
// value is the body's sector: CRM is CAMEO's criminal organizations.
var bodyShapes = map[string]string{
	"cartel": "CRM", "gang": "CRM", "syndicate": "CRM",
	"company": "BUS",
	"ngo":     "NGO",
	// "the Hirak movement", "the Stop War coalition", "the Green
	// alliance": a body of no kind the noun tells (ORG gives no code).
	"movement": "ORG", "coalition": "ORG", "alliance": "ORG",
}

// bodyShape widens unknown name c over the body noun after it, with at
// most one lower-case word between ("drug", "car"), and records the body's
// sector in c.shape: the name is then an organization's (a gang's or a
// cartel's a group's), of no country unless its own words or an adjective
// before it name one. A name in quotes keeps its closing quote inside
// ("the 'Neeraj Bawana' gang"). It leaves c alone when
//   - the name is already a body's by its own words or acronym;
//   - it is one word opening the sentence ("Cable company NTL", "Total
//     company sales": a capital the sentence gives) or one word that
//     describes a firm ("the European company");
//   - an apostrophe after it is a possessive ("Gates' company": the
//     owner's firm, not one named after him);
//   - a name or a noun follows the body noun ("Record company SonyBMG",
//     "the Zetas cartel leader": the noun describes what follows).
func bodyShape(toks []token, c *chunk) {
	if c.acro != "" || looksLikeOrg(toks, c) || c.j-c.i == 1 && (c.i == 0 || companyFirst[toks[c.i].lower]) {
		return
	}
	if c.j-c.i >= 2 && toks[c.j-1].text == "NGO" {
		// "The Open Doors Together NGO": the body noun closes the name.
		c.shape = "NGO"
		return
	}
	q := c.j
	if q < len(toks) && toks[q].text == "'" {
		if c.i == 0 || toks[c.i-1].text != "'" {
			return
		}
		q++
	}
	mid := q
	if q < len(toks) && toks[q].word && !toks[q].upper && bodyShapes[toks[q].lower] == "" && isNounish(toks[q].lower) &&
		!determiners[toks[q].lower] && !strings.HasSuffix(toks[q].lower, "s") {
		q++
	}
	if q >= len(toks) || toks[q].nl || !toks[q].word {
		return
	}
	sec := bodyShapes[toks[q].lower]
	if sec == "" || toks[q].upper && toks[q].text != "NGO" || !toks[q].upper && toks[q].lower == "ngo" {
		return
	}
	if n := q + 1; n < len(toks) && toks[n].word && !toks[n].nl && !notNames[toks[n].lower] && (toks[n].upper || isNounish(toks[n].lower) && !determiners[toks[n].lower]) {
		return
	}
	if sec == "ORG" && c.j-c.i == 1 && describesPeople(toks[c.i].lower) {
		// "a Muslim group", "the Kurdish movement": a people or a faith
		// describes the body; no name.
		return
	}
	c.name = spanText(toks, c.i, c.j) + " " + spanText(toks, mid, q+1)
	c.j, c.shape = q+1, sec
}

// describesPeople reports whether w, a capitalized word in lower case,
// names a faith, a people or a region rather than a body ("Muslim",
// "Kurdish", "Islamist", "Arab"): by the word lists, else by a suffix of
// nationality or belief.
func describesPeople(w string) bool {
	if faithWords[w+"s"] || regionAdjectives[w] {
		return true
	}
	for _, suf := range []string{"ish", "ist", "ic", "ian", "ese"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// redefines reports whether the acronym at i, which the dictionary gives
// the body of p, names another body in this article: one the article
// named in full with it ("the Financial Services Authority (FSA)"), read
// before or just before it in this sentence.
func (b *builder) redefines(toks []token, i int, p *phrase) bool {
	if r := b.aliases[toks[i].lower]; r != nil {
		return r.Kind != KindPerson && r.ID != "org:"+p.org.ID
	}
	if i < 2 || toks[i-1].text != "(" || i+1 >= len(toks) || toks[i+1].text != ")" {
		return false
	}
	// The name before the parenthesis, its initials the acronym.
	s := i - 1
	for s > 0 && (toks[s-1].upper && toks[s-1].word || nameConnectors[toks[s-1].lower] || toks[s-1].text == "'" || toks[s-1].lower == "'s") {
		s--
		if toks[s].upper && initials(spanText(toks, s, i-1)) == toks[i].text {
			name := spanText(toks, s, i-1)
			return !b.namesOrg(&entRef{ID: "org:" + p.org.ID, Name: p.org.Name}, name)
		}
	}
	return false
}

// widenToAcronym gives a body's name the words before it that its acronym
// spells: in "the Confederation of British Industry (CBI)", "the London
// Stock Exchange (LSE)" and "the British Bankers' Association (BBA)" a
// nationality or a city opens the name and is read on its own, leaving
// "Industry", "Stock Exchange" and "Association"; the initials of the
// wider span are the acronym, so the name is that span, the chunks it
// covers dropped.
func widenToAcronym(toks []token, out []chunk) []chunk {
	for k := 0; k < len(out); k++ {
		c := &out[k]
		if c.kind != chName || c.acro == "" || initials(spanText(toks, c.i, c.j)) == c.acro || agreementNouns[toks[c.j-1].lower] {
			// "the Chile-Peru-Bolivia Agreement (CPBA)" is read as an
			// agreement of those states elsewhere.
			continue
		}
		start := -1
		for s := c.i - 1; s >= 0 && s >= c.i-6; s-- {
			t := toks[s]
			if toks[s+1].nl || !t.word && t.text != "'" && t.lower != "'s" || t.word && !t.upper && !nameConnectors[t.lower] {
				break
			}
			if t.upper && initials(spanText(toks, s, c.j)) == c.acro {
				start = s
				break
			}
		}
		if start < 0 {
			continue
		}
		c.i = start
		c.name = strings.ReplaceAll(strings.ReplaceAll(spanText(toks, start, c.j), " ' ", "' "), " 's ", "'s ")
		c.ph, c.poss = nil, false
		n := k
		for n > 0 && out[n-1].j > start {
			n--
		}
		out = append(out[:n], out[k:]...)
		k = n
	}
	return out
}

// placeOpensBody gives a body's name the city or place right before it:
// "the Tokyo Stock Exchange", "the New York Stock Exchange", "Delhi
// University Students Union". Read apart, the place is a mention of its
// own and every such body is the bare "Stock Exchange" of the article, so
// two exchanges in one sentence are one actor. Only a capitalized name the
// name rules read whole, ending in a firm's or a body's head word
// (firmNameEnds, orgHeads), is widened; one whose words name a part of a
// state ("Delhi High Court", "Kabul Police": the country's judiciary and
// police by the sector words) keeps the older reading, as does a name
// whose acronym already decided its span (widenToAcronym).
func (b *builder) placeOpensBody(toks []token, out []chunk) []chunk {
	for k := 1; k < len(out); k++ {
		pl, c := out[k-1], &out[k]
		if c.kind != chName || c.acro != "" || pl.ph == nil || pl.kind != phCapital && pl.kind != phLocation ||
			pl.j != c.i || pl.poss || toks[c.i].nl {
			continue
		}
		last := toks[c.j-1].lower
		firm := firmNameEnds[last]
		if firm == "" && !orgHeads[last] || b.namesStatePart(toks, c.i, c.j) {
			continue
		}
		if !looksLikeOrg(toks, c) {
			// "Stock Exchange": a firm's end word, no body's head; the
			// shape makes nameRef read it as a body of that sector.
			c.shape = firm
		}
		c.i = pl.i
		c.name = spanText(toks, c.i, c.j)
		out = append(out[:k-1], out[k:]...)
		k--
	}
	return out
}

// firmPhrase reports whether dictionary phrase p names a firm (a club such
// as "Manchester United" is one).
func firmPhrase(p *phrase) bool {
	return p.kind == phOrg && p.org != nil && p.org.Sector == "BUS"
}

// namesStatePart reports whether a word of toks[i:j] is a sector word of a
// state's part (government, armed forces, police, parliament, courts).
func (b *builder) namesStatePart(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if p := b.d.lookup(toks, k); p != nil && p.kind == phSector && p.sector != nil && stateSectors[p.sector.Sector] {
			return true
		}
	}
	return false
}

// isCountryWord reports whether the token at k names a country ("(US)"
// after a name is where someone is from, not an acronym).
func (b *builder) isCountryWord(toks []token, k int) bool {
	p := b.d.lookup(toks, k)
	return p != nil && p.country != nil
}

func spanText(toks []token, i, j int) string {
	var sb strings.Builder
	for k := i; k < j; k++ {
		if k > i && toks[k].text == "'" {
			// "Traders' Association": a plural's apostrophe stays on its word.
		} else if k > i && !toks[k].hyph {
			sb.WriteByte(' ')
		} else if k > i {
			sb.WriteByte('-')
		}
		sb.WriteString(toks[k].text)
	}
	return sb.String()
}

// hyphenMods joined to an affiliation keep it: "Vietnamese-led forces".
var hyphenMods = toSet(`led backed based owned run controlled held allied`)

// backerMods joined to an affiliation name who stands behind a body, not
// whose it is: "Iran-backed militias", "a UN-sponsored government", "an
// Iran-allied group" belong to their own country (or the place they are
// in), not to the backer; "Vietnamese-led forces" (hyphenMods) are
// Vietnam's.
var backerMods = toSet(`backed allied sponsored supported funded aligned`)

// backedBy reports whether chunk c is the backer in "c-backed ...".
func backedBy(toks []token, c chunk) bool {
	return !c.poss && c.j < len(toks) && toks[c.j].hyph && backerMods[toks[c.j].lower]
}

// ownedElsewhere reports whether the text says whose the body at chunks[n]
// is other than by its backer: a nationality of its own ("Russia-backed
// Syrian regime") or a country it is in ("UN-backed government in
// Libya"). With neither, "Iran-backed militias" stay Iran's: the text gives
// nothing better.
func (b *builder) ownedElsewhere(toks []token, chunks []chunk, n int) bool {
	if n >= len(chunks) {
		return false
	}
	c := chunks[n]
	if isAffil(c) {
		return true
	}
	if c.kind == chName && n+1 < len(chunks) && chunks[n+1].i == c.j && chunks[n+1].kind == phSector {
		return b.ownedElsewhere(toks, chunks, n+1) // "US-backed Kurdish fighters in Syria"
	}
	if c.kind != phSector {
		return false
	}
	q := c.j
	if q < len(toks) && !toks[q].upper && isNounish(toks[q].lower) && !prepositions[toks[q].lower] {
		q++ // "militia groups in"
	}
	if q+1 >= len(toks) || toks[q].lower != "in" {
		return false
	}
	q++
	if toks[q].lower == "the" && q+1 < len(toks) {
		q++
	}
	return b.isCountryWord(toks, q)
}

// lesserMods before a title name an office under or beside it.
var lesserMods = toSet(`deputy assistant shadow junior`)

// genericTitle is a head's title any body may have (titles.tsv "Leader"
// and "Official": leader, chief, chairman, director, coordinator,
// commissioner), coded GOV only when a state is its body.
func genericTitle(t *title) bool {
	return t.Sector == "GOV" && (t.Canonical == "Leader" || t.Canonical == "Official")
}

// fieldBeforeTitle are lower-case fields written right before a generic
// title: the person heads a sport, an art, a firm's function or a union,
// not an office of state. The value is the sector the person keeps.
var fieldBeforeTitle = map[string]string{
	"film": "", "music": "", "musical": "", "artistic": "", "art": "", "arts": "", "fashion": "", "theatre": "",
	"casting": "", "creative": "", "festival": "", "museum": "",
	"tennis": "", "football": "", "rugby": "", "cricket": "", "golf": "", "boxing": "", "athletics": "",
	"racing": "", "cycling": "", "swimming": "", "hockey": "", "sporting": "", "sports": "", "sport": "",
	"olympic": "", "team": "", "club": "",
	"technical": "", "research": "", "development": "",
	"marketing": "BUS", "sales": "BUS", "managing": "BUS", "business": "BUS", "industry": "BUS", "company": "BUS",
	"union": "LAB", "unions": "LAB",
}

// presidency is a president's title ("President", "Vice President"): a
// state's office when nothing else is named, but clubs, firms, societies
// and federations have presidents too.
func presidency(t *title) bool {
	return t.Sector == "GOV" && (t.Canonical == "President" || t.Canonical == "Vice President")
}

// firmTitleWords are generic titles that, after a nationality adjective
// alone, name a film's, a firm's or a board's head far more often than a
// state's officer: "Dutch director X", "British co-chairman Y". (A
// "Palestinian leader" or an "Iraqi official" stays the state's.)
var firmTitleWords = toSet(`director chairman chairwoman chair`)

// noStateBefore reports whether what stands before title chunk c says the
// title is no office of state, so that the person keeps a country but not
// its government: a nationality adjective before a board's or a film's
// title ("Dutch director X": the Netherlands, not its government), a city
// before "president" ("the Madrid president": a club's), or a body the
// text names before "president" that is not the state ("Ifo president X",
// "Real Madrid president Y"). A possessive country ("Spain's director
// general for Europe"), a state body ("Federal Reserve chairman", "KRG
// President X" for a regional government) or a dateline's capital
// ("MANILA -- President X") keeps the office the state's.
func (b *builder) noStateBefore(toks []token, affil, nameBody *chunk, c *chunk, t *title) bool {
	switch {
	case genericTitle(t):
		return affil != nil && (affil.kind == phAdjective || affil.kind == phCountry) && !affil.poss && c.i-affil.j <= 2 && firmTitleWords[toks[c.j-1].lower]
	case presidency(t):
		if affil != nil {
			return affil.kind == phCapital && c.i == affil.j && affil.i > 0 && toks[affil.i-1].word
		}
		if nameBody == nil {
			return false
		}
		r := b.bodyBeforeTitleRef(nameBody.name, "")
		return r != nil && !(r.Kind == KindCountry || r.Sector == "IGO" || stateSectors[r.Sector] || stateBodyName(r.Name))
	}
	return false
}

// titleModifiers may sit between an affiliation and a title.
var titleModifiers = toSet(`former outgoing acting deputy vice interim then new top senior ousted chief ex incoming assistant first
regional`)

func isAffil(c chunk) bool {
	switch c.kind {
	case phCountry, phAdjective, phCapital, phSeat, phOrg:
		return true
	}
	return false
}

// mentions turns chunks into actor, agreement and location mentions.
func (b *builder) mentions(toks []token, chunks []chunk, sentStart bool) []mention {
	var out []mention
	clear(b.sentNamed)
	for k := 0; k < len(chunks); {
		// Collect a run of adjacent chunks: affiliation, sector, titles, name.
		run := []chunk{chunks[k]}
		n := k + 1
		for n < len(chunks) {
			prev := run[len(run)-1]
			if next := &chunks[n]; prev.poss && prev.kind == phTitle && (next.kind == phTitle || next.kind == chName && !looksLikeOrg(toks, next)) {
				// "the president's spokesman", "the foreign secretary's
				// official Kent house": a title or name after a title's
				// possessive is someone or something else, while "the
				// Information Commissioner's Office" is the one body.
				break
			}
			gapEnd := prev.j
			if prev.poss {
				gapEnd++
			}
			if backedBy(toks, prev) && b.ownedElsewhere(toks, chunks, n) {
				break // "Iran-backed militias in Iraq" are not Iran's militias
			}
			for gapEnd < chunks[n].i && (titleModifiers[toks[gapEnd].lower] || toks[gapEnd].hyph && hyphenMods[toks[gapEnd].lower]) {
				gapEnd++
			}
			if prev.kind == phTitle && (chunks[n].kind == chName || chunks[n].kind == phPerson) && gapEnd+1 == chunks[n].i && titleHonorifics[toks[gapEnd].lower] &&
				!(len(run) == 1 && prev.i > 0 && toks[prev.i-1].upper && toks[prev.i-1].word && !notNames[toks[prev.i-1].lower] && (k == 0 || chunks[k-1].j != prev.i || chunks[k-1].kind == chName && !looksLikeOrg(toks, &chunks[k-1]) && b.aliases[strings.ToLower(chunks[k-1].name)] == nil)) &&
				!shadowBefore(toks, prev.i) {
				// "Attorney General Lord Goldsmith", "Health Secretary Dr
				// John Reid": an honorific between a title and a name
				// leaves the title the person's. Not the tail of an office
				// no dictionary knows ("Auditor General Sir X": "General"
				// alone is a rank) nor a shadow post ("Shadow sports
				// minister Lord X" holds no office of state).
				gapEnd++
			}
			// "French paper workers", "Iran's religious leader": one or two
			// plain words between an affiliation and its sector or title.
			if isAffil(prev) && (chunks[n].kind == phSector || chunks[n].kind == phTitle) && chunks[n].i > gapEnd && chunks[n].i <= gapEnd+2 {
				plain := true
				for q := gapEnd; q < chunks[n].i; q++ {
					w := toks[q].lower
					if !toks[q].word || toks[q].upper || determiners[w] || prepositions[w] || beForms[w] || w == "and" || w == "or" || len(b.d.verbs[w]) > 0 {
						plain = false
					}
				}
				if plain {
					gapEnd = chunks[n].i
				}
			}
			if chunks[n].i != gapEnd {
				break
			}
			if toks[chunks[n].i].dash && chunks[n].kind == phSector && afterPostmodifier(toks, chunks[n].j, min(chunks[n].j+3, len(toks))) {
				// "CAIRO -- Forces loyal to X": the dateline's place does
				// not own a sector word that says whose side it is on.
				break
			}
			// Two affiliations side by side are two actors ("US-Russia"),
			// except a nationality before a people: "Bosnian Serbs" are
			// people of Bosnia.
			if isAffil(prev) && isAffil(chunks[n]) {
				c := chunks[n]
				if prev.kind == phAdjective && c.kind == phAdjective && !c.hyph(toks) && c.j-c.i == 1 && strings.HasSuffix(toks[c.i].lower, "s") && len(run) == 1 {
					owner := b.affilRef(&prev)
					if body := b.bodyRef(owner, &sectorWord{Sector: "CVL", Canonical: "civilians"}, ""); body != nil {
						out = append(out, mention{i: prev.i, j: c.j, ref: body, poss: c.poss, ctx: true})
						run = nil
						n++
					}
				}
				break
			}
			if prev.kind == phLocation && chunks[n].kind == phSector && prev.ph.loc.Country != "" {
				// "Darfur rebels": a sector of the region's country.
				run = append(run, chunks[n])
				n++
				break
			}
			if len(run) == 1 && n+1 < len(chunks) && b.bodyBeforeTitle(toks, []chunk{prev, chunks[n], chunks[n+1]}, 0) {
				// "Euronext chief executive X": the name before the title
				// is the body's, read with the title and the person.
				run = append(run, chunks[n])
				n++
				continue
			}
			if prev.kind == chName || prev.kind == phPerson || prev.kind == chAgreement || prev.kind == chLocName || prev.kind == phLocation {
				break
			}
			run = append(run, chunks[n])
			n++
		}
		if len(run) == 1 && isAffil(run[0]) && backedBy(toks, run[0]) && b.ownedElsewhere(toks, chunks, n) {
			// "Russia-backed Syrian regime": the backer is not an actor of
			// the sentence's acts.
			k = n
			continue
		}
		if m, next, ok := b.titleOfPlace(toks, chunks, run, n); ok {
			// "the premier of Quebec": the place's body, not a role of
			// no country (title_of_place.go).
			out = append(out, m)
			k = next
			continue
		}
		// "rebels in the Ivory Coast", "opposition groups in Zimbabwe": a
		// sector word owned by the country after it; not an act noun
		// whose doer follows "from" ("faces opposition from the US").
		demonym := len(run) == 1 && run[0].kind == phAdjective && run[0].j-run[0].i == 1 && strings.HasSuffix(toks[run[0].i].lower, "s")
		ownedByPronoun := len(run) == 1 && run[0].i > 0 && (toks[run[0].i-1].lower == "its" || toks[run[0].i-1].lower == "their" || toks[run[0].i-1].lower == "his" || toks[run[0].i-1].lower == "her")
		if !ownedByPronoun && (demonym || len(run) == 1 && run[0].kind == phSector && run[0].ph.sector.Country == "" && n < len(chunks) && !sentForces(toks, run[0])) {
			sw := &sectorWord{Sector: "CVL", Canonical: "civilians"}
			if !demonym {
				sw = run[0].ph.sector
			}
			q := run[0].j
			if q < len(toks) && (toks[q].lower == "in" || toks[q].lower == "of" || toks[q].lower == "from" && !b.d.fromDoerNoun(toks[q-1].lower)) {
				q++
				if q < len(toks) && toks[q].lower == "the" {
					q++
				}
				if q+1 < len(toks) && !toks[q].upper && toks[q].word && !prepositions[toks[q].lower] && toks[q+1].upper {
					q++ // "the defeated Fatah Party"
				}
				if c := chunks[min(n, len(chunks)-1)]; n < len(chunks) && c.i == q && (c.kind == phCountry || c.kind == phCapital || (c.kind == phOrg || c.kind == phAdjective) && !demonym) {
					owner := b.affilRef(&chunks[n])
					if body := b.bodyRef(owner, sw, ""); body != nil {
						out = append(out, mention{i: run[0].i, j: c.j, ref: body, poss: c.poss, ctx: true})
						k = n + 1
						continue
					}
				}
			}
		}
		if nationalityOfWork(toks, run) {
			k = n // "US drama 24", "British TV": no state acts
			continue
		}
		// "A US woman", "a British terror suspect", "Polish MEPs": a
		// nationality before a noun for a private person (or a member of
		// parliament) names people of that country, not its state. Before
		// a name ("German teenager Sven Jaschen") it describes that person.
		// "Polish MEPs": the capitalised noun is a name chunk of its own.
		nameNoun := len(run) == 2 && run[1].kind == chName && run[1].i == run[0].j && run[1].j-run[1].i == 1 && nationalPeople[toks[run[1].i].lower] != ""
		if (len(run) == 1 || nameNoun) && (run[0].kind == phCountry || run[0].kind == phAdjective) && !run[0].poss && run[0].j-run[0].i == 1 {
			q := run[0].j
			for s := 0; s < 2 && q+1 < len(toks) && nationalPeople[toks[q].lower] == "" && toks[q].word && !toks[q].upper && !toks[q].hyph && !determiners[toks[q].lower] && !prepositions[toks[q].lower] && !beForms[toks[q].lower] && len(b.d.verbs[toks[q].lower]) == 0; s++ {
				q++
			}
			if sec := nationalPeople[toks[min(q, len(toks)-1)].lower]; q < len(toks) && sec != "" && !(q+1 < len(toks) && toks[q+1].upper) && (nameNoun || n >= len(chunks) || chunks[n].i > q) {
				sw := &sectorWord{Sector: "CVL", Canonical: "civilians"}
				if sec == "LEG" {
					sw = &sectorWord{Sector: "LEG", Canonical: "parliament"}
				}
				if body := b.bodyRef(b.affilRef(&run[0]), sw, ""); body != nil {
					out = append(out, mention{i: run[0].i, j: q + 1, ref: body, ctx: true})
					k = n
					continue
				}
			}
		}
		if len(run) > 0 {
			n0 := len(out)
			out = append(out, b.interpret(toks, run)...)
			b.itsTitleOwner(toks, run, out, n0)
			named := false
			for _, c := range run {
				named = named || c.kind == chName || c.kind == phPerson
			}
			for _, m := range out[n0:] {
				if m.person {
					b.touch(m.ref)
					if named && !m.poss {
						// "X's spokesman declined to say whether the
						// prime minister ...": X may be that minister.
						if b.sentNamed == nil {
							b.sentNamed = map[*entRef]bool{}
						}
						b.sentNamed[m.ref] = true
					}
				}
			}
		}
		k = n
	}
	out = b.clubFans(toks, b.sharedHeads(toks, b.appositions(toks, chunks, out)))
	b.openingItsApposition(toks, chunks, out)
	b.fromPlaceCountry(toks, out)
	return out
}

// fromPlaceCountry gives a person the text leaves without a country the
// country of the place an apposition says they are from ("Ann Lowe, from
// Leeds, said", "..., held X, 34, from Leeds."): what the text says of the
// person, not the last country named (roles89, issue 11). A place of no
// known country, a person of a title or a body, and a place that is a
// list's first item or goes on ("from Leeds to York") leave it be.
func (b *builder) fromPlaceCountry(toks []token, out []mention) {
	for n := 0; n+1 < len(out); n++ {
		m, pl := out[n], out[n+1]
		if !m.person || m.ref == nil || m.ref.Country != "" || m.ref.roleTail != nil || m.ref.roleTitle != "" {
			continue
		}
		q := m.j
		if q+2 < len(toks) && toks[q].text == "," && isDigitStart(toks[q+1].lower) && toks[q+2].text == "," {
			q += 2 // "Ann Lowe, 34, from Leeds": the age first
		}
		if q+2 >= len(toks) || toks[q].text != "," || toks[q+1].lower != "from" || pl.i != q+2 || pl.ref == nil || pl.person {
			continue
		}
		if pl.j < len(toks) && toks[pl.j].text != "," && toks[pl.j].text != "." {
			continue
		}
		iso := ""
		switch {
		case pl.loc:
			iso = pl.ref.locCountry
		case pl.ref.Kind == KindCountry:
			// "from London", "from Iraq": a capital or the country.
			iso = pl.ref.Country
		}
		ct := b.d.byISO[iso]
		if iso == "" || ct == nil {
			continue
		}
		// The code keeps the person's sector, as every other country
		// given to an actor does ("GBR" + "BUS").
		m.ref.Country, m.ref.Code = iso, ct.Cameo+m.ref.Sector
	}
}

// itsTitleOwner gives the person of a title-and-name run opened by "its"
// ("Yukos said its founder X", "the bank replaced its chairman Y") the
// organization named last before it in the sentence, whose the title is:
// without it the role had no body and so no country (roles89). Only a
// person whose title has no body yet is touched, and only when no other
// person nor any capitalized word stands between the organization and "its".
func (b *builder) itsTitleOwner(toks []token, run []chunk, out []mention, n0 int) {
	if run[0].kind != phTitle || run[0].i == 0 || toks[run[0].i-1].lower != "its" {
		return
	}
	var ttl *title
	var p *entRef
	for _, m := range out[n0:] {
		if m.person && m.ref != nil && m.ref.roleTail == nil && m.ref.roleTitle != "" && !m.ref.dictRole {
			p, ttl = m.ref, run[0].ph.title
			break
		}
	}
	if p == nil || ttl == nil || p.roleTitle != ttl.Canonical {
		return
	}
	for k := n0 - 1; k >= 0; k-- {
		switch r := out[k].ref; {
		case r == nil || out[k].loc || out[k].ctx:
			continue
		case out[k].person || r.Kind != KindOrganization:
			return
		default:
			for q := out[k].j; q < run[0].i; q++ {
				_, month := months[toks[q].lower]
				if toks[q].word && toks[q].upper && !isWeekday(toks[q].lower) && !month {
					// "AMF sued Vivendi, its chief executive X": a
					// name no dictionary knows may be the owner.
					return
				}
			}
			b.giveRole(p, ttl, r)
			return
		}
	}
	if owner := b.openingItsOwner(toks, run[0].i-1); owner != nil {
		b.giveRole(p, ttl, owner)
	}
}

// openingItsApposition gives the person of "Its <title>, X" that opens a
// sentence ("Its director general, X, said") the role of that title in the
// body the "its" stands for (openingItsOwner). The title has no body of its
// own in the sentence, so appositions leaves it; only a person with no
// role body yet, named right after the comma and followed by a comma, the
// sentence's end or a verb of saying, is touched.
func (b *builder) openingItsApposition(toks []token, chunks []chunk, out []mention) {
	for _, ch := range chunks {
		if ch.kind != phTitle || ch.ph == nil || ch.ph.title == nil || ch.i == 0 || toks[ch.i-1].lower != "its" || ch.j >= len(toks) || toks[ch.j].text != "," {
			continue
		}
		for _, c := range out {
			if !c.person || c.ref == nil || c.i != ch.j+1 || c.ref.roleTail != nil || c.ref.dictRole {
				continue
			}
			if c.j < len(toks) && toks[c.j].word && !sayVerbs[toks[c.j].lower] {
				continue
			}
			if owner := b.openingItsOwner(toks, ch.i-1); owner != nil {
				b.giveRole(c.ref, ch.ph.title, owner)
			}
		}
		return
	}
}

// openingItsOwner is the body an "its" that opens the sentence stands for
// ("Age Concern argued ... . Its director general, X, said"): the one body
// the previous sentence's main clause was about (mainItSubject), the same
// reading a sentence-opening "it" gets. Nil when anything but a quotation
// mark or "and/but" stands before "its", or when the previous sentence gave
// no single organization for "it": the title is never given the nearest
// body by guess (title90). A country is left out: "The Kenya Rugby Union
// met ... But its president X" may leave "it" the country of a body the
// lexicon does not know.
func (b *builder) openingItsOwner(toks []token, its int) *entRef {
	for q := 0; q < its; q++ {
		if toks[q].word && toks[q].lower != "and" && toks[q].lower != "but" {
			return nil
		}
	}
	if b.itMainSent == 0 || b.itMainSent != b.sents || len(b.itMain) != 1 {
		return nil
	}
	if r := b.itMain[0]; r != nil && r.Kind == KindOrganization {
		return r
	}
	return nil
}

// generalHeads are nouns a lower-case "general" modifies as an adjective
// ("general election", "general manager", "general strike").
var generalHeads = toSet(`election elections manager managers meeting meetings public strike strikes assembly rule counsel release`)

// adjectiveTitle tells a one-word title that is an adjective here: a
// lower-case "general" before a noun it modifies, which the title list
// would otherwise read as a military commander of the country before it.
func adjectiveTitle(toks []token, i int, p *phrase) bool {
	return p != nil && p.kind == phTitle && len(p.toks) == 1 && !toks[i].upper && toks[i].lower == "general" &&
		i+1 < len(toks) && generalHeads[toks[i+1].lower]
}

// fanWords name a club's followers when written right after its name.
var fanWords = toSet(`fans supporters`)

// clubFans reads a club's name used as a modifier of "fans" or
// "supporters" ("United supporters opposed the bids", "Juventus fans
// attacked the police") as the people of the club's country who follow
// it, not the club: the club (a firm) neither opposes nor attacks.
func (b *builder) clubFans(toks []token, out []mention) []mention {
	for k := range out {
		m := &out[k]
		r := m.ref
		if r == nil || m.person || m.poss || r.Kind != KindOrganization || r.Sector != "BUS" || !clubName(r.Name) || b.d.byISO[r.Country] == nil {
			continue
		}
		end := m.j
		if !fanWords[toks[m.j-1].lower] {
			if m.j >= len(toks) || !fanWords[toks[m.j].lower] {
				continue
			}
			end = m.j + 1
		}
		if fans := b.bodyRef(b.countryRef(b.d.byISO[r.Country]), personSector, ""); fans != nil {
			m.ref, m.j, m.club = fans, end, r
		}
	}
	return out
}

// sharedHeads gives nationality adjectives in a list the head noun of the
// last one: "Russian, Belarusian and Iranian officials" are three
// governments' officials, not two states and one government.
func (b *builder) sharedHeads(toks []token, out []mention) []mention {
	for m := len(out) - 1; m > 0; m-- {
		body := out[m].ref
		if body == nil || body.sw == nil || out[m].person {
			continue
		}
		if p := b.d.lookup(toks, out[m].i); p == nil || p.kind != phAdjective {
			continue
		}
		for q := m - 1; q >= 0; q-- {
			p := &out[q]
			if p.ref == nil || p.ref.Kind != KindCountry || p.poss || !listGap(toks, p.j, out[q+1].i) {
				break
			}
			if ph := b.d.lookup(toks, p.i); ph == nil || ph.kind != phAdjective || p.j-p.i != len(ph.toks) {
				break
			}
			if r := b.bodyRef(p.ref, body.sw, ""); r != nil {
				p.ref = r
			}
			m = q
		}
	}
	return out
}

// listGap reports whether toks[i:j] only join items of a list: ",", "and",
// "or", ", and".
func listGap(toks []token, i, j int) bool {
	if j <= i || j-i > 2 {
		return false
	}
	for k := i; k < j; k++ {
		if w := toks[k].lower; w != "," && w != "and" && w != "or" {
			return false
		}
	}
	return true
}

// countryNouns stand for a country already named: "the country's foreign
// minister".
var countryNouns = toSet(`country nation kingdom republic state government`)

// roleLinks join a title to the body it serves: "a spokesman for the
// ministry", "the head of the commission".
var roleLinks = toSet(`for of at in with to`)

// appositions reads the names and titles set off by commas:
//
//	Sergei Lavrov, Russia's foreign minister        (title mention after)
//	Jonas Petraitis, a spokesman for the ministry   (bare title, then its body)
//	Marta Kowalczyk, the country's foreign minister (a country named earlier)
//	The Kenyan foreign minister, Raila Odhiambo,    (title first)
//
// The person takes the title as a role in the body or country, and the
// mention covers the whole apposition.
func (b *builder) appositions(toks []token, chunks []chunk, out []mention) []mention {
	for m := 0; m < len(out); m++ {
		a := &out[m]
		if a.ref == nil {
			continue
		}
		if b.titleOfBodyComma(toks, chunks, out, m) {
			out = append(out[:m], out[m+1:]...)
			continue
		}
		// Title first: "The Kenyan foreign minister, Raila Odhiambo, said",
		// "Spain's envoy to the UN, Jose Arce,".
		if comma := b.titleComma(toks, a.j); !a.person && a.title != nil && a.ref.roleTail != nil && comma >= 0 {
			n := m + 1
			for n < len(out) && out[n].i <= comma {
				n++
			}
			if n < len(out) {
				c := &out[n]
				if c.person && c.title == nil && c.ref != nil && c.i == comma+1 && c.ref.roleTitle == "" && (c.j >= len(toks) || !toks[c.j].word || sayVerbs[toks[c.j].lower]) {
					b.giveRole(c.ref, a.title, a.ref.roleTail)
					// The mention covers the title, its complement and
					// the name: "the UN" in "envoy to the UN" is where
					// the office is, not an actor beside the person.
					c.i, c.title = a.i, a.title
					out = append(out[:m], out[n:]...)
					continue
				}
				if c.person && c.ref != nil && c.i == comma+1 && (c.title != nil || c.ref.roleTitle != "") && (c.ref.Country == "" || c.ref.Country == a.ref.Country) &&
					(c.j >= len(toks) || !toks[c.j].word || sayVerbs[toks[c.j].lower] || !toks[c.j].upper && toks[c.j].lower != "and" && toks[c.j].lower != "or" && !prepositions[toks[c.j].lower]) {
					// "Qatar's emir, Sheikh X, met", "Pakistan's military
					// ruler, Gen. X,": a style or rank before the name, or
					// an office the dictionary gives, and the title before
					// the comma describe one person: one actor, not the
					// state's body beside the person.
					if c.ref.roleTitle == "" || c.ref.Country == "" {
						b.giveRole(c.ref, a.title, a.ref.roleTail)
					}
					c.i = a.i
					out = append(out[:m], out[n:]...)
					continue
				}
			}
		}
		// A title the dictionary alone gives a known person yields to one
		// an apposition closed by a comma gives ("Gordon Brown, the
		// chancellor, said": people.tsv has his later office).
		dictOnly := a.person && a.title != nil && a.ref.dictRole
		if b.headBeforeName(toks, out, m) {
			continue // "NAO head Sir John Bourn"
		}
		if a.j < len(toks) && toks[a.j].text != "," && b.bodyAfterName(toks, out, m) {
			continue // "Simon Hart of the Countryside Alliance"
		}
		if !a.person || a.title != nil && !dictOnly || a.j >= len(toks) || toks[a.j].text != "," {
			continue
		}
		if m+1 < len(out) && appositionTitleOfOther(toks, chunks, *a, out[m+1]) {
			// "Ken Mayland, president of ClearView Economics", "Mike
			// Prettejohn, Netcraft president,": the title after the
			// comma is the named person's, not the office's holder
			// read alone ("President Bush", another firm's director).
			out = append(out[:m+1], out[m+2:]...)
		}
		// A title mention after the comma: "Lavrov, Russia's foreign minister".
		if m+1 < len(out) {
			c := &out[m+1]
			if !(c.person && c.ref != nil && c.title == nil) && c.title != nil && c.ref != nil && c.ref.Kind != KindPerson && c.i <= a.j+3 && !linkedBefore(toks, a.j+1, c.i) && (!dictOnly || closedAside(toks, c.j) && c.title.Canonical != a.ref.roleTitle) {
				if b.nowIntlOffice(toks, out, m+1) {
					// "X, former Labour minister and now a European
					// Commissioner,": the office held now.
					out = append(out[:m+1], out[m+2:]...)
					c = &out[m+1]
				}
				if !b.keepsIntlOffice(a.ref, toks, c.j) {
					a.title = c.title
					b.giveRole(a.ref, c.title, c.ref.roleTail)
				}
				a.j = c.j
				out = append(out[:m+1], out[m+2:]...)
				continue
			}
		}
		// A bare title: "a spokesman for the Lithuanian defence ministry",
		// "the country's foreign minister".
		q := a.j + 1
		if q < len(toks) && (toks[q].lower == "a" || toks[q].lower == "an" || toks[q].lower == "the") {
			q++
		}
		var tail *entRef
		if q+1 < len(toks) && countryNouns[toks[q].lower] && toks[q+1].lower == "'s" {
			tail = b.countryBefore(out, a.i)
			q += 2
		}
		q0 := q
		for q < len(toks) && titleModifiers[toks[q].lower] {
			q++
		}
		var tc *chunk
		for k := range chunks {
			// A modifier may open the title itself, which then reaches
			// past the modifiers ("chief executive", not "chief of").
			if chunks[k].kind == phTitle && (chunks[k].i == q || chunks[k].i >= q0 && chunks[k].i < q && chunks[k].j > q) {
				tc = &chunks[k]
			}
		}
		if tc == nil {
			tc = fieldStaffTitle(toks, chunks, q)
		}
		if tc == nil {
			// No title the dictionary knows: "X, of the Y,", "X, currency
			// strategist with the Y", "X, who heads the Y".
			b.bodyAfterName(toks, out, m)
			continue
		}
		end := tc.j
		ownedNoun := false // the title's body is a thing a country's possessive owns
		if tail == nil {
			// "for the ministry": the body after a linking preposition.
			r := tc.j
			if r < len(toks) && roleLinks[toks[r].lower] {
				r++
				if r < len(toks) && (toks[r].lower == "the" || toks[r].lower == "a" || toks[r].lower == "an") {
					r++
				}
				// "director of civil rights group Liberty", "an analyst at
				// brokerage Aton": a few lower-case words describe the body
				// (a sector phrase among them may open the body's mention).
				r0 := r
				r = afterBodyDescription(toks, r, nil)
				for n := m + 1; n < len(out); n++ {
					c := out[n]
					if c.i > r {
						break
					}
					if c.i >= r0 && c.i <= r && c.j > r && c.ref != nil && !c.person && !c.loc && !c.agr {
						tail, end = c.ref, c.j
						if n+1 < len(out) {
							b.bodyOfNextHolder(toks, c, out[n+1])
						}
						out = append(out[:n], out[n+1:]...)
						if countryOwnsNoun(toks, c) {
							// "director general of the UK's Confederation
							// of British Industry", "the leader of
							// Britain's biggest union": the office is in
							// what the country's possessive owns.
							if o := possessedBody(out, n, c); o != nil {
								tail, end = o.ref, o.j
							} else {
								ownedNoun = true
							}
						}
						break
					}
				}
			}
		}
		if tail == nil {
			tail = b.titleHome(tc.ph.title) // "Jack Straw, the foreign secretary"
		}
		if dictOnly && tail == nil && a.ref.roleTail != nil && a.ref.roleTail.Kind == KindCountry {
			tail = a.ref.roleTail // "Gordon Brown, the chancellor,": of the country people.tsv gives
		}
		if tail == nil || dictOnly && (!closedAside(toks, end) || tc.ph.title.Canonical == a.ref.roleTitle) {
			// The dictionary's own office again ("Putin, the Russian
			// president,") stays a mention of its own, as before.
			continue
		}
		ttl := *tc.ph.title
		if ownedNoun && (genericTitle(&ttl) || presidency(&ttl)) {
			ttl.Sector = "" // of the country, not its state
		}
		if !b.keepsIntlOffice(a.ref, toks, end) {
			a.title = &ttl
			b.giveRole(a.ref, a.title, tail)
		}
		a.j = end
		// The title read alone ("the director" as an earlier person) is
		// part of the apposition now.
		for m+1 < len(out) && out[m+1].i < end {
			out = append(out[:m+1], out[m+2:]...)
		}
	}
	return out
}

// countryOwnsNoun reports whether mention c is a country's possessive with
// a word after it: "Britain's biggest union", "the UK's Confederation of
// British Industry" (the words after name what the country owns).
func countryOwnsNoun(toks []token, c mention) bool {
	return c.ref.Kind == KindCountry && c.poss && c.j+1 < len(toks) && toks[c.j+1].word && toks[c.j].lower == "'s"
}

// possessedBody is the mention of the body an apposition's title serves
// when the body is written after a country's possessive (country mention
// c, removed from out; out[n] the mention after it): a body named within
// three words ("the UK's Confederation of British Industry"), which is the
// tail and is taken into the apposition. nil when there is none: the tail
// stays the country and the office is in something of the country, not
// its state ("the leader of Britain's biggest union").
func possessedBody(out []mention, n int, c mention) *mention {
	if n < len(out) {
		if o := &out[n]; o.i > c.j && o.i <= c.j+4 && o.ref != nil && !o.person && !o.loc && !o.agr && o.ref.Kind == KindOrganization {
			return o
		}
	}
	return nil
}

// appositionTitleOfOther reports whether mention c is a bare title (no
// name of its own) set off by the comma after person a, that a bare
// title's reading took for someone else: "Bob Larribeau, principal analyst
// at Telecom View", "Ken Mayland, president of ClearView Economics". An
// article and one capitalized word (the body: "Netcraft president") may
// stand between. A possessive ("Smith, President X's adviser") or a list
// ("A, the chairman and B") is not the apposition's title.
func appositionTitleOfOther(toks []token, chunks []chunk, a, c mention) bool {
	if !c.person || c.ref == nil || c.ref == a.ref || c.title == nil || c.poss || c.i <= a.j || c.i > a.j+3 {
		return false
	}
	if c.j < len(toks) && (toks[c.j].lower == "and" || toks[c.j].lower == "or") {
		return false
	}
	for q := a.j + 1; q < c.i; q++ {
		if w := toks[q]; !(w.lower == "the" || w.lower == "a" || w.lower == "an" || w.word && w.upper && q == c.i-1) {
			return false
		}
	}
	for _, k := range chunks {
		if (k.kind == chName || k.kind == phPerson) && k.i < c.j && k.j > c.i {
			return false // the mention names its person
		}
	}
	return true
}

// presidentOfNonState reports whether a bare president's title ending at
// token j goes on with "of" and a body that is no state (the words, before
// mentions are read, that presidentOfBody reads on them): a lower-case
// word ("of his empire", "of one of the city's groups") or a name the
// dictionary knows as no country, state body or international body. "The
// president of the United States", "of the republic", "of the European
// Commission" and "accused the president of lying" are not.
func (b *builder) presidentOfNonState(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].lower != "of" {
		return false
	}
	q := j + 1
	if toks[q].lower == "the" && q+1 < len(toks) {
		q++
	}
	w := toks[q]
	if !w.word || stateNouns[w.lower] || strings.HasSuffix(w.lower, "ing") {
		return false
	}
	if p := b.d.lookup(toks, q); p != nil {
		return p.country == nil && p.loc == nil && (p.org == nil || p.org.Sector != "IGO" && !stateSectors[p.org.Sector])
	}
	return true
}

// intlOffice reports whether person p holds, as far as the article says,
// a current office of an international body ("European Commissioner X",
// "UN Secretary General Y"): its role's body is an IGO of no country.
func intlOffice(p *entRef) bool {
	t := p.roleTail
	return t != nil && t.Kind != KindCountry && intlBody(t) && !p.rolePast && p.roleUntil == ""
}

// intlBody reports whether r is a body of no country coded IGO: an
// international organization ("the European Commission", "the UN").
func intlBody(r *entRef) bool {
	return r.Country == "" && strings.HasPrefix(r.Code, "IGO")
}

// keepsIntlOffice reports whether person p keeps their office of an
// international body against the title ending at token j of an apposition:
// a former office ("Mr X, a former Labour communications director") says
// what they were, not whose official they are now.
func (b *builder) keepsIntlOffice(p *entRef, toks []token, j int) bool {
	return p != nil && intlOffice(p) && formerOffice(toks, j)
}

// nowIntlOffice reports whether the title mention after mention c is one
// an apposition gives as the office held now in place of c's former one:
// "former Labour minister and now a European Commissioner". Only an office
// of an international body (its mention is the body, coded IGO) is taken:
// the person's role there is the one their acts are coded by.
func (b *builder) nowIntlOffice(toks []token, out []mention, c int) bool {
	n := c + 1
	if n >= len(out) || !formerOffice(toks, out[c].j) {
		return false
	}
	d := out[n]
	if d.title == nil || d.ref == nil || d.person || d.ref.Kind == KindPerson || !intlBody(d.ref) {
		return false
	}
	k := out[c].j
	if k >= len(toks) || toks[k].lower != "and" {
		return false
	}
	for k++; k < d.i; k++ {
		if !toks[k].word || !nowWords[toks[k].lower] {
			return false
		}
	}
	return true
}

// nowWords may stand between "and" and a present office after a former one.
var nowWords = toSet(`now currently a an the`)

// linkedBefore reports whether a word of toks[i:j] links a role to whom it
// serves: "Ann Lowe, adviser to the IMF's managing director, Rodrigo Rato":
// the title after "to" is Rato's, not Lowe's, and goes to the name after
// its comma (the title-first apposition).
func linkedBefore(toks []token, i, j int) bool {
	for q := i; q < j && q < len(toks); q++ {
		if roleLinks[toks[q].lower] {
			return true
		}
	}
	return false
}

// bodyOfNextHolder gives the body c that an apposition's bare title serves
// ("Claude Roux, a spokesman for EU trade commissioner Peter Mandelson")
// also to the titled person right after it, whose office it names: taken
// as the spokesman's body, the body's mention is gone before
// contextCountries could read it as the commissioner's. Only lower-case
// words may stand between the body and the person's title.
func (b *builder) bodyOfNextHolder(toks []token, c, next mention) {
	if !next.person || next.title == nil || next.ref == nil || next.ref.Country != "" || next.ref.Code != "" || next.i < c.j || next.i > c.j+2 {
		return
	}
	for q := c.j; q < next.i; q++ {
		if !toks[q].word || toks[q].upper {
			return
		}
	}
	b.giveRole(next.ref, next.title, c.ref)
}

// titleOfBodyComma gives the person named after "the <title> of <body>,"
// that office in that body: "The new chairman of the Bar Council, Guy
// Mansfield, said". out[m] is the body's mention; true when the person's
// mention took over the phrase (the caller drops out[m]: the body is where
// the office is, not an actor beside the person). The title phrase must
// open with "the" and the name must not go on with a list.
func (b *builder) titleOfBodyComma(toks []token, chunks []chunk, out []mention, m int) bool {
	a := out[m]
	if a.person || a.loc || a.ctx || a.agr || a.poss || a.ref.Kind != KindOrganization || m+1 >= len(out) ||
		a.j >= len(toks) || toks[a.j].text != "," {
		return false
	}
	c := &out[m+1]
	if !c.person || c.title != nil || c.ref == nil || c.ref.roleTitle != "" || c.i != a.j+1 {
		return false
	}
	if c.j < len(toks) && (toks[c.j].lower == "and" || toks[c.j].lower == "or") {
		return false // "the chairmen of X, Y and Z": a list
	}
	q := a.i - 1
	if q >= 0 && toks[q].lower == "the" {
		q--
	}
	if q < 1 || toks[q].lower != "of" {
		return false
	}
	var tc *chunk
	for k := range chunks {
		if chunks[k].kind == phTitle && chunks[k].j == q && chunks[k].ph != nil && chunks[k].ph.title != nil {
			tc = &chunks[k]
		}
	}
	if tc == nil {
		return false
	}
	o := tc.i - 1
	for o >= 0 && titleModifiers[toks[o].lower] {
		o--
	}
	if o < 0 || toks[o].lower != "the" || m > 0 && out[m-1].j > o {
		return false
	}
	ttl := *tc.ph.title
	b.giveRole(c.ref, &ttl, a.ref)
	c.i, c.title = o, &ttl
	return true
}

// closedAside reports whether an apposition ending at j is closed there:
// by a comma not followed by a capitalized word, or by the end of the
// sentence ("X, the chancellor, said"; not "X, the King of Y as well as",
// "X, the party's elections chief Lord Y said").
func closedAside(toks []token, j int) bool {
	if j >= len(toks) || !toks[j].word && toks[j].text != "," {
		return true
	}
	return toks[j].text == "," && !(j+1 < len(toks) && toks[j+1].upper && toks[j+1].word)
}

// titleComma is the comma that sets off the name after a title ending at
// j: right after it, or after a short complement of the office ("director
// general for Europe,", "envoy to the UN,"). -1 when there is none.
func (b *builder) titleComma(toks []token, j int) int {
	if j >= len(toks) {
		return -1
	}
	if toks[j].text == "," {
		return j
	}
	if w := toks[j].lower; w != "for" && w != "to" {
		return -1
	}
	for q := j + 1; q < len(toks) && q <= j+5; q++ {
		if toks[q].text == "," {
			if q == j+1 {
				return -1
			}
			return q
		}
		if !toks[q].word || len(b.d.verbs[toks[q].lower]) > 0 || prepositions[toks[q].lower] {
			return -1
		}
	}
	return -1
}

// countryBefore is the country "the country's" refers to: the last country
// named before token i of this sentence, else the country of the last
// subject, else the last country named.
func (b *builder) countryBefore(ms []mention, i int) *entRef {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].i < i && ms[k].ref != nil && ms[k].ref.Kind == KindCountry {
			return ms[k].ref
		}
	}
	// The subject of the last sentence is what it was about: "Poland said
	// it would review its ties with Russia. X, the country's ...".
	if len(b.lastSubject) > 0 && b.lastSubject[0].Country != "" && b.d.byISO[b.lastSubject[0].Country] != nil {
		return b.countryRef(b.d.byISO[b.lastSubject[0].Country])
	}
	if b.lastCountry != nil {
		return b.lastCountry
	}
	for _, m := range ms {
		if m.ref != nil && m.ref.Kind == KindCountry {
			return m.ref
		}
	}
	return nil
}

// bodyBeforeTitle reports whether chunk k of run is an unknown one-word
// name right before a firm's or a head's title that is right before a
// person's name ("Euronext chief executive X", "PCS leader Y"): the name
// of the body whose title it is, not a second person.
func (b *builder) bodyBeforeTitle(toks []token, run []chunk, k int) bool {
	c := run[k]
	if c.kind != chName || k+2 >= len(run) {
		return false
	}
	t, n := run[k+1], run[k+2]
	if t.kind != phTitle || t.i != c.j || n.kind != chName && n.kind != phPerson || n.i != t.j {
		return false
	}
	staff := firmStaffTitles[t.ph.title.Canonical]
	if staff && (c.i == 0 || !toks[c.i-1].word || toks[c.i-1].lower == "and" || toks[c.i-1].lower == "or") {
		// "Steel analyst X said": a capitalized field opening the
		// sentence, not a firm; "media and PR strategist X": a field
		// joined to another.
		return false
	}
	if c.j-c.i > 1 && !((presidency(t.ph.title) || staff) && b.multiWordBody(toks, c)) {
		return false
	}
	if tc := t.ph.title.Canonical; tc != "Executive" && tc != "Leader" && !presidency(t.ph.title) && !staff {
		return false
	}
	w := toks[c.i]
	if presidency(t.ph.title) && (titleModifiers[w.lower] || strings.HasSuffix(w.lower, "ist") || strings.ToUpper(w.text) == w.text) {
		// "Interim President X", "Islamist President Y": a word of the
		// office or of the holder's creed, not a body; an acronym ("KRG
		// President X") may be a regional government's.
		return false
	}
	_, field := fieldBeforeTitle[w.lower]
	return w.upper && !field && !notNames[w.lower] && !b.d.given[w.lower] && !honorifics[w.lower] && !orgHeads[w.lower] && !nonPersonHeads[w.lower]
}

// firmStaffTitles are the canonical titles of a firm's staff who speak for
// it ("Investec economist X", "Daiwa Securities analyst Y"): the name right
// before them is the firm that employs them, which BBC business stories
// name no other way (roles89).
var firmStaffTitles = toSet(`Analyst Economist Strategist`)

// fieldStaffTitle is the staff title chunk right after one lower-case word
// at token q of an apposition, the staff's field: "X, a bond strategist at
// Y", "X, an equity analyst at Y" (head89). The field word is no title
// modifier the caller skips, so without this the firm is lost. nil when
// there is none.
func fieldStaffTitle(toks []token, chunks []chunk, q int) *chunk {
	if q+1 >= len(toks) || !toks[q].word || toks[q].upper {
		return nil
	}
	for k := range chunks {
		if c := &chunks[k]; c.kind == phTitle && c.i == q+1 && c.ph != nil && c.ph.title != nil && firmStaffTitles[c.ph.title.Canonical] {
			return c
		}
	}
	return nil
}

// multiWordBody reports whether name chunk c of two or three words, right
// before a president's title and a name, is a body's name: "Exhibitor
// Relations President X", "Andes Copper president Y". A given name first
// ("Paul Smith") or a word in capitals ("EU Commission") leaves it out;
// whether the body is a state's is asked after (noStateBefore).
func (b *builder) multiWordBody(toks []token, c chunk) bool {
	if c.j-c.i > 3 || b.d.given[toks[c.i].lower] {
		return false
	}
	for q := c.i; q < c.j; q++ {
		if w := toks[q]; !w.word || !w.upper || strings.ToUpper(w.text) == w.text || notNames[w.lower] || honorifics[w.lower] || orgHeads[w.lower] {
			return false
		}
	}
	return true
}

// bodyBeforeTitleRef is the body a name before a title names (see
// bodyBeforeTitle): one of the article it opens ("Marsh" for "Marsh &
// McLennan") or, written in capitals, spells ("PCS" for the Public and
// Commercial Services Union); else a body of that name in sector sec.
func (b *builder) bodyBeforeTitleRef(name, sec string) *entRef {
	if r := b.orgOpenedBy(name); r != nil {
		return r
	}
	if strings.ToUpper(name) == name {
		if r := b.knownAcronym(name); r != nil {
			return r
		}
		if r := b.bodySpelled(name); r != nil {
			b.aliases[strings.ToLower(name)] = r
			return r
		}
	}
	return b.namedBody(name, nil, sec)
}

// headWithSector is the name chunk widened to the capitalized sector word
// right before it when the name is a body's head word alone: "the Army
// Board", "the Ugandan Media Council", "the Cabinet Office" name the Army
// Board, the Media Council and the Cabinet Office, not a body called
// "Board", "Council" or "Office" (whose one id would join every such body
// of every article). Any other name is returned as it is.
func headWithSector(toks []token, sector, name *chunk) *chunk {
	if sector == nil || sector.j != name.i || name.j-name.i != 1 || !orgHeads[toks[name.i].lower] {
		return name
	}
	for q := sector.i; q < sector.j; q++ {
		if !toks[q].word || !toks[q].upper {
			return name
		}
	}
	w := *name
	w.i, w.name = sector.i, spanText(toks, sector.i, name.j)
	return &w
}

// interpret reads one run of chunks.
func (b *builder) interpret(toks []token, run []chunk) []mention {
	var affil, sector, name, nameBody *chunk
	var ttl *title
	var out []mention
	var implied *entRef // the country a sector phrase before another implies
	last := run[len(run)-1]
	for k := range run {
		c := &run[k]
		switch c.kind {
		case phCountry, phAdjective, phCapital, phSeat, phOrg:
			if affil == nil {
				affil = c
			}
		case phSector:
			if c.ph.sector.Sector == "BUS" && k+1 < len(run) && run[k+1].kind == phTitle && run[k+1].i == c.j &&
				run[k+1].ph.title.Sector == "GOV" && !genericTitle(run[k+1].ph.title) {
				// "Israeli industry minister X", "the central bank governor":
				// a business word before an office of state names its
				// portfolio, not a body of firms the officer heads.
				continue
			}
			if sector != nil && affil == nil && implied == nil && sector.ph.sector.Country != "" && b.d.byISO[sector.ph.sector.Country] != nil {
				// "IDF troops", "State Department officials": the phrase
				// before the sector word says whose they are.
				implied = b.countryRef(b.d.byISO[sector.ph.sector.Country])
			}
			sector = c
		case phTitle:
			t := *c.ph.title
			if c.i > 0 && lesserMods[toks[c.i-1].lower] {
				// "Deputy Prime Minister" holds another office than the
				// prime minister's: "the prime minister" is not them.
				t.Canonical = strings.ToUpper(toks[c.i-1].lower[:1]) + toks[c.i-1].lower[1:] + " " + t.Canonical
				if toks[c.i-1].lower == "shadow" && t.Sector == "GOV" {
					// "Shadow home secretary X": the opposition's
					// spokesman for the office, not its holder.
					t.Sector = "OPP"
				}
			}
			if c.i > 0 && (genericTitle(&t) || presidency(&t)) {
				if sec, ok := fieldBeforeTitle[toks[c.i-1].lower]; ok && !toks[c.i-1].upper {
					// "film director", "tennis chief", "union leader": the
					// head of a field, a club or a union, not an officer
					// of the state the nationality names.
					t.Sector = sec
				}
			}
			if b.noStateBefore(toks, affil, nameBody, c, &t) {
				t.Sector = ""
			}
			if ttl != nil && ttl.Canonical != t.Canonical {
				// "Secretary General" read as two titles keeps the last.
			}
			ttl = &t
		case chName, phPerson:
			if name == nil && affil == nil && b.bodyBeforeTitle(toks, run, k) {
				// "Euronext chief executive X", "PCS leader Y": the
				// firm or body whose title it is.
				nameBody = c
				continue
			}
			name = c
		case phLocation, chLocName:
			ref := b.locationRef(c)
			out = append(out, mention{i: c.i, j: c.j, ref: ref, loc: true})
		case chAgreement:
			var ref *entRef
			if c.place != "" && c.acro == "" {
				ref = b.placeAgreementRef(c.name, c.place, toks[c.j-1].lower)
			} else {
				ref = b.agreementRefNamed(c.name, c.acro)
			}
			out = append(out, mention{i: c.i, j: c.j, ref: ref, agr: true})
		}
	}
	i0 := run[0].i
	j0 := last.j
	if name == nil && ttl == nil && sector == nil {
		if affil != nil {
			// "anti-Syria", "pro-Western": an attitude, not an actor; "ethnic
			// Albanians": a people, not a state.
			if affil.i > 0 && (toks[affil.i].hyph && (toks[affil.i-1].lower == "anti" || toks[affil.i-1].lower == "pro") || toks[affil.i-1].lower == "ethnic") {
				return out
			}
			if body := b.seatBodyRef(toks, affil); body != nil {
				// "a complaint against Brussels": the body seated there.
				return append(out, mention{i: affil.i, j: affil.j, ref: body, poss: affil.poss})
			}
			ref := b.affilRef(affil)
			// "Young Algerians blocked roads": a plural demonym standing
			// alone names people of the country, not its state.
			if affil.kind == phAdjective && affil.j-affil.i == 1 && strings.HasSuffix(toks[affil.i].lower, "s") &&
				(affil.j >= len(toks) || !toks[affil.j].word || toks[affil.j].upper || !isNounish(toks[affil.j].lower)) {
				if body := b.bodyRef(ref, &sectorWord{Sector: "CVL", Canonical: "civilians"}, ""); body != nil {
					ref = body
				}
			}
			out = append(out, mention{i: affil.i, j: affil.j, ref: ref, poss: affil.poss,
				ctx: affil.kind == phAdjective || affil.kind == phCapital || affil.kind == phSeat, seat: affil.kind == phCapital || affil.kind == phSeat})
		}
		return out
	}
	// The body a sector word or a title belongs to.
	var owner *entRef
	if affil != nil {
		owner = b.affilRef(affil)
	} else if implied != nil {
		owner = implied
	} else if nameBody != nil && ttl != nil {
		sec := ""
		if ttl.Sector == "BUS" {
			sec = "BUS"
		}
		owner = b.bodyBeforeTitleRef(nameBody.name, sec)
	} else if run[0].kind == phLocation && run[0].ph.loc.Country != "" && b.d.byISO[run[0].ph.loc.Country] != nil {
		owner = b.countryRef(b.d.byISO[run[0].ph.loc.Country])
	}
	var body *entRef
	if sector != nil && affil == nil && implied == nil && run[0].kind == phLocation && owner != nil && sector.ph.sector.Sector == "JUD" && toks[sector.j-1].lower == "court" {
		// "the Texas Supreme Court", "the Madras High Court": a court of
		// a state or province is a body of its own, of the country but not
		// the country's judiciary.
		body = b.namedBody(spanText(toks, run[0].i, sector.j), owner, "JUD")
	} else if sector != nil {
		body = b.bodyRef(owner, sector.ph.sector, spanText(toks, i0, sector.j))
		if body == nil && owner == nil && name == nil && ttl == nil && stateSectors[sector.ph.sector.Sector] && sector.i > 0 && toks[sector.i-1].lower == "the" {
			// "the army", "the police" in an article about one country.
			if sole := b.contextSole(toks, nil, true); sole != nil {
				body = b.bodyRef(sole, sector.ph.sector, spanText(toks, i0, sector.j))
			}
		}
	}
	if name != nil && name.kind == phPerson {
		// A known person: the dictionary gives the affiliation the text
		// may leave out; a title in the text wins over the dictionary's.
		kp := name.ph.person
		var home *entRef
		switch {
		case body != nil:
			home = body
		case owner != nil && !outletBeforeKnown(ttl, owner):
			home = owner
		case kp.OrgID != "":
			home = b.orgRef(b.d.orgByID[kp.OrgID])
		default:
			home = b.countryRef(b.d.byISO[kp.Country])
		}
		t := ttl
		if t == nil && kp.Title != "" {
			t = &title{Sector: kp.Sector, Canonical: kp.Title}
		}
		if affil != nil && affil.i < name.i && affil.kind != phAdjective && affil.kind != phCountry && affil.kind != phOrg {
			home = b.countryRef(b.d.byISO[kp.Country])
		}
		prev := b.personByName(kp.Name)
		hadRole := prev != nil && prev.roleTitle != ""
		ref := b.personRef(kp.Name, t, home)
		switch {
		case ttl == nil && !hadRole && ref.roleTitle != "":
			ref.dictRole, ref.dictRank = true, kp.Rank
		case ttl != nil && ref.dictRole:
			// "Chancellor Gordon Brown" after a bare "Gordon Brown": the
			// article's title wins over the dictionary's.
			b.giveRole(ref, ttl, home)
		}
		return append(out, mention{i: i0, j: j0, ref: ref, person: true, title: t, poss: name.poss, known: kp.Country})
	}
	if ttl == nil && sector != nil && (sector.ph.sector.Sector == "BUS" || sector.ph.sector.Sector == "MED") && last.kind == phOrg && last.i >= sector.j {
		// "Venezuelan energy firm PDVSA" with PDVSA in the dictionary: the
		// firm itself, not "Venezuelan business".
		return append(out, mention{i: i0, j: j0, ref: b.orgRef(last.ph.org), poss: last.poss})
	}
	if name != nil && ttl == nil && sector != nil && sector.j <= name.i && (sector.ph.sector.Sector == "BUS" || sector.ph.sector.Sector == "MED") {
		// "Venezuelan energy firm PDVSA", "Russian newspaper Vedomosti": the
		// name after a firm or outlet noun is that firm's or outlet's.
		if owner == nil && firmHeadBefore(toks, name.i) && b.placeAt(toks, name.i) {
			// "state-owned carrier Indian Airlines": the country the
			// name opens with (see chunks).
			owner = b.nameCountry(toks, name.i)
		}
		return append(out, mention{i: i0, j: j0, ref: b.namedBody(headWithSector(toks, sector, name).name, owner, sector.ph.sector.Sector), poss: name.poss})
	}
	if name != nil {
		m := mention{i: i0, j: j0, poss: name.poss}
		if ttl != nil && !notPersonName(toks, name) {
			tail := body
			if tail == nil {
				tail = owner
			}
			if tail == nil {
				tail = b.titleHome(ttl) // "Foreign Secretary Jack Straw"
			}
			m.ref = b.personRef(name.name, ttl, tail)
			m.person, m.title = true, ttl
		} else if affil != nil && (affil.kind == phAdjective) && !notPersonName(toks, name) && name.j-name.i >= 2 {
			// "Palestinian Yasser Arafat"
			m.ref = b.personRef(name.name, nil, owner)
			m.person = true
		} else {
			// An unknown name after an affiliation: "Nigerian Union of
			// Teachers" is one organization of Nigeria; otherwise the two
			// are separate mentions.
			if affil != nil && !((affil.kind == phAdjective || affil.kind == phCountry) && looksLikeOrg(toks, name)) {
				out = append(out, mention{i: affil.i, j: affil.j, ref: owner, poss: affil.poss})
				m.i = name.i
			}
			ref, person := b.nameRef(toks, headWithSector(toks, sector, name), owner, m.i == 0)
			if ref == nil {
				return out
			}
			m.ref, m.person = ref, person
		}
		return append(out, m)
	}
	if ttl != nil && body == nil {
		if owner == nil {
			if roleAfterAs(toks, i0) {
				// "As agriculture minister he ...", "resigned as home
				// secretary": an office without article after "as" is a
				// role someone holds, not a mention of its holder.
				return out
			}
			if presidency(ttl) && b.presidentOfNonState(toks, j0) {
				// "compete to become the president of his business
				// empire", "the vice-president of the Catholics' national
				// body": some body's president, not the state's named
				// before, nor its government.
				return out
			}
			// "the minister": the person with that title named last (see
			// personByTitle).
			p := b.personByTitle(ttl, ttl.Country, definiteTitle(toks, i0))
			if p != nil && !p.dictRole && b.sentNamed[p] && !asideOpen(toks, i0) {
				// "Foreign Minister X held talks with the foreign
				// minister": the holder the sentence has named with the
				// article's title is not the one it now names by
				// office, and nobody else is known to be. (A title the
				// dictionary gives may be one of several people's.)
				return out
			}
			if p != nil && p.dictRole && !holdsTitle(p.roleTitle, ttl.Canonical) && b.d.byISO[p.Country] != nil {
				// "Gordon Brown ... the chancellor": the article calls
				// him by another office of his in the dictionary, which
				// is his on its day (see otherOfficeHolder).
				b.giveRole(p, ttl, b.countryRef(b.d.byISO[p.Country]))
			}
			if p != nil {
				b.takeTitle(p, ttl, "TITLE", toks, i0, j0)
				return append(out, mention{i: i0, j: j0, ref: p, person: true, title: ttl, poss: last.poss})
			}
			// "Britain's rebate is not up for renegotiation, Jack Straw
			// said. The foreign secretary told MPs ...": a report names
			// its main person in its lead and then calls them by their
			// office. Only the person the lead paragraph is about (see
			// leadPerson), still the last person who was a subject,
			// with no office the article gives, at the title's first
			// use, and only an office of state opening its sentence
			// and not said to be of or for someone ("the chairman of
			// the council", "the lawyer for Mr Y"). Any other person
			// last a subject is not taken for it: in "Mr Mubanga said
			// he was interrogated. The home secretary said ..." they
			// are two people.
			seen := b.titlesSeen[ttl.Canonical]
			if b.titlesSeen == nil {
				b.titlesSeen = map[string]bool{}
			}
			b.titlesSeen[ttl.Canonical] = true
			// A bare office of state: "the" before it, and not said to be
			// of or for someone.
			bareOffice := i0 > 0 && toks[i0-1].lower == "the" &&
				(ttl.Sector == "GOV" || ttl.Sector == "LEG") && ttl.Canonical != "Leader" && ttl.Canonical != "Spokesperson" && ttl.Canonical != "Official" &&
				(j0 >= len(toks) || toks[j0].word && toks[j0].lower != "of" && toks[j0].lower != "for")
			if p := b.leadPerson; p != nil && p == b.lastPersonSubj && !seen && (p.roleTitle == "" || p.dictRole) && (b.calledBy[p] == "" || b.calledBy[p] == ttl.Canonical) &&
				bareOffice && (i0 == 1 || !toks[i0-2].word) &&
				(ttl.Country == "" || p.Country == "" || p.Country == ttl.Country) {
				// "Tony Blair ... Gordon Brown. The chancellor said": both
				// prime ministers in the dictionary, Brown the later one,
				// so Brown is the one with another office on the day.
				shared, later := b.dictOfficeShared(p, ttl)
				if shared && (later == nil || b.calledBy[later] != "") {
					goto notLead
				}
				if later != nil {
					p = later
				}
				tail := b.titleHome(ttl)
				if tail == nil && p.dictRole {
					tail = p.roleTail
				}
				b.giveRole(p, ttl, tail)
				return append(out, mention{i: i0, j: j0, ref: p, person: true, title: ttl, poss: last.poss})
			}
		notLead:
			// "Tony Blair ... his relationship with Gordon Brown. Meanwhile,
			// the chancellor is leaving": the dictionary's office of a
			// person may be one they held later (or earlier). When the
			// article has already taken that office's bare title for
			// someone else, the person holds another office, and an office
			// of state of their country that nobody holds yet is theirs
			// if they are the only such person (see displacedHolder).
			if p := b.displacedHolder(ttl); p != nil && bareOffice {
				b.giveRole(p, ttl, b.countryRef(b.d.byISO[p.Country]))
				b.takeTitle(p, ttl, "TITLE-DISPLACED", toks, i0, j0)
				return append(out, mention{i: i0, j: j0, ref: p, person: true, title: ttl, poss: last.poss})
			}
			// "the prime minister said" in an article about one country:
			// that country's government speaks.
			owner = b.contextSole(toks, nil, true)
			if home := b.titleHome(ttl); home != nil {
				owner = home // "the home secretary"
			}
			// An office of one international body ("a European
			// Commissioner") names that body, whatever the article.
			if owner == nil || ttl.Body == "" && !stateTitle(toks, i0, ttl) {
				return out
			}
		}
		// "Norway's foreign minister": the government of the country.
		gov := b.bodyRef(owner, &sectorWord{Sector: ttl.Sector, Canonical: sectorCanon(ttl.Sector)}, spanText(toks, i0, j0))
		gov.roleTitle, gov.roleTail = ttl.Canonical, owner
		return append(out, mention{i: i0, j: j0, ref: gov, title: ttl, poss: last.poss})
	}
	if body != nil {
		m := mention{i: i0, j: j0, ref: body, poss: last.poss, ctx: affil != nil && affil.kind == phAdjective}
		if ttl != nil {
			m.title = ttl
			body.roleTitle = ttl.Canonical
			body.roleTail = body
		}
		return append(out, m)
	}
	return out
}

// namedBody finds or makes the organization called name, of the country
// owner (if any), in sector sec: code country + sector ("VENBUS").
func (b *builder) namedBody(name string, owner *entRef, sec string) *entRef {
	if r := b.aliases[strings.ToLower(name)]; r != nil && r.Kind != KindPerson {
		return r
	}
	id := "org:" + slug(name)
	r := b.refs[id]
	if r == nil {
		r = &entRef{ID: id, Name: name, Kind: KindOrganization, Sector: sec, Code: sec}
		if owner != nil && owner.Kind == KindCountry {
			r.Country, r.Code = owner.Country, owner.Code+sec
		}
		b.refs[id] = r
	}
	b.aliases[strings.ToLower(name)] = r
	return r
}

// stateTitle reports whether a title read bare is a state office ("the
// prime minister", "the president"), not a company's or a club's ("the
// chief executive", "the manager"): only the offices of bareStateTitles
// after a definite article are.
func stateTitle(toks []token, i int, ttl *title) bool {
	if !bareStateTitles[ttl.Canonical] {
		return false
	}
	return toks[i].lower == "the" || i > 0 && toks[i-1].lower == "the"
}

// stateSectors are the sectors of a state's own bodies.
var stateSectors = toSet(`GOV MIL COP LEG JUD`)

// bareStateTitles are the titles that name a state's office even read
// alone; "the leader", "the chairman", "the director" may head anything.
var bareStateTitles = map[string]bool{"President": true, "Vice President": true, "Prime Minister": true,
	"Foreign Minister": true, "Secretary of State": true, "Defence Minister": true, "Defence Secretary": true,
	"Interior Minister": true, "Finance Minister": true, "Head of State": true, "Minister": true}

// notPersonName reports an unknown name shaped as a body's or a place's
// ("Justice Department", "Swiss Re" read as one word, "Plaza Hotel").
func notPersonName(toks []token, c *chunk) bool {
	return looksLikeOrg(toks, c) || nonPersonHeads[toks[c.j-1].lower]
}

func looksLikeOrg(toks []token, c *chunk) bool {
	if c.j > c.i+1 && lawNameEnds[toks[c.j-1].text] {
		// "the Serious Organised Crime and Police Bill", "the ...
		// Psychotropic Substances Act (NDPS)": a law, whatever body
		// words or acronym it holds, is no organization.
		return false
	}
	for k := c.i; k < c.j; k++ {
		if orgHeads[toks[k].lower] {
			return true
		}
	}
	return c.acro != "" || c.shape != ""
}

// titleHome is whose office a title alone says it is: the one state
// ("Foreign Secretary": the UK) or the one international body ("European
// Commissioner": the Commission) of titles.tsv; nil for an office many
// states or bodies have.
func (b *builder) titleHome(t *title) *entRef {
	switch {
	case t == nil:
		return nil
	case t.Body != "" && b.d.orgByID[t.Body] != nil:
		return b.orgRef(b.d.orgByID[t.Body])
	case t.Country != "" && b.d.byISO[t.Country] != nil:
		return b.countryRef(b.d.byISO[t.Country])
	}
	return nil
}

// officeBody is the body of country iso that an office of title ttl belongs
// to: a premier's government, a chief justice's judiciary. The callers have
// checked that iso is a known country.
func (b *builder) officeBody(iso string, ttl *title) *entRef {
	return b.bodyRef(b.countryRef(b.d.byISO[iso]), &sectorWord{Sector: ttl.Sector, Canonical: sectorCanon(ttl.Sector)}, "")
}

// sectorCanon names the body a sector code stands for.
func sectorCanon(s string) string {
	switch s {
	case "MIL":
		return "military"
	case "LEG":
		return "parliament"
	case "JUD":
		return "judiciary"
	case "COP":
		return "police"
	case "REL":
		return "religious leaders"
	}
	return "government"
}

// isNounish guesses whether a lower-case word after a demonym is a noun it
// modifies ("Russians troops" never; "Palestinians living" is a verb form).
func isNounish(w string) bool {
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !beForms[w] && !prepositions[w] &&
		w != "and" && w != "or" && w != "have" && w != "has" && w != "had" && w != "who" && w != "which" && w != "that" &&
		w != "will" && w != "would" && w != "said" && w != "say" && w != "also"
}

// hyph reports a chunk joined to the one before by a hyphen ("US-Russia").
func (c chunk) hyph(toks []token) bool { return toks[c.i].hyph }

// moveVerbs send or withdraw forces: the forces are the mover's.
var moveVerbs = toSet(`send sends sent sending deploy deploys deployed deploying dispatch dispatches dispatched
dispatching withdraw withdraws withdrew withdrawn withdrawing pull pulls pulled pulling contribute contributes
contributed contributing station stations stationed redeploy redeployed`)

// sentForces reports whether sector chunk c names forces that a verb right
// before it sends or withdraws ("sent 200 troops in Syria", "withdrew
// peacekeepers from Rwanda"): the forces are the sender's, and the place
// after them is where they go or leave, not whose they are.
func sentForces(toks []token, c chunk) bool {
	if c.ph == nil || c.ph.sector == nil || c.ph.sector.Sector != "MIL" && c.ph.sector.Sector != "COP" {
		return false
	}
	for k := c.i - 1; k >= 0 && k >= c.i-4; k-- {
		w := toks[k].lower
		if moveVerbs[w] {
			return true
		}
		if _, num := numberWords[w]; !(num || isDigit(w[0]) || determiners[w] || w == "more" || w == "additional" || w == "extra" || w == "some" || w == "its" || w == "their") {
			return false
		}
	}
	return false
}

// isLetters reports whether s is made of letters only.
func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// pluralPossessiveInName reports whether the apostrophe at toks[j] ends a
// capitalized plural ("Traders'") and is followed, on the same line, by a
// capitalized organization head ("Association", "Union"): the name of a
// body goes on through it.
func pluralPossessiveInName(toks []token, j int) bool {
	if j == 0 || j+1 >= len(toks) {
		return false
	}
	prev, next := toks[j-1], toks[j+1]
	return prev.upper && prev.word && len(prev.lower) > 2 && strings.HasSuffix(prev.lower, "s") &&
		next.upper && next.word && !next.nl && orgHeads[next.lower]
}

// noteAcronyms makes the acronym an article gives in parentheses after a
// body it names ("the Palestinian Authority (PA)", "the National Iranian
// Oil Company (NIOC)") that body's name for the rest of the article, as an
// unknown body's acronym already is (nameRef). Only an acronym made of the
// name's initials, that names nothing else in the article and is no
// country's word, is taken.
func (b *builder) noteAcronyms(toks []token, ms []mention) {
	for _, m := range ms {
		k := m.j
		if m.ref == nil || m.ref.Kind != KindOrganization || m.person || m.loc || m.agr ||
			k+2 >= len(toks) || toks[k].text != "(" || toks[k+2].text != ")" {
			continue
		}
		acro := toks[k+1].text
		if !isAbbrev(acro) || len(acro) < 2 || b.isCountryWord(toks, k+1) || b.aliases[strings.ToLower(acro)] != nil {
			continue
		}
		if initials(spanText(toks, m.i, m.j)) != acro && initials(m.ref.Name) != acro {
			continue
		}
		b.aliases[strings.ToLower(acro)] = m.ref
	}
}

// bracketAppositions joins to an actor's name the brackets right after it
// that hold a short acronym or gloss of it: "the World Health Organization
// (WHO)", "the Umma (Nation) party", "the Homeland Union (Conservatives)".
// The brackets are then part of the name's phrase: a verb after them follows
// the name ("the Foreign Office (FO) says"), a list goes on after them ("the
// OIC (OIC), the UN and Iran"), and a name inside them is no actor of its
// own. A place before the brackets keeps them ("KABUL (Pajhwok)" is a
// dateline, "Libya (UNSMIL)" ends a name the rules did not find).
//
// The mentions inside the brackets of the name's own actor (the acronym)
// come back in same: they still mark where the text names it.
func (b *builder) bracketAppositions(toks []token, ms []mention) (out, same []mention) {
	if !slices.ContainsFunc(ms, func(m mention) bool { return m.j < len(toks) && toks[m.j].text == "(" }) {
		return ms, nil // most sentences: no brackets after a name, nothing to copy
	}
	out = ms[:0:0]
	for mi := 0; mi < len(ms); mi++ {
		m := ms[mi]
		k := m.j
		if m.ref == nil || m.loc || m.agr || m.ctx || m.ref.Kind == KindCountry || k+2 >= len(toks) || toks[k].text != "(" {
			out = append(out, m)
			continue
		}
		e := k + 1
		for e < len(toks) && e < k+5 && toks[e].text != ")" && toks[e].word {
			e++
		}
		if e >= len(toks) || toks[e].text != ")" || e == k+1 || !toks[k+1].upper {
			out = append(out, m)
			continue
		}
		// Mentions inside the brackets go: they name the same actor.
		q := mi + 1
		for q < len(ms) && ms[q].i > k && ms[q].j <= e {
			q++
		}
		if q < len(ms) && ms[q].i <= e {
			out = append(out, m) // a mention runs out of the brackets
			continue
		}
		for _, n := range ms[mi+1 : q] {
			if n.ref == m.ref {
				same = append(same, n)
			}
		}
		m.j = e + 1
		mi = q - 1
		if q < len(ms) && ms[q].i == m.j && ms[q].person && ms[q].title != nil && ms[q].ref != nil && (ms[q].ref.roleTail == nil || ms[q].ref.dictRole) && m.ref.Kind == KindOrganization {
			// "Movement for Democratic Change (MDC) opposition leader
			// Morgan Tsvangirai": the body's titled officer, one phrase, as
			// it is without the brackets.
			p := ms[q]
			p.i = m.i
			b.giveRole(p.ref, p.title, m.ref)
			out = append(out, p)
			mi = q
			continue
		}
		out = append(out, m)
	}
	return out, same
}

// outletBeforeKnown reports whether owner, a news outlet the text puts
// right before a known person's name with no title of its own, is the
// addressee of what went before, not the person's employer: "party sources
// told the BBC Michael Howard had ..." is the Tory leader, not the BBC's.
// An outlet's own people come with a title ("BBC political editor X").
func outletBeforeKnown(ttl *title, owner *entRef) bool {
	return ttl == nil && owner.Kind == KindOrganization && owner.Sector == "MED"
}

// asideOpen reports whether the phrase at i opens an aside after a comma
// or a dash ("X, the foreign minister, said"), where a bare title may stand for a
// person the sentence has just named.
func asideOpen(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if toks[k+1].dash {
			return true // "X - the foreign minister - said": dashes are flags, no tokens
		}
		switch toks[k].lower {
		case ",", "(":
			return true
		case "the", "a", "an":
			continue
		}
		return false
	}
	return false
}

// nationalPeople: nouns for private people (and members of parliament)
// that a nationality before them makes people of that country ("a US
// woman", "Polish MEPs"), never the state itself.
var nationalPeople = map[string]string{
	"woman": "CVL", "man": "CVL", "citizen": "CVL", "national": "CVL",
	"suspect": "CVL", "tourist": "CVL", "tourists": "CVL", "student": "CVL",
	"teenager": "CVL", "teenagers": "CVL", "boy": "CVL", "girl": "CVL", "couple": "CVL",
	"family": "CVL", "families": "CVL", "pensioner": "CVL", "pensioners": "CVL",
	"fan": "CVL", "fans": "CVL", "expatriate": "CVL", "expatriates": "CVL",
	"mep": "LEG", "meps": "LEG", "mp": "LEG", "mps": "LEG",
	// Private people by what they do or use: "Chinese hackers", "German
	// consumers", "Brazilian players" are not their state.
	"hackers": "CVL", "nationalists": "CVL", "stakeholders": "CVL", "consumers": "CVL",
	"shoppers": "CVL", "customers": "CVL", "users": "CVL", "taxpayers": "CVL", "viewers": "CVL",
	"listeners": "CVL", "savers": "CVL", "bloggers": "CVL", "gamers": "CVL", "surfers": "CVL",
	"athletes": "CVL", "players": "CVL", "scientists": "CVL", "academics": "CVL", "holidaymakers": "CVL",
}

// clubCapital: the capital at i follows a one-word name chunk that is
// not the sentence's first word nor a word of direction or size ("Real
// Madrid", not "Central London" or a sentence-initial "Yesterday Paris").
func clubCapital(toks []token, prev chunk, i int) bool {
	if prev.kind != chName || prev.j != i || prev.j-prev.i != 1 || prev.i == 0 || !toks[prev.i-1].word {
		return false
	}
	return !placeQualifiers[toks[prev.i].lower]
}

var placeQualifiers = toSet(`north south east west northern southern eastern western central greater
inner outer old new downtown metropolitan upper lower mid`)

// takeTitle records that the bare title ttl at [i0, j0) was taken for p
// (calledBy), printing tag on a debug run.
func (b *builder) takeTitle(p *entRef, ttl *title, tag string, toks []token, i0, j0 int) {
	if b.calledBy == nil {
		b.calledBy = map[*entRef]string{}
	}
	b.calledBy[p] = ttl.Canonical
	if debugTrig {
		println(tag, ttl.Canonical, ttl.Country, p.ID, p.Country, "::", spanText(toks, max(0, i0-10), min(len(toks), j0+8)))
	}
}

// firmHeadBefore reports whether a lower-case noun of firms (firmHeads:
// "carmaker", "carrier", "firm") stands right before token i, or before a
// comma right before it ("a financial firm, China Life, ...").
func firmHeadBefore(toks []token, i int) bool {
	k := i - 1
	if k >= 1 && toks[k].text == "," {
		k--
	}
	return k >= 0 && toks[k].word && !toks[k].upper && firmHeads[toks[k].lower]
}

// definiteTitle reports whether the title at toks[i0] is "the X" or "his
// X", with at most two modifiers between ("the 51-year-old premier"): one
// office's holder, not an office named ("would be premier").
func definiteTitle(toks []token, i0 int) bool {
	for k := i0 - 1; k >= 0 && k >= i0-3; k-- {
		switch w := toks[k].lower; {
		case w == "the" || ownerPronouns[w]:
			return true
		case !toks[k].word || toks[k].upper || beForms[w] || prepositions[w] || w == "a" || w == "an":
			return false
		}
	}
	return false
}

// roleAfterAs reports whether the title at toks[i0] follows "as" or
// "became" with no article or possessive between ("As agriculture
// minister he ...", "resigned as home secretary", "became chancellor"): a
// role, not a mention of its holder.
func roleAfterAs(toks []token, i0 int) bool {
	for k := i0; k >= 0 && k >= i0-3; k-- {
		switch w := toks[k].lower; {
		case w == "as" || becomeVerbs[w] || w == "becoming":
			// "he became chancellor of the exchequer in 1964": the
			// office he took, as after "as".
			return true
		case w == "the" || w == "a" || w == "an" || ownerPronouns[w]:
			return false
		}
		if k < i0 && (!toks[k].word || toks[k].upper && k > 0) {
			return false
		}
	}
	return false
}

// monthSurname reports whether the month name at toks[j] is the surname
// of a given name right before it that opens the run at i ("Christine
// May", "Brian May"): a month after a given name is no date unless a day
// number follows ("Christine May 5" stays a date).
func (b *builder) monthSurname(toks []token, i, j int) bool {
	if _, ok := months[toks[j].lower]; !ok || j != i+1 || !b.d.given[toks[i].lower] {
		return false
	}
	return j+1 >= len(toks) || toks[j+1].lower == "" || !isDigit(toks[j+1].lower[0])
}

// givenNameAdjective reports whether the one-word nationality p at i is a
// given name: a title or role word right before it, and one unknown
// capitalised word after it that no other capitalised word follows
// ("minister German Gref said").
func (b *builder) givenNameAdjective(toks []token, i int, p *phrase) bool {
	if len(p.toks) != 1 || i == 0 || i+1 >= len(toks) {
		return false
	}
	prev := toks[i-1]
	if !prev.word || toks[i].nl || toks[i+1].nl {
		return false
	}
	if q := b.d.lookup(toks, i-1); !(q != nil && q.kind == phTitle && len(q.toks) == 1) && !occupations[prev.lower] {
		return false
	}
	n := toks[i+1]
	if !n.word || !n.upper || n.hyph || notNames[n.lower] || b.d.lookup(toks, i+1) != nil {
		return false
	}
	return i+2 >= len(toks) || !toks[i+2].upper || !toks[i+2].word
}

// oneWordStageName reports whether the occupation at i opens its sentence
// before a single capitalised name and a lower-case word ("Rapper X has
// ...", "Coach Y sacked"): the occupation describes the person and is no
// part of the name. Words that may open a name are left out ("Star Trek
// fans", "Coach", "Captain": nameOpeners).
func oneWordStageName(toks []token, i int) bool {
	t := toks[i]
	if i != 0 || !t.upper || !occupations[t.lower] || nameOpeners[t.lower] || i+2 >= len(toks) {
		return false
	}
	n, after := toks[i+1], toks[i+2]
	return n.word && n.upper && !n.nl && !n.hyph && after.word && !after.upper
}

// lawNameEnds end the names of laws (capitalized, as in a name): "the
// Terrorism Act", "the Police Bill". (lawWords in agreements.go are the
// lower-case words, for signed texts.)
var lawNameEnds = toSet(`Act Acts Bill Bills`)

// billNameEnd is the end of the number of a measure named after its chamber
// when toks[k:] goes on with one ("Bill 2770", "Concurrent Resolution
// 4005", "Joint Resolution 12" after "Senate"), else -1.
func billNameEnd(toks []token, k int) int {
	if k < len(toks) && (toks[k].text == "Concurrent" || toks[k].text == "Joint") {
		k++
	}
	if k+1 >= len(toks) || toks[k].text != "Bill" && toks[k].text != "Resolution" || !isDigit(toks[k+1].lower[0]) {
		return -1
	}
	return k + 2
}

// givenBeforeFirmWord reports whether the one-word organization name p at j
// follows a given name at i, with at most initials between, so that the
// words are a person's name: "Harrison Ford", "Gerald R. Ford", "Roy
// Disney" are people, though bare "Ford" and "Disney" are the firms.
func (b *builder) givenBeforeFirmWord(toks []token, i, j int, p *phrase) bool {
	if !oneWordFirm(p) || !b.d.given[toks[i].lower] || strings.EqualFold(p.org.Name, spanText(toks, i, j+1)) {
		return false
	}
	for k := i + 1; k < j; k++ {
		if w := strings.TrimSuffix(toks[k].lower, "."); len(w) > 1 {
			return false // only initials ("R.") may stand between
		}
	}
	return true
}

// oneWordFirm reports whether the phrase p is a one-word name of a firm
// ("Ford", "Disney"): unless it is the firm's full name, it is as often a
// person's surname (chunks, givenBeforeFirmWord).
func oneWordFirm(p *phrase) bool {
	return p != nil && p.kind == phOrg && p.org != nil && len(p.toks) == 1
}

// afterBodyDescription is where a body's name starts after up to three
// lower-case words that describe it ("civil rights group Liberty",
// "brokerage Aton"), from q: the first capitalised word after them, or q
// when none comes before a preposition, a word of stop or a non-word.
func afterBodyDescription(toks []token, q int, stop map[string]bool) int {
	for k := q; k < len(toks) && k < q+3 && toks[k].word && !toks[k].upper && !prepositions[toks[k].lower] && !stop[toks[k].lower]; k++ {
		if k+1 < len(toks) && toks[k+1].upper {
			return k + 1
		}
	}
	return q
}
