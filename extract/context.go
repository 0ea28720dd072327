package extract

import (
	"sort"
	"strings"
)

// The country context of an article: which country a mention names, the
// article's one country so far, and the country of a titled person or a
// sector word that the text does not tie to one.

// mentionCountry is the ISO3 of the country a mention places the text in:
// a country, a body of one, a place in one ("in Kabul"); "" for persons
// (their country may be a guess) and for international bodies.
func (b *builder) mentionCountry(m mention) string {
	if m.ref == nil || m.person || m.agr {
		return ""
	}
	iso := m.ref.Country
	if m.loc {
		iso = m.ref.locCountry
	}
	if b.d.byISO[iso] == nil {
		return ""
	}
	return iso
}

// regionAdjectives name a region, a bloc or the world rather than one
// country: a sector word they qualify is no one country's body.
var regionAdjectives = toSet(`european western eastern arab african asian nordic scandinavian balkan caribbean gulf world foreign international regional`)

// contextCountry is the country a mention gives the article's context
// (see soleCountry): the country mentionCountry gives, and a person's when
// they hold an office of state of it ("Home Secretary Charles Clarke" is as
// much the British state as "the British government"), known from the
// title or the dictionary. A former office
// named for whoever is described ("the former UN commissioner and Irish
// president told ...") gives none: it says who a speaker was, not which
// state the article's acts are about.
func (b *builder) contextCountry(toks []token, m mention) string {
	if m.ref != nil && m.person && m.title != nil && stateOffice(m.title) && !m.ref.rolePast && b.d.byISO[m.ref.Country] != nil &&
		(m.title.Country == m.ref.Country || m.known == m.ref.Country) {
		// Only a country the office itself carries ("Home Secretary")
		// or the dictionary gives the person: "Economy minister German
		// Gref" is no German.
		return m.ref.Country
	}
	if m.title != nil && !m.person && formerOffice(toks, m.i) {
		return ""
	}
	return b.mentionCountry(m)
}

// formerOffice reports whether the noun phrase of an unnamed title at
// token i says the office is a past one: "former" or "ex" opens it ("the
// former ambassador and Irish president").
func formerOffice(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := toks[k]
		if !t.word {
			return false
		}
		if t.lower == "former" || t.lower == "ex" {
			return true
		}
		if sayVerbs[t.lower] {
			return false
		}
	}
	return false
}

// blocAdjectives are the lower-case regionAdjectives that name many
// states at once; "foreign forces" and "international troops" are left to
// the sentence's place (the forces in a country are those it fights with).
var blocAdjectives = toSet(`world western eastern regional`)

// noteCountry records the country a mention names for soleCountry.
// Two are kept: soleCountry counts the places and bodies the text names,
// soleState the offices of state its persons hold as well (see
// contextCountry), for a body of state named bare.
func (b *builder) noteCountry(toks []token, m mention) {
	note := func(iso string, sole **entRef, many *bool) {
		if iso == "" || *many {
			return
		}
		if *sole == nil {
			*sole = b.countryRef(b.d.byISO[iso])
		} else if (*sole).Country != iso {
			*sole, *many = nil, true
		}
	}
	iso := b.contextCountry(toks, m)
	note(iso, &b.soleState, &b.manyStates)
	if iso != "" && !(m.seat && m.i > 0 && placeWords[toks[m.i-1].lower]) {
		// "met in Brussels": a capital after a place word is where
		// something happens, no state the report is about.
		if b.stateNamed == nil {
			b.stateNamed = map[string]bool{}
		}
		b.stateNamed[iso] = true
	}
	if m.ref != nil && !m.person && m.ref.Kind == KindOrganization && intlBody(m.ref) {
		b.igoNamed = true
	}
	if !m.person {
		note(iso, &b.soleCountry, &b.manyCountries)
	}
}

// contextSole is the article's one country so far, counting the mentions
// before (earlier in the sentence, tokens toks); nil when there are none or
// several. For a body of state (state) the offices of state the article's
// persons hold count too.
func (b *builder) contextSole(toks []token, before []mention, state bool) *entRef {
	sole, many := b.soleCountry, b.manyCountries
	if state {
		sole, many = b.soleState, b.manyStates
	}
	if many {
		return nil
	}
	for _, o := range before {
		if o.person {
			continue // a person's office counts from the next sentence on (see noteCountry)
		}
		iso := b.contextCountry(toks, o)
		if iso == "" {
			continue
		}
		if sole != nil && sole.Country != iso {
			return nil
		}
		sole = b.countryRef(b.d.byISO[iso])
	}
	return sole
}

// pairedAfterPlural is the person named right after ms[mi] and "and"
// when a lower-case plural noun stands right before ms[mi] ("Greek
// sprinters X and Y", "British actors X and Y") and that person has no
// country or title yet; nil otherwise.
func pairedAfterPlural(toks []token, ms []mention, mi int) *entRef {
	m := ms[mi]
	if m.i == 0 || mi+1 >= len(ms) || m.j+1 >= len(toks) || toks[m.j].lower != "and" {
		return nil
	}
	w := toks[m.i-1]
	if !w.word || w.upper || len(w.lower) < 4 || !strings.HasSuffix(w.lower, "s") || strings.HasSuffix(w.lower, "ss") {
		return nil
	}
	n := ms[mi+1]
	if n.i != m.j+1 || !n.person || n.ref == nil || n.title != nil || n.ref.Country != "" || n.ref.Code != "" || n.ref == m.ref {
		return nil
	}
	return n.ref
}

// contextCountries gives a titled person named without a country ("President
// Yoweri Museveni") the country the sentence places them in: a nationality
// adjective, a capital or a country after "in"; failing those, the one
// country the article names. Never the last country named: a person the text
// says nothing of stays without a country rather than a wrong one.
func (b *builder) contextCountries(toks []token, ms []mention) {
	for mi := range ms {
		m := &ms[mi]
		if !m.person || m.ref == nil || m.ref.Country != "" || m.ref.Code != "" {
			continue
		}
		if a := affiliationBefore(toks, ms, *m); a != nil {
			// "EU trade commissioner X", "UK campaigner Y": the body or
			// country the text names for the person.
			if m.title != nil && a.Kind == KindCountry && fieldBodyBefore(toks, ms, *m) {
				// "UK Athletics chief X": the country's sport body,
				// not its state, is theirs.
				t := *m.title
				t.Sector = ""
				b.giveRole(m.ref, &t, a)
			} else if m.title != nil {
				b.giveRole(m.ref, m.title, a)
			} else {
				m.ref.Country, m.ref.Code = a.Country, a.Code
				if n := pairedAfterPlural(toks, ms, mi); n != nil && a.Kind == KindCountry {
					// "Greek sprinters X and Y": the plural is said of both.
					n.Country, n.Code = a.Country, a.Code
				}
			}
			continue
		}
		if m.title == nil {
			continue
		}
		// "Chairman Louis Schweitzer", "festival director Bob Angus": a
		// title any body may have says nothing of the person's country;
		// only a country said of the title itself counts ("Britain's
		// Europe director X", "the founder of Iran's Islamic Republic,
		// Ayatollah X"), never the sentence's or the article's.
		royal := b.royalTitle(toks, *m)
		state := stateOffice(m.title)
		if presidency(m.title) && (presidentOfBody(toks, ms, *m) || b.presidentOfOther(toks, ms, *m)) {
			// "X, president of the Ballet Society": the body's president,
			// of no country the sentence or the article names.
			m.ref.Sector = ""
			continue
		}
		// "President X of Kenya": the country named right after the name
		// is said of the person, before any other of the sentence ("the
		// ministers of Ethiopia and Somalia ... hosted by President X of
		// Kenya" is Kenya's president, not Ethiopia's).
		best := countryOfAfter(toks, ms, *m, false)
		if best == nil && royal {
			best = b.royalCountry(toks, ms, *m)
		}
		said := best != nil
		for _, o := range ms {
			if best != nil {
				break
			}
			if o.ref == nil || o.person || o.loc || o.agr || o.ref.Country == "" || b.d.byISO[o.ref.Country] == nil {
				continue
			}
			if !state && !((o.poss || o.ctx) && o.ref.Kind == KindCountry && (o.j <= m.i && m.i-o.j <= 4 && namesTitle(toks[o.j:m.i]) || o.i > m.i && o.j <= m.j)) {
				continue
			}
			if o.ref.Kind != KindCountry {
				// "28 Chilean government officials": the country of a body.
				if o.ctx {
					best = b.countryRef(b.d.byISO[o.ref.Country])
					break
				}
				continue
			}
			if o.seat && o.i > 0 && !placeWords[toks[o.i-1].lower] {
				// "the ban on trade with Tripoli": a capital standing for its
				// state says nothing of where the person is.
				continue
			}
			if o.ctx || o.poss || o.i > 0 && (toks[o.i-1].lower == "in" || toks[o.i-1].lower == "of") {
				best = o.ref
				break
			}
		}
		if best != nil && !said && royal && !b.soleSentenceCountry(ms, best.Country) {
			// "Thursday's Sun newspaper ... German uniform": of two
			// countries in the sentence neither is said of the royal.
			best = nil
		}
		if best == nil && royal {
			// "Nepal's opposition asked King X": the one country the
			// royal's own sentence names, never the article's.
			for _, o := range ms {
				if o.ref != nil && !o.person && !o.agr {
					if c := b.mentionCountry(o); c != "" && b.soleSentenceCountry(ms, c) {
						best = b.countryRef(b.d.byISO[c])
						break
					}
				}
			}
		}
		if best == nil && state && !royal {
			// "Ousted President X" in an article about one country only;
			// never a royal's (the article's Poland is not Prince X's).
			best = b.contextSole(toks, ms[:mi], true)
		}
		if best != nil {
			b.giveRole(m.ref, m.title, best)
		}
	}
	for _, m := range ms {
		b.noteCountry(toks, m)
		if m.ref != nil && m.ref.Kind == KindCountry {
			b.lastCountry = m.ref
		}
	}
}

// fieldBodyBefore reports whether the word right before person m's title
// (one affiliationBefore passes over between a country and the title) names
// a body of a field rather than a part of a state office: a field word of
// fieldBeforeTitle written as a name ("UK Athletics chief X"), before a
// title any body may have. "EU Trade Commissioner X" and "Britain's Europe
// Director Y" keep the state's office (stateOffice, or a word that is
// neither).
func fieldBodyBefore(toks []token, ms []mention, m mention) bool {
	if m.title == nil || stateOffice(m.title) || m.i < 2 {
		return false
	}
	w := toks[m.i-1]
	if !w.word || !w.upper || namedAt(ms, m.i-1) {
		return false
	}
	// An acronym no dictionary knows is no sign of a field's body: "US FDA
	// spokesman", "Iraqi MOI spokesman" are the state's as often as "Egypt
	// FA spokesman" is a sports body's.
	return plainField(w.lower)
}

// namesTitle reports whether the words between a country and a title are
// the country's possessive and capitalized words of the title ("Britain's
// Europe Director"), not a noun of its own ("Iraqi families' lawyer": the
// families are Iraqi).
func namesTitle(between []token) bool {
	return titleGap(between, nil)
}

// titleGap reports whether the words between a country and a person are
// the country's possessive and capitalized words of a title, or words
// also allows (namesRoyal).
func titleGap(between []token, also func(token) bool) bool {
	for _, t := range between {
		if t.lower != "'s" && t.text != "'" && !(t.word && t.upper) && (also == nil || !also(t)) {
			return false
		}
	}
	return true
}

// genericTitles may head a firm, a club, a festival or a party as well as
// a state's office: "chairman", "director", "spokesman", "secretary
// general".
var genericTitles = map[string]bool{"Leader": true, "Official": true, "Spokesperson": true, "Counterpart": true,
	"Secretary General": true, "Executive": true, "Founder": true, "Analyst": true, "Economist": true, "Lawyer": true}

// stateOffice reports whether t is an office of a state (a minister, a
// president, a legislator, a general): only such a title lets a person
// take the country the sentence or the article places them in.
func stateOffice(t *title) bool {
	switch t.Sector {
	case "GOV", "LEG", "MIL", "JUD", "OPP": // OPP: a shadow office ("Shadow Chancellor X") of the country
		return !genericTitles[t.Canonical]
	}
	return false
}

// placeOrgs gives an organization found by its shape, and so without a known
// country, the country it is said to be in: "the Esfahan Uranium Conversion
// Facilities (UCF) in central Iran".
func (b *builder) placeOrgs(toks []token, ms []mention) {
	for mi, m := range ms {
		r := m.ref
		if r == nil || r.Kind != KindOrganization || r.Country != "" || r.Code != "" && r.Code != "NGO" || !strings.HasPrefix(r.ID, "org:") || b.d.orgByID[strings.TrimPrefix(r.ID, "org:")] != nil {
			continue
		}
		for n := mi + 1; n < len(ms) && ms[n].i <= m.j+6; n++ {
			o := ms[n]
			if o.ref == nil || o.ref.Kind != KindCountry {
				continue
			}
			k := o.i - 1
			for k > m.j && (toks[k].lower == "the" || toks[k].lower == "central" || strings.HasSuffix(toks[k].lower, "ern")) {
				k--
			}
			if toks[k].lower == "in" {
				r.Country, r.Code = o.ref.Country, o.ref.Code
			}
			break
		}
	}
}

// placeSectors gives a sector word that no country owns the country of the
// place the sentence puts it in: "police in Istanbul", "soldiers in
// Myanmar"; attackers and rebels named without a country ("gunmen shot dead
// a lawyer in Guatemala City") belong to the country where they struck, or
// to the one country the article is about.
func (b *builder) placeSectors(toks []token, chunks []chunk, ms []mention) []mention {
	covered := func(i int) bool {
		for _, m := range ms {
			if m.i <= i && i < m.j {
				return true
			}
		}
		return false
	}
	placeAt := func(k int) string { return b.countryAt(toks, ms, k, true) }
	added := false
	for n, c := range chunks {
		if n+1 < len(chunks) && chunks[n+1].kind == phSector && chunks[n+1].i == c.j && c.kind == phSector {
			continue // "Government troops": the last sector word names the body
		}
		if n > 0 && c.kind == phSector && chunks[n-1].kind == phSector && chunks[n-1].j == c.i && !covered(chunks[n-1].i) {
			c.i = chunks[n-1].i
		}
		if c.kind != phSector || covered(c.i) || c.i > 1 && toks[c.i-1].upper || c.i > 0 && toks[c.i-1].lower == "'s" ||
			c.i == 1 && regionAdjectives[toks[0].lower] || c.i > 1 && blocAdjectives[toks[c.i-1].lower] {
			// (At the start of a sentence the capital says nothing, but a
			// word naming a region or the world does: "European leaders",
			// "World leaders", "unless world leaders act" are not the one
			// country's government.)
			continue
		}
		sw := c.ph.sector
		iso := ""
		if stateSectors[sw.Sector] && c.i > 0 && (toks[c.i-1].lower == "league" || plainField(toks[c.i-1].lower)) {
			// "the rugby league authorities", "the sporting authorities":
			// a sport's or a field's governing body, not the state's.
			continue
		}
		if sentForces(toks, c) {
			continue // "sent troops in Syria": the sender's forces, not Syria's
		}
		if kindOfHelp(toks, c) {
			continue // "cut military aid to X": what kind of aid, no body
		}
		if c.j+1 < len(toks) && toks[c.j].lower == "in" {
			iso = placeAt(c.j + 1)
		}
		if iso == "" && afterPostmodifier(toks, c.j, min(c.j+2, len(toks))) {
			// "Forces loyal to Libyan commander X": the side of the one
			// they are loyal to, not the dateline's or the article's.
			iso = loyalCountry(ms, c.j+2)
		}
		if iso == "" && (sw.Sector == "REB" || sw.Sector == "UAF" || sw.Sector == "CVL" || sw.Sector == "OPP") {
			for k := 0; k+1 < len(toks) && iso == ""; k++ {
				if w := toks[k].lower; w == "in" || w == "near" || w == "outside" || w == "through" || w == "across" {
					iso = placeAt(k + 1)
				}
			}
		}
		if iso == "" && (sw.Sector == "REB" || sw.Sector == "UAF" || sw.Sector == "CVL" || sw.Sector == "OPP" || sw.Sector == "LAB" || stateSectors[sw.Sector] && sw.Country == "") {
			// "Government troops and Tamil Tiger rebels clashed", "the
			// rebels vowed revenge": in an article about one country,
			// that country's (this sentence's countries count too).
			// Unions too: "unions oppose the cuts" in a report about
			// one state's jobs are its unions.
			before := ms
			if stateSectors[sw.Sector] {
				// "leaders are arriving in the Swiss resort of Davos": a
				// place named after a verb of meeting or arriving is
				// where the body goes or meets, not whose it is.
				before = nil
				for _, m := range ms {
					// "a request from MPs to detail ties with Russia": a
					// country after "with" or "against" later in the
					// sentence is the body's partner or foe, not its own.
					if m.i > c.j && m.ref != nil && m.ref.Kind == KindCountry && (toks[m.i-1].lower == "with" || toks[m.i-1].lower == "against") {
						continue
					}
					if m.i < c.i || !meetingPlaceAfter(toks, c.j, m.i) {
						before = append(before, m)
					}
				}
			}
			if sole := b.contextSole(toks, before, stateSectors[sw.Sector]); sole != nil {
				iso = sole.Country
			}
		}
		if iso == "" || b.d.byISO[iso] == nil {
			continue
		}
		ref := b.bodyRef(b.countryRef(b.d.byISO[iso]), sw, spanText(toks, c.i, c.j))
		if ref == nil {
			continue
		}
		ms = append(ms, mention{i: c.i, j: c.j, ref: ref})
		added = true
	}
	if added {
		sort.SliceStable(ms, func(x, y int) bool { return ms[x].i < ms[y].i })
	}
	return ms
}

// membersOf reports whether the mention m names whose people open the
// clause: "The foreign ministers of India and China met", "Officials from
// Sudan and South Sudan resumed talks" — a title or sector word, and no
// actor, before "of" or "from" at the clause's start.
func (b *builder) membersOf(toks []token, ms []mention, cl *clause, m mention) bool {
	k := m.i - 1
	if k > cl.start && toks[k].lower == "the" {
		k--
	}
	if k <= cl.start || toks[k].lower != "of" && toks[k].lower != "from" {
		return false
	}
	for _, o := range ms {
		if o.i >= cl.start && o.i < k {
			return false
		}
	}
	for q := cl.start; q < k; q++ {
		if p := b.d.lookup(toks, q); p != nil && (p.kind == phTitle || p.kind == phSector) || peopleOf[toks[q].lower] {
			return true
		}
	}
	return false
}

// peopleOf are plural nouns for the people of a state or body: "the
// foreign ministers of India and China".
var peopleOf = toSet(`ministers officials leaders representatives delegations delegates envoys members
diplomats heads negotiators presidents chiefs premiers ambassadors`)

// countryAt is the country of the place named at k (a country, a capital
// or a located place, not a body), after an optional "the" and, when descr
// is set, up to two lower-case words ("in the central Indian state of X");
// "" when there is none.
func (b *builder) countryAt(toks []token, ms []mention, k int, descr bool) string {
	if k >= len(toks) {
		return ""
	}
	q := k
	if toks[q].lower == "the" {
		q++
	}
	for n := 0; descr && n < 2 && q < len(toks) && toks[q].word && !toks[q].upper && !prepositions[toks[q].lower]; n++ {
		q++
	}
	for _, m := range ms {
		if m.i == k || m.i == k+1 && toks[k].lower == "the" || m.i == q {
			if iso := b.mentionCountry(m); iso != "" && m.ref.Kind != KindOrganization && m.ref.Kind != KindGroup {
				return iso
			}
		}
	}
	return ""
}

// marketNouns after a city name make it where a market or an office is,
// not the state it is the capital of: "the Paris, Amsterdam and Lisbon
// stock exchanges", "London shares", "the Tokyo office".
var marketNouns = toSet(`stock stocks exchange exchanges bourse bourses market markets shares index trading
traders dealers airport airports office offices branch branches`)

// cityModifiers makes a capital or seat of government, or a list of them,
// a place (never an actor) when a market noun follows it (marketNouns).
func cityModifiers(toks []token, ms []mention) {
	for mi := 0; mi < len(ms); mi++ {
		if !ms[mi].seat || ms[mi].poss {
			continue
		}
		last := mi // the list "Paris, Amsterdam and Lisbon"
		for last+1 < len(ms) && ms[last+1].seat && ms[last+1].i == ms[last].j+1 && (toks[ms[last].j].lower == "," || toks[ms[last].j].lower == "and") {
			last++
		}
		if k := ms[last].j; !ms[last].poss && k < len(toks) && marketNouns[toks[k].lower] {
			for q := mi; q <= last; q++ {
				ms[q].loc = true
			}
		}
		mi = last
	}
}

// countryOfAfter is the country named right after person m with "of"
// ("President X of Kenya"), or nil. The person must have a full name (two
// words or more): "the Director's Guild of Great Britain", read as a
// person "Guild", is no person of Britain. A royal (royal set) may have
// one name: "King Abdullah of Jordan".
func countryOfAfter(toks []token, ms []mention, m mention, royal bool) *entRef {
	if m.j+1 >= len(toks) || toks[m.j].lower != "of" || !royal && !strings.Contains(m.ref.Name, " ") {
		return nil
	}
	for _, o := range ms {
		if o.i == m.j+1 && o.ref != nil && !o.person && !o.agr && o.ref.Kind == KindCountry {
			return o.ref
		}
	}
	return nil
}

// presidentOfBody reports whether a president's title in or right after
// mention m is followed by "of" and a body that is neither a country nor
// a state's or an international body: "Y, president of the Tennis Players'
// Guild", "president of industry forecaster Z". "President of France",
// "president of the European Commission" and "president of the republic"
// stay offices of state.
func presidentOfBody(toks []token, ms []mention, m mention) bool {
	for k := m.i; k+2 < len(toks) && k <= m.j; k++ {
		if toks[k].lower != "president" || toks[k+1].lower != "of" {
			continue
		}
		q := k + 2
		if toks[q].lower == "the" && q+1 < len(toks) {
			q++
		}
		if !toks[q].word || stateNouns[toks[q].lower] {
			return false
		}
		for _, o := range ms {
			if o.i == q && o.ref != nil && (o.ref.Kind == KindCountry || o.loc || o.ref.Sector == "IGO" || stateSectors[o.ref.Sector]) {
				return false
			}
		}
		return true
	}
	return false
}

// presidentOfOther reports whether the words right before the president's
// title in mention m say whose president it is and that it is no state's:
// a firm's rank ("senior vice president X", "executive vice president
// Y"), a possessive of a body that is no country ("the group's president
// X"), "its" standing for such a body ("the company's founder X and its
// vice-president Y"), or a body's acronym in brackets ("Bay Area Lab
// Co-Operative (Balco) president X"). "Brazil's president", "the country's
// vice president" and "its president" after a country stay the state's.
func (b *builder) presidentOfOther(toks []token, ms []mention, m mention) bool {
	k := m.i
	for k < m.j && toks[k].lower != "president" {
		k++
	}
	if k == m.j {
		return false
	}
	if k > 0 && toks[k-1].lower == "vice" {
		k--
	}
	p := k - 1
	if p < 0 {
		return false
	}
	switch w := toks[p].lower; {
	case w == "senior" || w == "executive":
		return true
	case w == "'s" && p > 0:
		return !countryNouns[toks[p-1].lower] && !stateMentionEndsAt(ms, p)
	case w == ")":
		return !stateMentionEndsAt(ms, p)
	case w == "its":
		return b.itsBody(ms, p)
	}
	return false
}

// stateMentionEndsAt reports whether a mention of a country, a state's body
// or an international body ends at token j (its possessive or bracket).
func stateMentionEndsAt(ms []mention, j int) bool {
	for _, o := range ms {
		if o.ref != nil && !o.person && o.j >= j-1 && o.j <= j+1 && o.i < j && presidencyOfState(o.ref) {
			return true
		}
	}
	return false
}

// presidencyOfState reports whether r is a country, a body of state or an
// international body: whose president is an office of state.
func presidencyOfState(r *entRef) bool {
	return r.Kind == KindCountry || r.Sector == "IGO" || stateSectors[r.Sector] || intlBody(r)
}

// itsBody reports whether "its" at token p stands for a body that is no
// state: the last body or country named before it in the sentence, else
// the subject of the last clause ("The federation ... But its president
// X": the federation's).
func (b *builder) itsBody(ms []mention, p int) bool {
	var r *entRef
	for _, o := range ms {
		if o.j <= p && o.ref != nil && !o.person && !o.loc && !o.agr {
			r = o.ref
		}
	}
	if r == nil && len(b.lastSubject) > 0 {
		r = b.lastSubject[0]
	}
	return r != nil && r.Kind == KindOrganization && !presidencyOfState(r)
}

// stateNouns name a state after "president of the": "the republic".
var stateNouns = toSet(`republic country nation state federation union confederation`)

// helpKinds are nouns a bare military word before them says the kind of:
// "military aid", "military assistance", "military ties".
var helpKinds = toSet(`aid assistance support equipment hardware ties cooperation spending funding budget`)

// kindOfHelp reports whether sector chunk c is a lone lower-case military
// word right before a noun of helpKinds: an adjective of what is given or
// kept up ("reduced military aid to its allies", "promised to continue
// military aid to X"), not the armed forces of the country the sentence
// names. (The sentence's country would otherwise make it an actor, and the
// one the aid goes to is lost behind it.)
func kindOfHelp(toks []token, c chunk) bool {
	if c.ph == nil || c.ph.sector == nil || c.ph.sector.Sector != "MIL" || c.j != c.i+1 || c.j >= len(toks) || toks[c.i].upper {
		return false
	}
	return helpKinds[toks[c.j].lower]
}

// royalWords are the titles a royal holds by birth or marriage: unlike a
// minister's office they say nothing of which state the sentence is about.
var royalWords = toSet(`king queen prince princess duke duchess emir sheikh sultan monarch`)

// royalTitle reports whether the person mention m is named with a royal
// title ("Prince Harry", "the Queen"): such a person takes a country only
// from what the text says of them ("Britain's Prince Harry", "Prince X of
// Jordan") or the dictionary, never from the sentence's or the article's
// other countries.
// An office named before the royal word is the person's own ("Prime
// Minister Sheikh X" is a head of government).
func (b *builder) royalTitle(toks []token, m mention) bool {
	if m.title == nil || m.title.Canonical != "Head of State" {
		return false
	}
	for k := max(0, m.i-2); k < m.j && k < len(toks); k++ {
		if royalWords[toks[k].lower] {
			return true
		}
		if ph := b.d.lookup(toks, k); ph != nil && ph.title != nil && ph.title.Canonical != "Head of State" {
			return false
		}
	}
	return false
}

// namesRoyal reports whether the words between a country's possessive and
// a royal's name are a royal title in apposition ("Qatar's emir, Sheikh
// X", "Jordan's King Y").
func namesRoyal(between []token) bool {
	return titleGap(between, func(t token) bool { return t.text == "," || royalWords[t.lower] })
}

// royalCountry is the country said of a royal right before the name: a
// country's possessive or a body of state in apposition ("Qatar's emir,
// Sheikh X", "Jordan's King Y"), or a country named right after it
// ("King Y of Jordan"); nil otherwise.
func (b *builder) royalCountry(toks []token, ms []mention, m mention) *entRef {
	for _, o := range ms {
		if o.ref == nil || o.person || o.loc || o.agr || o.j > m.i || m.i-o.j > 4 || b.d.byISO[o.ref.Country] == nil {
			continue
		}
		if o.ref.Kind == KindCountry && !o.poss && !o.ctx || o.ref.Kind != KindCountry && o.ref.Sector != "GOV" || !namesRoyal(toks[o.j:m.i]) {
			continue
		}
		return b.countryRef(b.d.byISO[o.ref.Country])
	}
	return countryOfAfter(toks, ms, m, true) // "King Abdullah of Jordan"
}

// soleSentenceCountry reports whether iso is the only country the
// sentence's mentions ms name (countries, bodies and places of them).
func (b *builder) soleSentenceCountry(ms []mention, iso string) bool {
	for _, o := range ms {
		if o.ref == nil || o.person || o.agr || o.ref.Country == "" || b.d.byISO[o.ref.Country] == nil {
			continue
		}
		if c := b.mentionCountry(o); c != "" && c != iso {
			return false
		}
	}
	return true
}

// loyalCountry is the country of the actor named right after "loyal to"
// (token k): a nationality or country, or the country of a person the text
// gave one ("Libyan commander X"); "" when it names none.
func loyalCountry(ms []mention, k int) string {
	for _, m := range ms {
		if m.i < k || m.i > k+3 {
			continue
		}
		if m.ref != nil && m.ref.Country != "" {
			return m.ref.Country
		}
		return ""
	}
	return ""
}

// plainField reports whether w is a field of fieldBeforeTitle whose people
// keep no sector of their own ("rugby", "sporting", "film"; not "marketing"
// or "union").
func plainField(w string) bool {
	s, ok := fieldBeforeTitle[w]
	return ok && s == ""
}
