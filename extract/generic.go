package extract

import "strings"

// Generic actors: people and groups the text names by what they are, not by
// name — "37 prisoners", "protesters", "police", "the strikers". Coded news
// takes them as sources and targets as often as states ("Libya freed 37
// prisoners", "Police detained several suspects"). The word rules give such
// a word an actor only when a country owns it ("Iraqi police") or the
// sentence places it ("police in Istanbul"); where an act is left without
// a source, or its object is such a word, the tree says which word the
// verb's subject or object is, and that word becomes the actor: a body of
// the country its own phrase names ("workers in Haiti", "Haiti's
// workers"), else a group of no country ("prisoners", code CVL): a guessed
// country would be worse than none.

// quantityHeads head a phrase whose people follow "of": "thousands of
// protesters", "a handful of journalists", "one of two men".
var quantityHeads = toSet(`thousands hundreds dozens dozen scores tens millions handful number group groups
some many several most all few one two three four five six seven eight nine ten`)

// peopleWord is the sector word naming word h of the tree (its own word, or
// a phrase of two or three words ending on it: "riot police", "trade union
// leaders"), nil when h names no people
// or group. A quantity word gives the people of its "of" phrase, and h
// moves there.
func (b *builder) peopleWord(p *parse, toks []token, h int) (*sectorWord, int) {
	if h < 0 || h >= len(toks) {
		return nil, h
	}
	if quantityHeads[toks[h].lower] {
		for _, k := range p.kids[h] {
			if p.rel(k) == "nmod" && p.caseOf(k) == "of" {
				h = k
				break
			}
		}
	}
	if faithWords[toks[h].lower] && toks[h].upper && p.mAt[h] == 0 && (p.words[h].XPOS == "NNPS" || p.words[h].XPOS == "NNS") {
		return &sectorWord{Sector: "CVL", Canonical: toks[h].text, named: true, start: toks[h].start}, h
	}
	// The tagger may read a sentence's first word as a name ("Critics of
	// Chile condemned ..."): a word of the lists below stays a noun there.
	initialNoun := h == 0 && p.words[h].UPOS == "PROPN" && (collectiveWords[toks[h].lower] || personWords[toks[h].lower])
	if p.words[h].UPOS != "NOUN" && !initialNoun || toks[h].upper && h > 0 {
		// A capitalized word is part of a name ("the Supreme Court"),
		// which the name rules read.
		return nil, h
	}
	if stateWords[toks[h].lower] {
		if unnamedStates(p, toks, h) {
			return stateSector, h
		}
		return nil, h
	}
	named := -1
	for _, k := range p.kids[h] {
		if r := p.rel(k); (r == "amod" || r == "compound" || r == "flat") && toks[k].upper && p.mAt[k] == 0 {
			if k == 0 || k > h || !toks[k].word || strings.ToUpper(toks[k].text) == toks[k].text {
				// "Senior officials said": a capital the sentence gives;
				// "TMC government": an acronym, the name rules' to judge.
				return nil, h
			}
			if named < 0 || k < named {
				named = k
			}
		}
	}
	// The longest phrase first: "trade union leaders" names the unions,
	// "leaders" alone a government.
	for _, at := range []int{h - 2, h - 1, h} {
		if at < 0 {
			continue
		}
		if ph := b.d.lookup(toks, at); ph != nil && ph.kind == phSector && at+len(ph.toks) == h+1 {
			if named >= 0 {
				// "Muslim leaders", "Kurdish fighters": people a
				// religion or a people names, which the name rules leave
				// alone for want of a country: a group named by the
				// phrase.
				return &sectorWord{Sector: ph.sector.Sector, Canonical: spanText(toks, named, h+1), named: true, start: toks[named].start}, h
			}
			return ph.sector, h
		}
	}
	if named >= 0 {
		return nil, h
	}
	if memberWords[toks[h].lower] {
		return memberSector, h
	}
	if (personWords[toks[h].lower] || collectiveWords[toks[h].lower]) && (ownerWords[toks[h].lower] || !ownedByPronoun(p, toks, h)) && !namedInApposition(p, h) {
		return personSector, h
	}
	return nil, h
}

// faithWords name the people of a faith ("at least 19 Christians", "dozens
// of Muslims"): capitalized, so no sector word of the dictionary, and of no
// country unless their own phrase names one ("Egyptian Christians").
var faithWords = toSet(`christians muslims jews hindus sikhs buddhists catholics protestants copts shias shiites sunnis yazidis ahmadis`)

// personWords name one or a few people by what they are, not by name: "a
// 95-year-old man", "one of two men", "a 35-year-old inmate". They are no
// sector word of the dictionary, whose rules give a sector word the country
// the sentence places it in or names last: a person's country comes only
// from the word's own phrase ("a Palestinian man", "three Afghan men"), else
// the actor is a group of no country (code CVL).
var personWords = toSet(`man men woman inmate inmates prisoner detainee owner owners`)

// collectiveWords name people who act together by what they do, not by
// any body they belong to: "Campaigners welcomed news", "Critics have
// accused the party". Like personWords they are no sector word of the
// dictionary, where the name rules would split names that open with them
// ("the Musicians' Union") and give them the sentence's country: their
// country comes only from their own phrase ("critics in the US").
var collectiveWords = toSet(`critics campaigners`)

// ownerWords name whoever owns a thing: "its owners" are the thing's, never
// people of whoever "its" stands for, so a pronoun does not make them
// someone named (ownedByPronoun).
var ownerWords = toSet(`owner owners`)

var personSector = &sectorWord{Sector: "CVL", Canonical: "civilians"}

// ownedByPronoun reports whether word h has a possessive pronoun ("its
// men", "their members"): people of whoever the pronoun stands for, whom a
// word of no country would misname ("the brigade mobilised its men").
func ownedByPronoun(p *parse, toks []token, h int) bool {
	for _, k := range p.kids[h] {
		if p.words[k].Deprel == "nmod:poss" && p.words[k].UPOS == "PRON" {
			return true
		}
	}
	return false
}

// namedInApposition reports whether word h has a name in apposition ("the
// woman she played, Katharine Hepburn"): the name rules' person, not a
// nameless one.
func namedInApposition(p *parse, h int) bool {
	for _, k := range p.kids[h] {
		if p.rel(k) == "appos" && k < len(p.mAt) && p.mAt[k] != 0 {
			return true
		}
	}
	return false
}

// phraseStart is the first word of the noun phrase headed by h that comes
// before h: its determiners, numbers and modifiers ("a 95-year-old man"),
// and the quantity word whose "of" phrase h is ("one of two men"). The
// alias of a group named by its word is that phrase, which names the people
// meant better than the bare word.
func phraseStart(p *parse, toks []token, h int) int {
	if q := p.head(h); q >= 0 && q < h && p.rel(h) == "nmod" && p.caseOf(h) == "of" && quantityHeads[toks[q].lower] {
		h = q
	}
	start := h
	for k := h - 1; k >= 0; k-- {
		a := k
		for hops := 0; a >= 0 && a != h && hops < 4; hops++ {
			a = p.head(a)
		}
		if a != h || p.verbal(k) || p.rel(k) == "case" || p.rel(k) == "cc" || p.rel(k) == "punct" && !toks[k].hyph {
			break
		}
		start = k
	}
	return start
}

// memberWords name the members of whatever their phrase says owns them
// ("members of the cabinet", "IS members"); with no owner, people of no
// country ("mob members"). They are no sector word of the dictionary, where
// the name rules would join them to the names after them.
var memberWords = toSet(`members`)

var memberSector = &sectorWord{Sector: "CVL", Canonical: "members"}

// genericRef makes the actor of people word h (sector sw): the body of the
// country or organization its own dependents name ("Haitian workers",
// "workers in Haiti", "employees of Wargaming"), else a group of no country
// named by the word itself. The word is recorded as a mention of it.
func (b *builder) genericRef(p *parse, toks []token, ms []mention, h int, sw *sectorWord, doer bool) *entRef {
	if sw == stateSector {
		return b.statesRef(p, toks, h)
	}
	if doer && ownerWords[toks[h].lower] {
		// "the owner has agreed to lend it": a private party.
		return nil
	}
	owner := b.ownerOf(p, ms, h, false)
	if owner == nil && !sw.named && bareAuthorityNouns[toks[h].lower] && (h == 0 || !toks[h].upper) && bareNoun(p, toks, h) {
		// "Police appealed for help", "co-operate with police" in a story
		// naming a second country, which placeSectors leaves alone: the
		// police of the one state the story named bodies of (as for "the
		// authorities" after a verb, see bareGovernmentObject).
		if c := b.d.byISO[b.bareBodyCountry(toks[h].lower)]; c != nil {
			owner = b.countryRef(c)
		}
	}
	if owner == nil && sw.named && doer {
		// A people a capitalized word names is no doer without the
		// country its own phrase names: coded news gives the act the
		// country it happens in, and an act of no source country
		// would be worse than none. As the one acted on it is a group.
		return nil
	}
	var ref *entRef
	if owner != nil && sw == memberSector && owner.Kind != KindCountry {
		// The members of a body act as the body.
		b.addMention(owner, toks[h].start, toks[h].end)
		return owner
	}
	if owner != nil {
		ref = b.bodyRef(owner, sw, toks[h].text)
	}
	if ref == nil && !sw.named && (!countrylessSectors[sw.Sector] && !b.unanchoredState(p, toks, ms, h, sw) && !(sw.Sector == "BUS" && (!doer || kindOfFirms(p, toks, h)) && p.words[h].XPOS == "NNS" && !namedBefore(p, toks, h)) || vagueWords[toks[h].lower]) {
		// (Firms acted on are an actor of no country: "fined three
		// banks", "sanctions against hundreds of companies"; a firm
		// that acts without a name says nothing unless its phrase
		// names a kind of firms, "the tobacco companies", nor do "these
		// companies", named before.)
		return nil
	}
	start := toks[h].start
	if ref == nil && sw.named {
		// A group of no country, named by its phrase: its leaders and
		// officials are a people's elite (ELI), no state's.
		id := "group:" + slug(sw.Canonical)
		if ref = b.refs[id]; ref == nil {
			code, kind := sw.Sector, KindGroup
			if eliteWords[toks[h].lower] {
				code = "ELI"
			} else if stateSectors[code] {
				kind = KindOrganization
			}
			ref = &entRef{ID: id, Name: sw.Canonical, Kind: kind, Code: code, Sector: code, sw: sw}
			b.refs[id] = ref
		}
		start = sw.start
	}
	if ref == nil {
		word := strings.ToLower(toks[h].text)
		if ph := b.d.lookup(toks, h); ph == nil || ph.kind != phSector || ph.sector != sw {
			// "rights groups", "aid agencies": a head that names no one
			// alone ("groups"), or another body ("union leaders"), gives
			// way to the canonical name of the sector phrase it ends.
			for k := h - 1; k >= 0 && k >= h-3; k-- {
				if ph := b.d.lookup(toks, k); ph != nil && ph.kind == phSector && ph.sector == sw && k+len(ph.toks) == h+1 {
					word = sw.Canonical
					break
				}
			}
		}
		if sw == personSector {
			start = toks[phraseStart(p, toks, h)].start
		}
		id := "group:" + slug(word)
		if ref = b.refs[id]; ref == nil {
			kind := KindGroup
			if stateSectors[sw.Sector] {
				kind = KindOrganization
			}
			ref = &entRef{ID: id, Name: word, Kind: kind, Code: sw.Sector, Sector: sw.Sector, sw: sw}
			b.refs[id] = ref
		}
	}
	b.addMention(ref, start, toks[h].end)
	return ref
}

// unanchoredState reports whether word h is a bare "the government" or "the
// authorities" of a story that has named no state or state body so far and
// gives none to it (bareBodyCountry), in a sentence that names no country:
// a state of unknown country, still a side of the act ("the opposition
// accused the government", "plans to sue the government"). Coded news would
// rather have the event with a state of no country than lose it. Where
// states were named the story's own is bareBodyCountry's to find, and with
// two named as often the body keeps no side (TestBareBodyArgument); a country
// the sentence names that the sector rules did not give the body ("reports
// from China") may be its state or another, so that sentence is left alone.
func (b *builder) unanchoredState(p *parse, toks []token, ms []mention, h int, sw *sectorWord) bool {
	w := toks[h].lower
	if sw.Sector != "GOV" || w != "government" && w != "authorities" || h == 0 || toks[h-1].lower != "the" || !bareNoun(p, toks, h) {
		return false
	}
	for _, m := range ms {
		if m.ref != nil && m.ref.Kind == KindCountry {
			return false
		}
	}
	return b.noStateSeen() && b.bareBodyCountry(w) == ""
}

// kindOfFirms reports whether the firms of plural word h are a kind its own
// phrase names by a lower-case word ("the tobacco companies", "the rival
// carriers", "foreign banks"): a class of firms that acts as one, where
// "the companies" alone is firms named before, whom the word misnames, and
// "other companies" or "several banks" count firms, naming no kind.
func kindOfFirms(p *parse, toks []token, h int) bool {
	for _, k := range p.kids[h] {
		if r := p.rel(k); (r == "amod" || r == "compound") && k < h && toks[k].word && !toks[k].upper && !quantifiers[toks[k].lower] {
			return true
		}
	}
	return false
}

// eliteWords name the heads of a people or faith when no state owns them
// ("Muslim leaders", "Kurdish officials").
var eliteWords = toSet(`leaders leadership officials official`)

// countrylessSectors are the sectors whose people are an actor without a
// country: protesters, prisoners, rebels, police, journalists. A government,
// a court, a parliament or a firm of no country says nothing.
var countrylessSectors = toSet(`CVL REB OPP REF UAF COP MIL LAB MED NGO`)

// vagueWords name no one in particular without a country: "people visited
// the website", "forces".
var vagueWords = toSet(`people forces crowd crowds`)

// ownerOf finds the actor that word h's own phrase says it belongs to: a
// country, place, organization (or, with persons, a person) named by an
// adjective, a possessive, a compound or an "of", "in", "from" or "for"
// phrase of it ("Haitian workers", "workers in Haiti", "Canada's premier",
// "a spokesman for President X"). nil when it names none.
func (b *builder) ownerOf(p *parse, ms []mention, h int, persons bool) *entRef {
	for _, k := range p.kids[h] {
		r := p.words[k].Deprel
		c := p.caseOf(k)
		if !(r == "amod" || r == "nmod:poss" || r == "compound" || p.rel(k) == "nmod" && (c == "in" || c == "of" || c == "from" || c == "for")) {
			continue
		}
		m := -1
		if k < len(p.mAt) {
			m = p.mAt[k] - 1
		}
		if m < 0 || ms[m].ref == nil || ms[m].agr || ms[m].person && !persons {
			continue
		}
		switch ref := ms[m].ref; {
		case ref.Kind == KindCountry:
			return ref
		case ref.Kind == KindLocation && locISO(ref) != "" && b.d.byISO[locISO(ref)] != nil:
			// "the governor of Kerala", "the Quebec premier": a place's
			// country is in locCountry, not Country.
			return b.countryRef(b.d.byISO[locISO(ref)])
		case (ref.Kind == KindOrganization || ref.Kind == KindGroup) && !ms[m].loc:
			return ref
		case ref.Kind == KindPerson && persons:
			return ref
		}
	}
	return nil
}

// titleRef makes the actor of an office named without a name, when its own
// phrase says whose office it is ("the premier of Canada's Alberta
// province", "a spokesman for President X"): the owner's body of the
// title's sector (the Canadian government), or the owning person or
// organization itself. A bare title ("the prime minister", "Brexit
// negotiators") is roleRef's: the office of the article's one state when
// it is one such office, else a role of no country.
//
// avoid are the actors the act already has on its other side: a bare
// office that would be one of them stays a role (see roleRef).
func (b *builder) titleRef(p *parse, toks []token, ms []mention, h int, avoid ...*entRef) *entRef {
	if h < 0 || h >= len(toks) {
		return nil
	}
	if p.words[h].UPOS != "NOUN" || toks[h].upper && h > 0 && !abbrevPlural(toks[h].text) {
		if b.bareCapitalTitle(p, toks, h) {
			if ttl := b.titleOf(p, toks, h); ttl != nil && b.ownerOf(p, ms, h, true) == nil {
				return b.roleRef(p, toks, h, ttl, avoid...)
			}
		}
		return nil
	}
	ttl := b.titleOf(p, toks, h)
	if ttl == nil {
		return nil
	}
	owner := b.ownerOf(p, ms, h, true)
	if owner == nil {
		return b.roleRef(p, toks, h, ttl, avoid...)
	}
	if owner.Kind == KindPerson && !speaksFor[toks[h].lower] {
		// "a spokesman for President X" speaks for X; "X's lawyer" or
		// "X's deputy" acts on his own.
		return nil
	}
	ref := owner
	if owner.Kind == KindCountry {
		ref = b.bodyRef(owner, &sectorWord{Sector: ttl.Sector, Canonical: sectorCanon(ttl.Sector)}, "")
	}
	if ref != nil {
		b.addMention(ref, toks[h].start, toks[h].end)
	}
	return ref
}

// placeOffice makes the actor of an office its place names, with no
// person named: "the Dubai Ruler", "the Kerala Governor", "the Alberta
// premier" — the government of the place's country (or the title's body of
// it). The tagger reads a capitalized title after a place as part of the
// place's name ("Dubai" subject, "Ruler" flat), so the words, not the tree,
// say whose office it is; w is the word the tree makes the subject or
// object, in the place or in the title. nil when a name follows the title
// ("the Dubai Ruler Sheikh Mohammed": the name rules' person) or the place
// has no country.
func (b *builder) placeOffice(toks []token, ms []mention, mAt []int, w int) *entRef {
	m := -1
	if mAt[w] != 0 {
		m = mAt[w] - 1
	} else {
		for at := w; at >= 0 && at >= w-2; at-- {
			if ph := b.d.lookup(toks, at); ph != nil && ph.kind == phTitle && at+len(ph.toks) == w+1 {
				if at > 0 && mAt[at-1] != 0 {
					m = mAt[at-1] - 1
				}
				break
			}
		}
	}
	if m < 0 || ms[m].ref == nil || ms[m].ref.Kind != KindLocation || ms[m].j >= len(toks) {
		return nil
	}
	iso := locISO(ms[m].ref)
	if iso == "" || b.d.byISO[iso] == nil {
		return nil
	}
	ph := b.d.lookup(toks, ms[m].j)
	if ph == nil || ph.kind != phTitle || ph.title == nil {
		return nil
	}
	end := ms[m].j + len(ph.toks)
	if mAt[w] == 0 && w != end-1 {
		return nil
	}
	if end < len(toks) && (toks[end].upper && toks[end].word || mAt[end] != 0 || toks[end].lower == "'s") {
		return nil // "the Dubai Ruler Sheikh Mohammed", "the Kerala Governor's office"
	}
	ttl := ph.title
	ref := b.officeBody(iso, ttl)
	if ref != nil {
		b.addMention(ref, toks[ms[m].j].start, toks[end-1].end)
	}
	return ref
}

// uncoveredPeople reports whether a word in [i, j) that no mention covers is
// a sector word: only then can the tree add a generic actor, and only then
// is the sentence parsed for it.
func (b *builder) uncoveredPeople(toks []token, mAt []int, i, j int) bool {
	for k := max(i, 0); k < j && k < len(toks); k++ {
		if mAt[k] != 0 || !toks[k].word {
			continue
		}
		if toks[k].upper && k > 0 {
			if faithWords[toks[k].lower] {
				return true
			}
			if b.titleWord(toks[k].lower) && !(k+1 < len(toks) && toks[k+1].upper && toks[k+1].word) {
				return true // "the Prime Minister": a bare title (see bareCapitalTitle)
			}
			if abbrevPlural(toks[k].text) && b.roleWordAt(toks, k) {
				return true // "20 MPs": the plural of a title written as an abbreviation
			}
			continue
		}
		if ph := b.d.lookup(toks, k); ph != nil && (ph.kind == phSector || ph.kind == phTitle) || memberWords[toks[k].lower] || personWords[toks[k].lower] || stateWords[toks[k].lower] || b.roleWordAt(toks, k) {
			return true
		}
	}
	return false
}

// genericArgs fills what the named actors left open from the tree: a
// source where there is none (the verb's subject, a passive's "by" phrase,
// a noun's possessor or "by" phrase), and a target where the verb's object
// (a passive's subject, a noun's "of" or "against" phrase) is a people word
// that comes before the target the word rules chose ("freed 37 prisoners,
// including one held at Guantanamo Bay").
func (b *builder) genericArgs(toks []token, ms []mention, mAt []int, cl *clause, t trigger, sources, targets []*entRef) ([]*entRef, []*entRef) {
	if parseMode == "off" || t.org >= 0 || t.gapI >= 0 && b.gapIsActor(toks, ms, t) || t.p.Death {
		// (What someone died of has the dead for its target, the one
		// who held them for its source: deathVictims, custodian.)
		return sources, targets
	}
	if len(sources) == 0 {
		// no act to aim
	} else if r := b.gapName(toks, mAt, t); r != nil && !inRefs(r, sources) {
		// "found Barbarin guilty", "accused Marchetti of": the name
		// in the pattern's gap is the one acted on, before any actor the
		// word rules found further on.
		targets = []*entRef{r}
	} else if r := b.gapRole(toks, ms, mAt, t, sources...); r != nil && !inRefs(r, sources) {
		// "called on ministers to", "urged the chancellor to": an office
		// named bare in the gap is the one acted on, as a name there is.
		targets = []*entRef{r}
	}
	if len(sources) > 0 && !t.p.Noun && !b.movesForces(toks, t) && t.p.Code[:2] != "15" && b.targetAfterPattern(toks, ms, t, targets) {
		// "expelled humanitarian aid workers, including those from X",
		// "clashed with police": people the pattern itself names are the
		// ones acted on, before any actor named after them; forces sent,
		// withdrawn or mobilized (15) are the mover's own.
		if m := mAt[t.j-1] - 1; m >= 0 && len(targets) > 0 && ms[m].j == t.j && ms[m].i > t.i && actorMention(ms[m]) && ms[m].ref.sw != nil && !inRefs(ms[m].ref, sources) {
			// Only over an actor the word rules found after it: the
			// mention's country may come from the sentence's place, not
			// its own phrase ("hands over the two suspects, ... said in
			// Brussels").
			return sources, []*entRef{ms[m].ref}
		}
	}
	if len(sources) > 0 && !t.p.Noun && b.endsOnPeople(toks, mAt, t) && !b.movesForces(toks, t) && t.p.Code[:2] != "15" && b.targetAfterPattern(toks, ms, t, targets) {
		if p := b.tree(); p != nil && p.readable(t.i, false) {
			if sw, h := b.peopleWord(p, toks, t.j-1); sw != nil && h == t.j-1 && sw.Sector != "MED" {
				// (Newspapers closed are no people: the act stays aimed at
				// the country.)
				if r := b.genericRef(p, toks, ms, h, sw, false); r != nil && !inRefs(r, sources) {
					return sources, []*entRef{r}
				}
			}
		}
	}
	// Parsing costs more than all the word rules: the tree is asked only
	// where a people word or a bare name stands where the actor would (the
	// subject before the verb, a "by" phrase after it, the object before
	// the target the word rules chose).
	needSrc := len(sources) == 0 && (b.uncoveredPeople(toks, mAt, max(cl.start, t.i-8), t.i) || byPeople(b, toks, mAt, t.j, cl.end) || nameBefore(toks, mAt, cl.start, t.i) ||
		!t.p.Noun && pronounBefore(toks, t.i) && b.uncoveredPeople(toks, mAt, max(0, t.i-20), t.i))
	tgtAt := cl.end
	if len(targets) > 0 {
		tgtAt = t.j
		for tgtAt < cl.end && (mAt[tgtAt] == 0 || ms[mAt[tgtAt]-1].ref != targets[0]) {
			tgtAt++
		}
	}
	// A target is of use only to an act with a source; the object stands
	// within a few words of its verb ("freed 37 prisoners", "detained
	// dozens of students"), a passive's subject just before it.
	asks := !t.p.Noun && (t.p.Code[:2] == "10" || t.p.Code[:2] == "12")
	gives := !t.p.Noun && (t.p.Code[:2] == "07" || t.p.Code[:2] == "08")
	needTgt := (len(sources) > 0 || needSrc) && (b.uncoveredPeople(toks, mAt, t.j, min(tgtAt, t.j+6)) ||
		asks && fromPeople(b, toks, mAt, t.j, tgtAt) ||
		gives && toPeople(b, toks, mAt, t.j, cl.end) ||
		len(targets) == 0 && b.uncoveredPeople(toks, mAt, max(cl.start, t.i-5), t.i) ||
		!t.p.Noun && nameAfter(toks, mAt, t.j, min(tgtAt, t.j+3)))
	if debugTrig {
		println("GENERIC", needSrc, needTgt, tgtAt)
	}
	if !needSrc && !needTgt {
		return sources, targets
	}
	p := b.tree()
	n := p.nounWord(t) // t.i for a verb
	if p == nil || !p.readable(n, t.p.Noun) {
		return sources, targets
	}
	srcW, tgtW := -1, -1
	if t.p.Noun {
		srcW, tgtW = p.nounArgs(n)
		if srcW < 0 {
			if h := p.governingVerb(n); h >= 0 {
				if s, pass, ok := p.subjectOf(h); ok && !pass {
					srcW = s
				}
			}
		}
	} else {
		if s, pass, ok := p.subjectOf(t.i); ok {
			if pass {
				tgtW = s
				if a, ok := p.agentOf(t.i); ok {
					srcW = a
				}
			} else {
				srcW = s
			}
		}
		if tgtW < 0 {
			// A bare noun right after the pattern is the object the
			// tagger missed, before any aimed oblique further on ("freed
			// 37 prisoners late on Tuesday").
			if o := p.bareNounAfter(t.i, t.j); o >= 0 {
				tgtW = o
			} else if o, ok := p.objectFrom(t.i, t.j); ok {
				tgtW = o
			} else if last := t.j - 1; last > t.i && last < len(p.words) && p.words[last].UPOS == "VERB" && p.head(last) == t.i {
				// "refused to meet science body president": a pattern
				// that ends on a verb of its own acts on that verb's
				// object.
				if o, ok := p.objectFrom(last, t.j); ok {
					tgtW = o
				}
			} else if x := p.toInfinitive(t.i, t.j); x >= 0 && asks {
				// "refused to accept a request from X": a refusal that
				// ends on "to" is aimed through the verb after it at
				// whoever asked; what that verb acts on is no target
				// ("refused to send peacekeepers": its own forces).
				if o, ok := p.objectFrom(x, x+1); ok {
					if a := b.askedOf(p, toks, t, o); a != o {
						tgtW = a
					}
				}
			}
		}
		if asks {
			tgtW = b.askedOf(p, toks, t, tgtW)
		}
		if gives {
			if k := b.givenTo(p, toks, t, tgtW); k != tgtW {
				// The one given to is the act's target wherever the
				// word rules found an actor ("a painting by a Belgian
				// artist to its owner").
				tgtW, tgtAt = k, cl.end
			}
		}
		if tgtW < 0 && t.p.Words[len(t.p.Words)-1] == "that" {
			// "demanded that Dbeibeh appear": whom the demand is of is
			// the subject of what is demanded.
			tgtW = p.clauseSubject(t.i)
		}
	}
	if needSrc && !t.p.Noun {
		srcW = p.speakerOf(srcW)
	}
	if needSrc && srcW >= 0 && srcW < len(mAt) {
		if r := b.placeOffice(toks, ms, mAt, srcW); r != nil && !inRefs(r, targets) {
			sources = []*entRef{r}
		}
	}
	if needSrc && len(sources) == 0 && srcW >= 0 && srcW < len(mAt) && mAt[srcW] == 0 {
		if sw, h := b.peopleWord(p, toks, srcW); sw != nil && mAt[h] == 0 {
			if sw == personSector && t.p.Noun && p.words[h].Deprel == "nmod:poss" {
				// "the men's arrest": the one a person word owns is done
				// to him.
			} else if r := b.genericRef(p, toks, ms, h, sw, true); r != nil {
				sources = []*entRef{r}
			}
		} else if r := b.titleRef(p, toks, ms, srcW, targets...); r != nil && !inRefs(r, targets) {
			sources = []*entRef{r}
		} else if r := b.surnameRef(p, toks, srcW, "nsubj"); r != nil && !t.p.Noun {
			sources = []*entRef{r}
		}
	}
	if needTgt && tgtW >= 0 && tgtW < len(mAt) && mAt[tgtW] == 0 && tgtW < tgtAt {
		if sw, h := b.peopleWord(p, toks, tgtW); sw != nil && mAt[h] == 0 && h < tgtAt {
			if sw == personSector && len(targets) > 0 && targets[0].Kind == KindPerson {
				// "thanked the woman she played, Katharine Hepburn": the
				// person the word rules found after it is the one meant.
			} else if r := b.genericRef(p, toks, ms, h, sw, false); r != nil && !inRefs(r, sources) {
				targets = []*entRef{r}
			}
		} else if r := b.titleRef(p, toks, ms, tgtW, sources...); r != nil && !inRefs(r, sources) {
			targets = []*entRef{r}
		} else if !t.p.Noun {
			rel := "obj"
			if p.rel(tgtW) == "nsubj" && tgtW >= t.j {
				rel = "nsubj" // the subject of a "that" clause after the pattern
			} else if c := p.caseOf(tgtW); c == "against" || c == "with" || c == "into" {
				// "an investigation into Boztepe", "a lawsuit against
				// Thom": a person or body; "to", "on", "at" may be a place.
				rel = p.rel(tgtW)
			} else if h := p.head(tgtW); c == "of" && h >= t.i && h < t.j {
				// "opened an investigation of Flynn": the "of" phrase of
				// the pattern's own noun is whom the act is aimed at.
				rel = p.rel(tgtW)
			}
			if r := b.surnameRef(p, toks, tgtW, rel); r != nil && !inRefs(r, sources) {
				targets = []*entRef{r}
			}
		}
	}
	return sources, targets
}

// nameAfter reports a capitalized word no mention covers in [i, j), after
// the verb ("accused Gulen of", "pardoned Nixon"): a name the name rules
// could not place, in the object's seat.
func nameAfter(toks []token, mAt []int, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if mAt[k] == 0 && toks[k].word && toks[k].upper && !notNames[toks[k].lower] {
			return true
		}
	}
	return false
}

// nameBefore reports a capitalized word no mention covers right before the
// verb at j, with at most auxiliaries and adverbs between ("Buhari
// attended", "Sisi had reportedly held", "Maduro has now closed"): a name the name rules could not
// place, in the subject's seat.
func nameBefore(toks []token, mAt []int, i, j int) bool {
	k := j - 1
	for k > i && k > j-4 && (isAux(toks[k].lower) || strings.HasSuffix(toks[k].lower, "ly") || midAdverbs[toks[k].lower]) {
		k--
	}
	return k >= i && k < len(toks) && mAt[k] == 0 && toks[k].word && toks[k].upper && !notNames[toks[k].lower]
}

// fromPeople reports a people word no mention covers within a "from"
// phrase after the verb ("demanded an apology from the prime minister").
func fromPeople(b *builder, toks []token, mAt []int, i, j int) bool {
	for k := i; k < j && k < len(toks) && k < i+10; k++ {
		if toks[k].lower == "from" {
			return b.uncoveredPeople(toks, mAt, k+1, min(j, k+5))
		}
	}
	return false
}

// askedOf is whom a demand or a refusal is aimed at when its object is a
// thing asked of someone: the object's "from" phrase ("demanded an apology
// from the prime minister", "refused a request from the justice
// minister": the one who asked). o is the object the tree gave (-1 when
// none: then the pattern's own last noun, "refused a request"); o is
// returned when it has no such phrase or names people itself.
func (b *builder) askedOf(p *parse, toks []token, t trigger, o int) int {
	n := o
	if n < 0 {
		n = t.j - 1
		if n <= t.i || n >= len(p.words) || p.words[n].UPOS != "NOUN" {
			return o
		}
	}
	if p.words[n].UPOS != "NOUN" {
		return o
	}
	if sw, _ := b.peopleWord(p, toks, n); sw != nil || b.titleOf(p, toks, n) != nil {
		return o
	}
	for _, k := range p.kids[n] {
		if p.rel(k) == "nmod" && p.caseOf(k) == "from" && k > n {
			return k
		}
	}
	if v := p.head(n); v >= 0 && p.verbal(v) && (p.rel(n) == "obj" || p.rel(n) == "obl") {
		// "respond to a request from 20 MPs": the parser may hang the
		// "from" phrase on the verb, right after the thing asked.
		for _, k := range p.kids[v] {
			if p.rel(k) == "obl" && p.caseOf(k) == "from" && k > n && k <= n+6 {
				return k
			}
		}
	}
	return o
}

// toPeople reports a people word no mention covers within a "to" phrase
// after the verb ("returned the paintings to their owners").
func toPeople(b *builder, toks []token, mAt []int, i, j int) bool {
	for k := i; k < j && k < len(toks) && k < i+20; k++ {
		if toks[k].lower == "to" && b.uncoveredPeople(toks, mAt, k+1, min(j, k+4)) {
			return true
		}
	}
	return false
}

// givenTo is whom a gift or a return is aimed at when the verb's object
// is the thing given: the verb's "to" phrase, when a person word names
// them ("returned a stolen painting to its owner"). o is the object the tree
// gave (-1 when none); o is returned when it names people itself or the
// verb has no such phrase.
func (b *builder) givenTo(p *parse, toks []token, t trigger, o int) int {
	if o >= 0 {
		if u := p.words[o].UPOS; u != "NOUN" && u != "PROPN" || p.mAt[o] != 0 {
			return o
		}
		if sw, _ := b.peopleWord(p, toks, o); sw != nil || b.titleOf(p, toks, o) != nil {
			return o
		}
	}
	for k := max(o+1, t.j); k < len(p.words) && k < t.j+25; k++ {
		// The verb's "to" phrase, or one the parser hung on a noun of
		// the verb's own phrases ("a portrait of a girl by X to its
		// owner"), with no verb between.
		if p.caseOf(k) != "to" || !(p.rel(k) == "obl" || p.rel(k) == "nmod") || !p.nounPathTo(k, t.i) {
			continue
		}
		if sw, _ := b.peopleWord(p, toks, k); sw == personSector {
			// Only people named by what they are ("its owner", "a
			// woman"): a sector word's country is the word rules' to
			// find ("refugees fleeing the war in Liberia").
			return k
		}
	}
	return o
}

// byPeople reports a people word no mention covers within a "by" phrase
// after the verb ("were arrested by police").
func byPeople(b *builder, toks []token, mAt []int, i, j int) bool {
	for k := i; k < j && k < i+8; k++ {
		if toks[k].lower == "by" {
			return b.uncoveredPeople(toks, mAt, k+1, min(j, k+5))
		}
	}
	return false
}

// surnameRef makes a person of a proper name the tree gives as a verb's
// subject (rel "nsubj") or object ("obj") when the name rules placed it
// nowhere ("Buhari attended ...", "Maduro has closed ...", "accused Gulen
// of ..."): one capitalized word, not an acronym (an
// organization's, which the name rules judge), of no country, since the
// text does not say it.
func (b *builder) surnameRef(p *parse, toks []token, h int, rel string) *entRef {
	if h < 0 || h >= len(toks) || p.words[h].UPOS != "PROPN" || p.mAt[h] != 0 || p.rel(h) != rel {
		return nil
	}
	i, j := h, h+1
	for _, k := range p.kids[h] {
		if r := p.words[k].Deprel; r == "flat" || r == "compound" && p.words[k].UPOS == "PROPN" {
			i, j = min(i, k), max(j, k+1)
		} else if timeNouns[toks[k].lower] && k < h {
			// "Last week Varkonyi has attended": a time adjunct the parser
			// hung on the name, not a modifier of it.
			continue
		} else if r != "punct" && r != "cc" && r != "conj" && r != "case" && k < h {
			return nil // a determiner or modifier: not a bare name
		}
	}
	if j-i > 1 {
		return nil // "Halvorsen Tobacco agreed": longer names are the name rules' to judge
	}
	if j < len(toks) && toks[j].word && !toks[j].upper && !toks[j].nl {
		if ph := b.d.lookup(toks, j); ph != nil && ph.sector != nil {
			// "Riot police dispersed ...", "Prison officials said": a
			// capitalized word before a sector noun (police, troops,
			// officials) modifies the body the noun names; the parser may
			// hang both on the verb, but the word is no one's name.
			return nil
		}
	}
	if rel != "nsubj" && j < len(toks) && toks[j].word && !prepositions[toks[j].lower] && toks[j].lower != "and" && toks[j].lower != "or" && (p.words[j].UPOS != "VERB" || toks[j].hyph) {
		// "supplied Stinger anti-aircraft missiles": a name that modifies
		// the words after it names a thing, not the one acted on. A verb
		// after it opens a phrase of its own ("an investigation of Flynn
		// based on ..."), unless a hyphen joins them ("Swansea-born").
		return nil
	}
	for k := i; k < j; k++ {
		w := toks[k]
		if !w.word || !w.upper || p.mAt[k] != 0 || notNames[w.lower] || regions[w.lower] || strings.ToUpper(w.text) == w.text {
			return nil
		}
	}
	name := spanText(toks, i, j)
	if low := strings.ToLower(name); b.storms[low] || b.isWork(low) || memberPlurals[low] {
		return nil // "Mitch killed" after "Hurricane Mitch": the storm; "Vera Drake has won" after "the film Vera Drake": a work (works.go); "MPs said": no one's name
	}
	var r *entRef
	if o := b.orgOpenedBy(name); o != nil {
		// "Vivendi has rejected the charge" after "Vivendi Universal":
		// the first word of a body the article named is that body.
		r = o
	} else if rel == "nsubj" {
		r = b.personRef(name, nil, nil)
	} else {
		// An object's name is a person's or a firm's ("sue Baikal"): it
		// stays this act's target and is not looked for in later
		// sentences, where it would make acts of its own.
		r = b.bareNamePerson(name)
	}
	b.addMention(r, toks[i].start, toks[j-1].end)
	return r
}

// orgOpenedBy is the one organization of the article whose name of two or
// more words opens with the single word name ("Vivendi" for "Vivendi
// Universal"); nil when none or several do, or when a person of the
// article goes by that name.
func (b *builder) orgOpenedBy(name string) *entRef {
	if strings.Contains(name, " ") || b.personByName(name) != nil {
		return nil
	}
	var found *entRef
	for _, r := range b.refs {
		if r.Kind != KindOrganization || !strings.HasPrefix(r.Name, name+" ") {
			continue
		}
		if found != nil && found != r {
			return nil
		}
		found = r
	}
	return found
}

// regions are names of parts of the world, never of a person.
var regions = toSet(`europe asia africa america americas oceania antarctica arctic balkans caucasus
scandinavia eurasia`)

// timeNouns head the time adjuncts that open a sentence ("last week",
// "this month").
var timeNouns = toSet(`week weekend month year day night morning afternoon evening`)

// gapClosers end a gap that holds the one acted on ("urged X to", "accused
// X of", "found X guilty"). Before a noun of the pattern the gap holds its
// modifiers ("denied Conservative claims", "offered State help").
var gapClosers = toSet(`to of for on with from by into over as against about guilty liable responsible`)

// gapCloses reports whether the word at j ends a pattern's gap as a name
// or title's phrase: a gapClosers word, or a time before the governed "to"
// ("asked the Emir last week to", matchFrom).
func gapCloses(toks []token, j int) bool {
	return gapClosers[toks[j].lower] || timeBeforeTo(toks, j) > j
}

// gapName makes a person of the name that fills the gap of trigger t when
// the name rules placed it nowhere ("found Barbarin guilty", "urged Vella
// to"): one to three capitalized words, no acronym (an organization's,
// which the name rules judge), of no country, since the text does not say
// it. nil when the gap holds anything else.
func (b *builder) gapName(toks []token, mAt []int, t trigger) *entRef {
	i, j := t.gapI, t.gapJ
	if i <= 0 || j <= i || j-i > 3 || j >= t.j || j > len(toks) || !gapCloses(toks, j) {
		return nil
	}
	for k := i; k < j; k++ {
		w := toks[k]
		if mAt[k] != 0 || !w.word || !w.upper || w.hyph || notNames[w.lower] || regions[w.lower] || strings.ToUpper(w.text) == w.text ||
			b.d.lookup(toks, k) != nil {
			return nil
		}
	}
	if p := b.tree(); p != nil && p.words[j-1].XPOS == "NNPS" {
		return nil // "ask Muslims to": a plural name is a people, not a person
	}
	r := b.bareNamePerson(spanText(toks, i, j))
	b.addMention(r, toks[i].start, toks[j-1].end)
	return r
}

// gapRole makes the actor of a title or its plural that ends the gap of
// trigger t when no mention covers it ("called on ministers to", "urged
// the chancellor to"): the gap lies inside the pattern, where the target
// rules after it do not look. The title's own phrase, or the one state of
// the text, says whose office it is (titleRef); when neither does it is a
// role of no country (roleRef). nil when the gap holds anything else, or
// the title stands for someone named ("his spokesman").
func (b *builder) gapRole(toks []token, ms []mention, mAt []int, t trigger, avoid ...*entRef) *entRef {
	i, j := t.gapI, t.gapJ
	if i < 0 || j <= i || j-i > 2 || j >= t.j || j > len(toks) || !gapCloses(toks, j) || mAt[j-1] != 0 {
		return nil
	}
	if j-i == 2 && toks[i].lower != "the" {
		return nil
	}
	h := j - 1
	if !b.titleWord(toks[h].lower) && !b.roleWordAt(toks, h) {
		return nil
	}
	p := b.tree()
	if p == nil || h >= len(p.words) {
		return nil
	}
	return b.titleRef(p, toks, ms, h, avoid...)
}

// bareNamePerson is the person a name found in an act's argument names:
// one known by that name, else a person of that name and of no country,
// since the text does not say it.
func (b *builder) bareNamePerson(name string) *entRef {
	if r := b.personByName(name); r != nil {
		return r
	}
	id := "person:" + slug(name)
	r := b.refs[id]
	if r == nil {
		r = &entRef{ID: id, Name: name, Kind: KindPerson}
		b.refs[id] = r
	}
	return r
}

// targetAfterPattern reports whether the word rules found no target for t,
// or found it after the pattern; false when a pronoun right after the verb
// is the object ("pardoned him along with 30 prisoners").
func (b *builder) targetAfterPattern(toks []token, ms []mention, t trigger, targets []*entRef) bool {
	for k := t.i + 1; k < t.j && k < t.i+3; k++ {
		if w := toks[k].lower; w == "him" || w == "her" || w == "them" {
			return false // the object pronoun's (see objectPronoun)
		}
	}
	if len(targets) == 0 {
		return true
	}
	for _, m := range ms {
		if m.ref == targets[0] && m.i >= t.j {
			return true
		}
	}
	return false
}

// endsOnPeople reports whether the last word of t's pattern is a people word
// no mention covers ("expelled aid workers"); only then is the tree asked
// for its generic actor.
func (b *builder) endsOnPeople(toks []token, mAt []int, t trigger) bool {
	h := t.j - 1
	if h <= t.i || h >= len(toks) || mAt[h] != 0 || toks[h].upper {
		return false
	}
	for _, at := range []int{h, h - 1} {
		if ph := b.d.lookup(toks, at); at > t.i && ph != nil && ph.kind == phSector && at+len(ph.toks) == h+1 {
			return true
		}
	}
	return memberWords[toks[h].lower] || personWords[toks[h].lower]
}

// stateWords name states the text does not name one by one: "some European
// countries", "nearly 70 countries", "the Southeast Asian nations". Each is
// an actor of its own, a group of no country named by its words.
var stateWords = toSet(`countries nations`)

var stateSector = &sectorWord{Canonical: "countries"}

// unnamedStates reports whether states word h is a group of its own, not
// states the text has named ("the two countries", "both nations", "these
// countries": the findSubject rules give them their names, and a nameless
// group would be worse) nor states a country owns ("Iraq's neighbouring
// countries").
func unnamedStates(p *parse, toks []token, h int) bool {
	for _, k := range p.kids[h] {
		switch w := toks[k].lower; {
		case w == "two" || w == "both" || w == "these" || w == "those" || w == "such" || w == "their" || w == "its" || w == "our":
			return false
		case p.mAt[k] != 0:
			return false
		case p.words[k].Deprel == "nmod:poss":
			return false
		}
	}
	return true
}

// statesRef makes the group of states word h names, with the capitalized
// words of its own phrase before it ("European countries", "Southeast
// Asian nations"; else "countries": "Several", "Other" opening a sentence
// are no name), and records the mention. A lower-case word hyphenated to
// the run stays in it ("Muslim-majority nations").
func (b *builder) statesRef(p *parse, toks []token, h int) *entRef {
	i := h
	for _, k := range p.kids[h] {
		if r := p.rel(k); k < h && (r == "amod" || r == "compound") && toks[k].upper && (k > 0 || !quantityHeads[toks[k].lower] && !determiners[toks[k].lower] && toks[k].lower != "other") {
			i = min(i, k)
		}
	}
	for k := i; k < h; k++ {
		if !toks[k].word || !toks[k].upper && !toks[k].hyph {
			i = k + 1 // only the unbroken run of capitalized words before h
		}
	}
	name := strings.ToLower(toks[h].text)
	if i < h {
		name = spanText(toks, i, h) + " " + name
	}
	id := "group:" + slug(name)
	ref := b.refs[id]
	if ref == nil {
		ref = &entRef{ID: id, Name: name, Kind: KindGroup}
		b.refs[id] = ref
	}
	b.addMention(ref, toks[i].start, toks[h].end)
	return ref
}

// pronounBefore reports "they", "it" or "we" right before the verb at j,
// with at most auxiliaries and adverbs between ("they will not end").
func pronounBefore(toks []token, j int) bool {
	k := j - 1
	for k > 0 && k > j-4 && (isAux(toks[k].lower) || toks[k].lower == "n't" || strings.HasSuffix(toks[k].lower, "ly")) {
		k--
	}
	w := ""
	if k >= 0 && k < len(toks) {
		w = toks[k].lower
	}
	return w == "they" || w == "it" || w == "we"
}

// speakerOf is the word a subject pronoun stands for when it opens what a
// subject says of itself: "Teachers have asserted that they will not end the
// strike", "the union said it would ...": the subject of the verb of saying
// whose complement the pronoun's verb is, a plural noun for "they" or
// "we", a singular one for "it". Any other word s is returned as it is.
func (p *parse) speakerOf(s int) int {
	if s < 0 || s >= len(p.words) || p.words[s].Deprel != "nsubj" {
		return s
	}
	w := strings.ToLower(p.words[s].Form)
	if w != "they" && w != "it" && w != "we" {
		return s
	}
	v := p.head(s)
	if v < 0 || p.words[v].Deprel != "ccomp" {
		return s
	}
	h := p.head(v)
	if h < 0 || !speechLemmas[p.words[h].Lemma] {
		return s
	}
	for _, k := range p.kids[h] {
		if p.words[k].Deprel != "nsubj" || p.words[k].UPOS != "NOUN" {
			continue
		}
		if plural := p.words[k].XPOS == "NNS"; plural == (w != "it") {
			return k
		}
	}
	return s
}

// speechLemmas are the verbs of saying whose subject a pronoun of what is
// said stands for.
var speechLemmas = toSet(`say tell announce state declare assert insist confirm vow pledge`)

// lookupTitle is the dictionary's title ending on word h, nil when none.
func (b *builder) lookupTitle(toks []token, h int) *title {
	for _, at := range []int{h, h - 1} {
		if at < 0 {
			continue
		}
		if ph := b.d.lookup(toks, at); ph != nil && ph.kind == phTitle && at+len(ph.toks) == h+1 {
			return ph.title
		}
	}
	return nil
}

// titleOf is the office word h names: a title of the dictionary ending on
// h ("the justice minister", "the prime minister"), or the plural of a
// one-word title ("20 MPs", "Brexit negotiators"), or a role word
// (roleWords). nil for titles too vague to name anyone alone (vagueTitles).
func (b *builder) titleOf(p *parse, toks []token, h int) *title {
	if vagueTitles[toks[h].lower] {
		return nil
	}
	if t := b.lookupTitle(toks, h); t != nil {
		return t
	}
	return b.pluralTitle(p, toks, h)
}

// pluralTitle is the one-word title or role word (roleWords) whose plural
// (or, for role words, itself) word h is: "20 MPs", "Brexit negotiators",
// "weapons inspectors".
func (b *builder) pluralTitle(p *parse, toks []token, h int) *title {
	lemma := strings.ToLower(p.words[h].Lemma)
	if p.words[h].XPOS == "NNS" || p.words[h].XPOS == "NNPS" {
		if vagueTitles[lemma] {
			return nil
		}
		if lemma == toks[h].lower {
			lemma = strings.TrimSuffix(lemma, "s")
		}
		if t := b.oneWordTitle(lemma); t != nil {
			return t
		}
	}
	if code, ok := roleWords[lemma]; ok {
		return &title{Sector: code}
	}
	return nil
}

// vagueTitles name no one in particular without an owner ("the leader",
// "the chief", "the general public", "the speaker system").
var vagueTitles = toSet(`leader leaders chief chiefs general generals speaker speakers representative representatives
secretary secretaries official officials giant`)

// roleWords name people by a role the dictionary of titles lacks, which
// they take in acts: "weapons inspectors", "a presidential candidate",
// "its owners", "European allies".
var roleWords = map[string]string{"inspector": "GOV", "candidate": "ELI", "ally": "GOV"}

// stateRoles are the sectors of the offices roleRef makes actors of: a
// state's government, parliament, forces, courts, opposition and
// political elite (a candidate); a firm's
// director, an analyst or a lawyer of no one named is no actor of note.
var stateRoles = toSet(`GOV LEG MIL JUD OPP ELI`)

// otherRoles are the state titles that speak or serve for someone else
// ("a spokesman said", "his counterpart") or name no office ("the
// official", "the director").
var otherRoles = toSet(`Spokesperson Official Counterpart Leader Secretary`)

// localOffices head a city or a province, not the state: "the mayor
// refused" in a report about one state is no act of its government.
var localOffices = toSet(`Governor`)

// namedBefore reports whether plural role word h is people the text has
// named before ("the two presidents", "both candidates", "these
// ministers").
func namedBefore(p *parse, toks []token, h int) bool {
	if p.words[h].XPOS != "NNS" && p.words[h].XPOS != "NNPS" {
		return false
	}
	det := false
	for _, k := range p.kids[h] {
		switch w := toks[k].lower; {
		case w == "both" || w == "these" || w == "those":
			return true
		case w == "the":
			det = true
		case det && p.rel(k) == "nummod":
			return true
		}
	}
	return false
}

// abbrevPlural reports whether w is the plural of an abbreviation ("MPs",
// "MEPs"): capitalized as a name is, but a common noun.
func abbrevPlural(w string) bool {
	return len(w) > 2 && strings.HasSuffix(w, "s") && isAbbrev(w[:len(w)-1])
}

// bareCapitalTitle reports whether the capitalized word h ends a title no
// name follows ("demanded an apology from the Prime Minister", "The
// President established"): a determiner opens it and the word after it is
// no capitalized word, so no person's name is meant.
func (b *builder) bareCapitalTitle(p *parse, toks []token, h int) bool {
	if h+1 < len(toks) && (toks[h+1].upper && toks[h+1].word || toks[h+1].lower == "'s") || p.mAt[h] != 0 {
		return false
	}
	i := h
	for i > 0 && toks[i-1].upper && toks[i-1].word && p.mAt[i-1] == 0 && i > h-2 {
		i--
	}
	return i > 0 && (toks[i-1].lower == "the")
}

// roleRef makes the actor of a title no phrase of its own owns: people
// named by their role and of no country, since the text does not say it
// ("the prime minister", "20 MPs", "weapons inspectors"); a title only one
// state has ("the home secretary") is that state's. The name is the role's
// words: the title with the nouns compounded before it ("justice
// minister", "Brexit negotiators").
//
// A bare singular office of state ("the prime minister", "the
// chancellor") that no person named holds is the government of the
// article's one state; with none known it stays a role of no country, and
// so does one whose state is already the act's other side (avoid, see
// stateOf): "Iceland's president refused a request from the prime
// minister" is no act of the government on itself.
func (b *builder) roleRef(p *parse, toks []token, h int, ttl *title, avoid ...*entRef) *entRef {
	if !stateRoles[ttl.Sector] || ttl.Country == "" && otherRoles[ttl.Canonical] || ownedByPronoun(p, toks, h) || namedInApposition(p, h) || namedBefore(p, toks, h) {
		// "his spokesman", "the director of the film", "the two presidents"
		// stand for someone named, or name no state's office.
		return nil
	}
	for _, k := range p.kids[h] {
		if c := p.caseOf(k); p.rel(k) == "nmod" && (c == "of" || c == "from" || c == "for") && k < len(p.mAt) && (p.mAt[k] != 0 || stateWords[toks[k].lower]) {
			// "foreign ministers of both countries": ministers of
			// states named, whom the owner rules could not make one
			// body; no role of no country.
			return nil
		}
	}
	country := ttl.Country
	if country == "" && toks[h].lower == "ministers" && bareWord(p, h) {
		// "accused ministers of", "Ministers insist": the ministers of
		// a report about one state are its government. Not when the
		// state is only a place of the report ("finance ministers met
		// in Brussels") or an international body is named (EU
		// ministers are many states' ministers).
		if sole := b.contextSole(toks, nil, true); sole != nil && b.stateNamed[sole.Country] && !b.igoNamed {
			country = sole.Country
		}
	}
	if country == "" && ttl.Sector == "GOV" && !localOffices[ttl.Canonical] && theOffice(p, toks, h) {
		// "the prime minister said", "the chancellor has demanded": one
		// office, and no person named holds it (the mention rules
		// looked, see personByTitle); in an article about one state it
		// is that state's. Unlike plural ministers, an international
		// body named does not make it many states' office.
		iso := ""
		if sole := b.contextSole(toks, nil, true); sole != nil && b.stateNamed[sole.Country] {
			iso = sole.Country
		} else {
			iso = b.officersCountry()
		}
		if iso != "" && b.d.byISO[iso] != nil && !stateOf(iso, avoid) {
			country = iso
		}
	}
	if country != "" && b.d.byISO[country] != nil {
		ref := b.officeBody(country, ttl)
		if ref != nil {
			b.addMention(ref, toks[h].start, toks[h].end)
		}
		return ref
	}
	i := h
	for i > 0 {
		k := i - 1
		r := p.rel(k)
		if p.head(k) < k || p.head(k) > h || !toks[k].word || p.mAt[k] != 0 ||
			!(r == "compound" || r == "amod" && !plainAdjectives[toks[k].lower]) {
			break
		}
		i = k
	}
	words := make([]string, 0, h-i+1)
	for k := i; k <= h; k++ {
		w := toks[k].text
		if (k == 0 || k == h || b.titleWord(toks[k].lower)) && !abbrevPlural(w) {
			w = toks[k].lower
		}
		words = append(words, w)
	}
	name := strings.Join(words, " ")
	code := ttl.Sector
	for k := i; k < h; k++ {
		// "a rebel commander", "opposition candidates": a sector word
		// before the title says whose office it is.
		for _, w := range []string{toks[k].lower, toks[k].lower + "s"} {
			if ph := b.d.phrases[w]; len(ph) > 0 {
				for _, x := range ph {
					if x.kind == phSector && len(x.toks) == 1 && x.sector.Sector != "CVL" {
						code = x.sector.Sector
					}
				}
			}
		}
	}
	id := "group:" + slug(name)
	ref := b.refs[id]
	if ref == nil {
		ref = &entRef{ID: id, Name: name, Kind: KindGroup, Code: code, Sector: code}
		b.refs[id] = ref
	}
	// As for people words, the mention is the whole phrase ("20 MPs",
	// "at least three finance ministers"): the role's words alone name
	// nobody, and the scorers judge a span by name overlap.
	b.addMention(ref, toks[min(i, phraseStart(p, toks, h))].start, toks[h].end)
	return ref
}

// stateOf reports whether one of refs is state iso (not "") itself or a
// body of its state (stateBody): an office of that state on the act's other
// side would make it an act of the state on itself.
func stateOf(iso string, refs []*entRef) bool {
	for _, r := range refs {
		if r != nil && r.Country == iso && stateBody(r) {
			return true
		}
	}
	return false
}

// officersCountry is the one country of the persons the article has
// named holding a present office of government ("UK Foreign Secretary Jack
// Straw ... Nairobi ... the chancellor has demanded": Britain's), "" when
// there are none or they are of several countries. An article about one
// state's officers that names other states as places still speaks of its
// offices.
func (b *builder) officersCountry() string {
	iso := ""
	for _, r := range b.persons {
		if r.rolePast || r.Sector != "GOV" || r.Country == "" || b.d.byISO[r.Country] == nil {
			continue
		}
		if iso != "" && iso != r.Country {
			return ""
		}
		iso = r.Country
	}
	return iso
}

// theOffice reports whether the title at word h is one office named by
// "the" and the title alone, singular: "the prime minister", "the
// chancellor", "the first minister"; not "the former mayor", "the
// ministers", "a minister" or "the minister of X".
func theOffice(p *parse, toks []token, h int) bool {
	if x := p.words[h].XPOS; x != "NN" && x != "NNP" {
		return false
	}
	det := false
	for _, k := range p.kids[h] {
		switch r := p.rel(k); {
		case r == "det" && toks[k].lower == "the":
			det = true
		case r == "punct" || r == "case" || r == "acl" && p.verbal(k):
		case (r == "amod" || r == "compound") && k < h && !plainAdjectives[toks[k].lower] && toks[k].lower != "ex":
		default:
			return false
		}
	}
	return det
}

// plainAdjectives say when or how much of a role, not which role: "the
// former prime minister", "the new president".
var plainAdjectives = toSet(`former then current new top senior incumbent outgoing late previous next future
longtime long-time veteran acting interim fellow other`)

// titleWord reports whether w is a one-word title or opens a title of the
// dictionary ("minister", "prime").
func (b *builder) titleWord(w string) bool {
	for _, ph := range b.d.phrases[w] {
		if ph.kind == phTitle {
			return true
		}
	}
	return false
}

// roleWordAt reports whether word k is the plural of a one-word title ("MPs",
// "negotiators") or a role word ("inspectors", "candidate"), which the
// dictionary's phrases do not match: the tree may make it an actor.
func (b *builder) roleWordAt(toks []token, k int) bool {
	w := toks[k].lower
	if vagueTitles[w] {
		return false
	}
	if _, ok := roleWords[w]; ok {
		return true
	}
	w = strings.TrimSuffix(w, "s")
	if _, ok := roleWords[w]; ok {
		return true
	}
	return b.oneWordTitle(w) != nil
}

// oneWordTitle is the dictionary's title of the one word w, nil when none.
func (b *builder) oneWordTitle(w string) *title {
	for _, ph := range b.d.phrases[w] {
		if ph.kind == phTitle && len(ph.toks) == 1 {
			return ph.title
		}
	}
	return nil
}

// bareWord reports whether word h stands with no dependent but "the",
// punctuation or a clause of what they do: "ministers", "the ministers",
// "accused ministers of turning", not "some ministers", "Brexit ministers"
// or "ministers of the region".
func bareWord(p *parse, h int) bool {
	for _, k := range p.kids[h] {
		if r := p.rel(k); r == "punct" || r == "case" || r == "det" && strings.EqualFold(p.words[k].Form, "the") || r == "acl" && p.verbal(k) {
			continue // "accused ministers of turning": what they did, not whose they are
		}
		return false
	}
	return true
}

// bareNoun reports whether word h stands alone in its noun phrase or after
// "the" only: "police", "the authorities", not "telecoms regulators across
// Europe" or "local authorities", whose words say whose they are.
func bareNoun(p *parse, toks []token, h int) bool {
	start := phraseStart(p, toks, h)
	return (start == h || start == h-1 && toks[start].lower == "the") && !bodyPlaceAfter(toks, h)
}
