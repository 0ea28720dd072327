package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// slug makes the stable part of an entity ID from a name: lower case,
// letters and digits, single hyphens between words.
func slug(s string) string {
	var sb strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if isLetterOrDigit(r) {
			if dash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			sb.WriteRune(r)
			dash = false
		} else if r != '\'' && r != '\u2019' && r != '.' {
			dash = true
		}
	}
	return sb.String()
}

func (b *builder) countryRef(ct *country) *entRef {
	id := "country:" + ct.ISO3
	if r := b.refs[id]; r != nil {
		return r
	}
	r := &entRef{ID: id, Name: ct.Name, Kind: KindCountry, Country: ct.ISO3, Code: ct.Cameo}
	b.refs[id] = r
	return r
}

func (b *builder) orgRef(o *org) *entRef {
	id := "org:" + o.ID
	if r := b.refs[id]; r != nil {
		return r
	}
	r := &entRef{ID: id, Name: o.Name, Kind: o.Kind, Country: o.Country, Code: o.Cameo, Sector: o.Sector}
	b.refs[id] = r
	return r
}

// governmentRef is the government of country ct: a seat ("Downing
// Street") or a policy's implied owner (see impliedPolicyOwner).
func (b *builder) governmentRef(ct *country) *entRef {
	return b.bodyRef(b.countryRef(ct), &sectorWord{Sector: "GOV", Canonical: "government"}, "")
}

// affilRef resolves a country, adjective, capital, seat or organization.
func (b *builder) affilRef(c *chunk) *entRef {
	switch c.kind {
	case phCountry, phAdjective, phCapital:
		return b.countryRef(c.ph.country)
	case phSeat:
		return b.governmentRef(c.ph.country)
	case phOrg:
		return b.orgRef(c.ph.org)
	}
	return nil
}

// bodyRef is the part of a country a sector word names: "Russian Foreign
// Ministry" is org:rus-foreign-ministry, code RUSGOV, part of Russia. After
// an organization the sector word names the organization itself ("NATO
// troops"). Without an owner only phrases that imply their country
// ("State Department") resolve.
func (b *builder) bodyRef(owner *entRef, sw *sectorWord, surface string) *entRef {
	if owner == nil {
		if sw.Country == "" || b.d.byISO[sw.Country] == nil {
			return nil
		}
		owner = b.countryRef(b.d.byISO[sw.Country])
	}
	if owner.Kind != KindCountry {
		return owner
	}
	ct := b.d.byISO[owner.Country]
	id := "org:" + strings.ToLower(owner.Country) + "-" + slug(sw.Canonical)
	if r := b.refs[id]; r != nil {
		return r
	}
	name := sw.Canonical
	if sw.Country == "" || strings.ToLower(sw.Canonical) == sw.Canonical {
		// "Israeli military" for "the IDF": a phrase that implies its
		// country and names a common body is named as that body; "State
		// Department" is a name of its own.
		adj := ct.Name
		if len(ct.Adjectives) > 0 {
			adj = ct.Adjectives[0]
		}
		name = adj + " " + sw.Canonical
	}
	kind := KindOrganization
	switch sw.Sector {
	case "REB", "OPP", "CVL", "REF", "BUS", "REL":
		kind = KindGroup
	}
	r := &entRef{ID: id, Name: name, Kind: kind, Country: owner.Country, Code: ct.Cameo + sw.Sector, Sector: sw.Sector, roleTail: owner, sw: sw}
	b.refs[id] = r
	b.partOf = append(b.partOf, r)
	return r
}

// personRef finds or makes a person. A later "Lavrov" or "Sergei Lavrov"
// finds the person first named in full.
func (b *builder) personRef(name string, ttl *title, tail *entRef) *entRef {
	name = plainName(strings.TrimSpace(name))
	if p := b.personByName(name); p != nil {
		if ttl != nil && p.roleTitle == "" {
			b.giveRole(p, ttl, tail)
		}
		return p
	}
	return b.newPerson(name, ttl, tail)
}

// postNominals written after a person's name ("Ann Lowe QC", "Ann Lowe
// MP") and academic titles before it ("Prof Ann Lowe") are no part of it.
var postNominals = toSet(`QC MP MSP MEP`)
var prenominals = toSet(`Prof Prof. Professor`)

// plainName is name without the post-nominal letters after it and an
// academic title before it, so that "Ann Lowe QC" and a later "Ann Lowe"
// are one person.
func plainName(name string) string {
	ws := strings.Fields(name)
	if len(ws) >= 3 && postNominals[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) >= 2 && prenominals[ws[0]] {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// newPerson makes a person not met before in the article.
func (b *builder) newPerson(name string, ttl *title, tail *entRef) *entRef {
	return b.newPersonApart(name, ttl, tail, false)
}

// newPersonApart makes a person not met before in the article; apart
// says that a person of the same id already made is someone else ("Mr
// Dunmore" and a later "Mrs Dunmore", kept apart by findPerson), who
// keeps that id.
func (b *builder) newPersonApart(name string, ttl *title, tail *entRef, apart bool) *entRef {
	name = plainName(name)
	id := "person:" + slug(name)
	for k := 2; apart && b.refs[id] != nil; k++ {
		id = "person:" + slug(name) + "-" + strconv.Itoa(k)
	}
	r := &entRef{ID: id, Name: name, Kind: KindPerson}
	b.refs[id] = r
	b.persons = append(b.persons, r)
	if ttl != nil {
		b.giveRole(r, ttl, tail)
	} else if tail != nil {
		r.Country = tail.Country
		if ct := b.d.byISO[tail.Country]; ct != nil {
			r.Code = ct.Cameo
		}
	}
	return r
}

func (b *builder) giveRole(p *entRef, ttl *title, tail *entRef) {
	if p == nil || ttl == nil {
		return
	}
	if tail != nil && tail.Kind == KindCountry && beatTitles[ttl.Canonical] {
		// "the BBC's Moscow correspondent X", "Screen International's US
		// editor Y", "the Australian strategist Z": the country is the
		// beat or the nationality, not the employer; no role.
		tail = nil
	}
	p.roleTitle, p.roleTail, p.Sector, p.dictRole = ttl.Canonical, tail, ttl.Sector, false
	if genericTitle(ttl) && (tail == nil || tail.Kind != KindCountry && tail.Sector != "" && !stateSectors[tail.Sector]) {
		// "WorldCom chief Bernie Ebbers", "PCS leader Mark Serwotka": a
		// head of no body the article knows is no state's officer; the
		// head of a firm, a party or a charity has the body's sector.
		p.Sector = ""
		if tail != nil {
			p.Sector = tail.Sector
		}
	} else if (genericTitle(ttl) || presidency(ttl)) && tail != nil && tail.Kind == KindOrganization && tail.Sector == "" && !stateBodyName(tail.Name) {
		// "director of the Countryside Alliance", "chairman of the Acme
		// Foundation": the head of a body no word of which says it is the
		// state's is no officer of state.
		p.Sector = ""
	}
	if tail != nil {
		p.Country = tail.Country
		code := tail.Code
		if tail.Kind == KindCountry {
			code += ttl.Sector
		} else if tail.Kind == KindOrganization && tail.Sector == "PTY" && p.Sector == "GOV" {
			// "Tory spokesman David Davis", "Tory ex-minister Douglas
			// Hogg": coded as the party, he is the party's officer, not
			// the state's. A sector left GOV under the party's code made
			// the rules that spare a government's own members (as owner
			// of the policy its critic judges, leadGovernmentFor) take
			// him for one.
			p.Sector = tail.Sector
		}
		p.Code = code
	}
}

// beatTitles are titles of a firm's or an outlet's staff that no state has
// (head89): a country before them is where they report or who they are.
var beatTitles = toSet(`Correspondent Editor Strategist`)

// stateHeads name bodies of state in an organization's name.
var stateHeads = toSet(`committee commission ministry department office authority agency parliament assembly court
tribunal police government cabinet senate congress council administration secretariat board service`)

// govBodyHeads are the heads of stateHeads (and "ministers") that name a
// government's own body in a name no dictionary lists; "committee",
// "council", "board", "office", "authority" and "service" are left out, as
// charities, firms, film and sports bodies use them ("Disasters Emergency
// Committee", "UK Film Council", "Box Office").
var govBodyHeads = toSet(`ministry department administration ministers`)

// stateBodyName reports whether an organization's name has a word of a body
// of state ("Commission for Racial Equality", "Home Affairs Committee").
func stateBodyName(name string) bool {
	return nameHasWord(name, stateHeads)
}

// nameHasWord reports whether a word of name, lower-cased, is in words.
func nameHasWord(name string, words map[string]bool) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if words[w] {
			return true
		}
	}
	return false
}

// personByName matches a full name or a surname against the persons met.
func (b *builder) personByName(name string) *entRef {
	return b.findPerson(name, false, 0)
}

// findPerson matches name against the persons met. A one-word name may
// also be the first word of a name written surname first ("Zhao" for "Zhao
// Lin"), unless surname says it stands where a surname does and it is a
// given name: "Mr Howard" is not Howard Flight, while "Mr Khoo" is Khoo
// Kay Peng. sex, when not 0, is the sex an honorific before name gives
// ('m' or 'f'): a person known to be of the other sex is someone else
// ("Mrs Howard" is not Michael Howard; see sexOf).
func (b *builder) findPerson(name string, surname bool, sex byte) *entRef {
	low := strings.ToLower(name)
	first := !strings.Contains(low, " ") && len(low) > 2 && !(surname && b.d.given[low])
	if first {
		if p := b.givenNamesake(low, sex); p != nil {
			return p
		}
	}
	// Built once, not per person met: findPerson runs for every name
	// mention against every person of the article.
	asSurname, asGiven := " "+low, low+" "
	// sameFullName needs two words in each name and the same last word; a
	// person's name that does not even hold that word is not split into
	// words (most are not: the call was the costliest part of the loop).
	var lastWord string
	if ws := strings.Fields(low); len(ws) >= 2 {
		lastWord = ws[len(ws)-1]
	}
	for k := len(b.persons) - 1; k >= 0; k-- {
		p := b.persons[k]
		if !b.sexFits(p, sex) {
			continue
		}
		pl := b.personLow(p)
		if pl == low || strings.HasSuffix(pl, asSurname) || endsWithWord(low, pl) ||
			first && strings.HasPrefix(pl, asGiven) ||
			lastWord != "" && strings.Contains(pl, lastWord) && b.d.sameFullName(pl, low) {
			// "Zhao" for "Zhao Lin": names written surname first;
			// "Victor Makarov" for "Viktor Makarov": one name spelt two
			// ways (see name_variants.go).
			b.noteGiven(p, pl, low)
			return p
		}
	}
	return nil
}

// lowName is a person's name and the same lower case.
type lowName struct{ name, low string }

// personLow is p.Name lower case. findPerson and givenNamesake lower every
// person's name for every name mention of the article; the lowered name
// is kept with the name it came from, so a name changed since is lowered
// again.
func (b *builder) personLow(p *entRef) string {
	if c, ok := b.lowNames[p]; ok && c.name == p.Name {
		return c.low
	}
	low := strings.ToLower(p.Name)
	if b.lowNames == nil {
		b.lowNames = map[*entRef]lowName{}
	}
	b.lowNames[p] = lowName{p.Name, low}
	return low
}

// endsWithWord reports strings.HasSuffix(s, " "+w) without building the
// string.
func endsWithWord(s, w string) bool {
	return len(s) > len(w) && s[len(s)-len(w)-1] == ' ' && strings.HasSuffix(s, w)
}

// noteGiven records the given name of full name low when it finds a person
// met by surname alone (pl, one word): "Ken Livingstone" after "Mr
// Livingstone" says this Livingstone is a Ken (see givenNamesake).
func (b *builder) noteGiven(p *entRef, pl, low string) {
	given, rest, ok := strings.Cut(low, " ")
	if !ok || strings.Contains(pl, " ") || rest != pl {
		return
	}
	if b.givenOf == nil {
		b.givenOf = map[*entRef]string{}
	}
	b.givenOf[p] = given
}

// givenNamesake is the person a bare given name (lower case) means when
// two or more persons met bear it ("Ken" after Ken Livingstone and Ken
// Bigley; "Tony" after Tony Blair and Tony Martin): the one the article
// named first, its lead, whom a quote calls by first name, rather than
// the one met last, often the speaker or a side figure. A name spelt as
// given wins over its variants: "Steven" is Steven Gerrard, not Steve
// Morgan (see sameGivenName), so the variants count only when no one bears
// the name as spelt. nil when fewer than two bear it, or when a person met
// has it as a surname or whole name ("Howard" with Michael Howard and
// Howard Flight): findPerson's own order decides then. sex is as in
// findPerson.
func (b *builder) givenNamesake(given string, sex byte) *entRef {
	if len(b.persons) < 2 { // two must bear the name: skip lowering every name
		return nil
	}
	var exact, variant []*entRef
	asSurname := " " + given // built once: findPerson asks for every one-word name
	// Most given names stand in no group of name-variants.txt: then only
	// the name as spelt matches, and sameGivenName's map look-ups per
	// person are spared.
	variants := len(b.d.variantGroups[given]) > 0
	for _, p := range b.persons {
		pl := b.personLow(p)
		if pl == given || strings.HasSuffix(pl, asSurname) {
			return nil
		}
		g, _, ok := strings.Cut(pl, " ")
		if !ok {
			g = b.givenOf[p]
		}
		// The name is tested before the sex: few persons bear it, and
		// sexFits, given an honorific's sex, looks the person's up
		// (lowering their given name).
		switch {
		case g == "" || g != given && (!variants || !b.d.sameGivenName(g, given)) || !b.sexFits(p, sex):
		case g == given:
			exact = append(exact, p)
		default:
			variant = append(variant, p)
		}
	}
	if len(exact) == 0 {
		exact = variant
	}
	if len(exact) < 2 {
		return nil
	}
	return exact[0]
}

// stormWords before a capitalized name make it a storm's.
var stormWords = toSet(`hurricane cyclone typhoon storm`)

// sexOf is the sex ('m' or 'f') known of person p: from an honorific the
// article gave them ("Mr Howard"), else from their given name when
// given-names.txt gives it one ("Michael Howard"); 0 when not known.
func (b *builder) sexOf(p *entRef) byte {
	if g := b.gender[p]; g == 'm' || g == 'f' {
		return g
	}
	if p.Kind != KindPerson {
		return 0
	}
	if given, _, ok := strings.Cut(p.Name, " "); ok {
		return b.d.sex[strings.ToLower(given)]
	}
	return 0
}

// sexFits reports whether person p may be the one an honorific of sex
// ('m' or 'f') names: not when p is known to be of the other sex. Any
// person fits no honorific (sex 0), which is answered before p's sex is
// looked up: personByName and a name with no honorific before it pass 0.
func (b *builder) sexFits(p *entRef, sex byte) bool {
	if sex == 0 {
		return true
	}
	g := b.sexOf(p)
	return g == 0 || g == sex
}

// bodyByHead finds the organization a capitalized head noun alone names
// ("the Commission", "the Council"): of those met in the article whose
// name of two or more words ends in head, the one mentioned last (a body
// met only inside a title, "European commission president", counts as
// met first). nil when none: the word then names a body of its own.
func (b *builder) bodyByHead(head string) *entRef {
	var best *entRef
	last := -2
	for id, r := range b.refs {
		if r.Kind != KindOrganization || !strings.HasSuffix(strings.ToLower(r.Name), " "+head) {
			continue
		}
		at := -1
		if e := b.ents[id]; e != nil && len(e.Mentions) > 0 {
			at = e.Mentions[len(e.Mentions)-1].Start
		}
		if at > last || at == last && id < best.ID {
			best, last = r, at
		}
	}
	return best
}

// personByTitle finds whom a bare title refers to ("the prime minister",
// "the minister"): the person holding it who was named last in the
// article. country, when not "", is the state the office is of ("the home
// secretary" is Britain's): a person of another state does not hold it. A
// title the article gives wins over one only the dictionary gives (see
// entRef.dictRole), and a dictionary title is taken only when one person
// holds it: two former and future prime ministers named bare may be
// either. nil when no one holds it: the title then names no one yet.
//
// definite says the title is "the X" or "his X": only then do the
// dictionary's terms settle two holders or another office (see
// earliestHolder, otherOfficeHolder); "hoped Brown would be premier" names
// an office, not its holder.
func (b *builder) personByTitle(ttl *title, country string, definite bool) *entRef {
	var best, dict *entRef
	dicts := 0
	for _, p := range b.persons {
		if p.rolePast || !b.holds(p, ttl) || ofOtherState(p, country) {
			continue
		}
		if p.dictRole {
			if b.calledBy[p] == ttl.Canonical {
				// "the prime minister" already taken for one of two
				// the dictionary calls so: the same one again.
				return p
			}
			dict = p
			dicts++
			continue
		}
		if best == nil || b.lastNamed[p] > b.lastNamed[best] {
			best = p
		}
	}
	if best == nil && dicts == 1 {
		return dict
	}
	if best == nil && dicts > 1 && definite {
		return b.earliestHolder(ttl, country)
	}
	if best == nil && dicts == 0 && definite {
		return b.otherOfficeHolder(ttl, country)
	}
	return best
}

// ofOtherState reports whether person p is of a state other than country
// (the state a bare title's office is of; "" when the title gives none): such
// a person does not hold the office, whichever of personByTitle's ways finds
// the holder.
func ofOtherState(p *entRef, country string) bool {
	return country != "" && p.Country != "" && p.Country != country
}

// holds reports whether person p holds the office a bare title ttl names:
// their office is ttl or a specific one of it (holdsTitle), or the
// dictionary lists ttl among the names of their office ("chancellor of the
// exchequer" is a finance minister, and the one people.tsv calls
// "Finance Minister,Chancellor" is "the chancellor").
func (b *builder) holds(p *entRef, ttl *title) bool {
	if holdsTitle(p.roleTitle, ttl.Canonical) {
		return true
	}
	kp := b.d.people[p.Name]
	if kp == nil || p.roleTitle == "" {
		return false
	}
	for _, o := range kp.Others {
		if slices.Contains(o.Titles, p.roleTitle) && slices.Contains(o.Titles, ttl.Canonical) {
			return true
		}
	}
	return false
}

// earliestHolder is, of the persons the dictionary alone gives office ttl
// (two or more, of one country), the one who held it first, when each of
// the others held another office of the dictionary during that one's term:
// "Tony Blair ... Gordon Brown ... the prime minister" is Blair, since
// Brown was chancellor all through Blair's term (an article of Brown's
// term would call Blair former). nil when that does not single one out.
// Persons of a state other than country are left out, as personByTitle
// leaves them out when it counts the holders.
func (b *builder) earliestHolder(ttl *title, country string) *entRef {
	var first *entRef
	var holders []*entRef
	for _, p := range b.persons {
		if !p.dictRole || p.rolePast || !b.holds(p, ttl) || ofOtherState(p, country) {
			continue
		}
		holders = append(holders, p)
		if first == nil || p.dictRank < first.dictRank {
			first = p
		}
	}
	kf := b.d.people[first.Name]
	if kf == nil {
		return nil
	}
	terms := kf.termsOf(first.roleTitle)
	if len(terms) == 0 {
		return nil
	}
	lo, hi := hull(terms)
	if hi == 0 {
		hi = 1 << 30
	}
	for _, q := range holders {
		if q == first {
			continue
		}
		kq := b.d.people[q.Name]
		if kq == nil || q.Country != first.Country || !heldOtherOffice(kq, lo, hi) {
			return nil
		}
	}
	return first
}

// heldOtherOffice reports whether kp held an office other than the one
// the dictionary names them by within the span [lo, hi).
func heldOtherOffice(kp *knownPerson, lo, hi int) bool {
	for _, o := range kp.Others {
		if overlaps(o.Terms, lo, hi) {
			return true
		}
	}
	return false
}

// otherOfficeHolder is the one person of the article, with an office only
// from the dictionary, whose other offices there include ttl itself:
// "Gordon Brown ... the chancellor" is Brown, prime minister only after
// the chancellorship a 2005 report speaks of. nil when none or several.
// Only the office's own title counts ("the minister" is not every former
// finance minister).
func (b *builder) otherOfficeHolder(ttl *title, country string) *entRef {
	var found *entRef
	for _, p := range b.persons {
		if !p.dictRole || p.rolePast || ofOtherState(p, country) {
			continue
		}
		kp := b.d.people[p.Name]
		if kp == nil || !hasOtherTitle(kp, ttl.Canonical) {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// hasOtherTitle reports whether one of kp's other offices is called t.
func hasOtherTitle(kp *knownPerson, t string) bool {
	for _, o := range kp.Others {
		if slices.Contains(o.Titles, t) {
			return true
		}
	}
	return false
}

// displacedHolder finds the one person of the article whose office comes
// only from the dictionary (entRef.dictRole) while the article has taken
// that office's bare title for another person of the same country
// (builder.calledBy): the article says they do not hold it now, so an
// office ttl of their country that nobody holds may be theirs. nil when
// there is none or more than one, or when the office ttl is of another
// country.
func (b *builder) displacedHolder(ttl *title) *entRef {
	var found *entRef
	for _, p := range b.persons {
		if !p.dictRole || p.rolePast || p.Country == "" || ttl.Country != "" && ttl.Country != p.Country || holdsTitle(p.roleTitle, ttl.Canonical) {
			continue
		}
		if kp := b.d.people[p.Name]; kp != nil && len(kp.Terms) > 0 && !hasOtherTitle(kp, ttl.Canonical) {
			// The dictionary dates their office and lists their others,
			// none this one: "Blair ... Thatcher's 11 years ... the
			// chancellor" is not Thatcher.
			continue
		}
		taken := false
		for q, t := range b.calledBy {
			if q != p && q.Country == p.Country && t == p.roleTitle {
				taken = true
				break
			}
		}
		if !taken {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// dictOfficeShared reports whether p's office comes only from the
// dictionary and another person of the article, of p's country, has that
// same dictionary office and came to it after p, while the bare title ttl
// names another office. people.tsv lists the holders of an office in the
// order they held it, so of two named together the earlier one most
// likely holds it on the day and the later one another office ("Tony
// Blair ... Gordon Brown ... the chancellor": Brown, prime minister after
// Blair): the lead-person rule then does not give ttl to p. It returns
// that later person when there is one only, so ttl can be theirs.
func (b *builder) dictOfficeShared(p *entRef, ttl *title) (bool, *entRef) {
	if !p.dictRole || p.rolePast || p.roleTitle == "" || holdsTitle(p.roleTitle, ttl.Canonical) {
		return false, nil
	}
	var later *entRef
	n := 0
	for _, q := range b.persons {
		if q != p && q.dictRole && !q.rolePast && q.roleTitle == p.roleTitle && q.Country == p.Country && q.dictRank > p.dictRank {
			later = q
			n++
		}
	}
	if n != 1 {
		return n > 1, nil
	}
	return true, later
}

// holdsTitle reports whether the office role is the one a bare title
// canonical names: the same, or a specific one of it ("Foreign Minister"
// is "the minister"), not one below or beside it ("Deputy Prime Minister"
// is not "the prime minister").
func holdsTitle(role, canonical string) bool {
	return role == canonical || strings.HasSuffix(role, " "+canonical) && !lesserOffice(role, canonical)
}

// lesserOffice reports whether full names an office below or beside the
// one of short ("Deputy Prime Minister" is not "the prime minister"), as
// opposed to a specific one of it ("Foreign Minister" is "the minister").
func lesserOffice(full, short string) bool {
	pre := strings.ToLower(strings.TrimSuffix(full, " "+short))
	for _, w := range strings.Fields(pre) {
		switch w {
		case "deputy", "vice", "shadow", "assistant", "under", "former", "junior", "associate":
			return true
		}
	}
	return false
}

// bodySpelled is the one organization named earlier in the article by a
// name of two words or more whose initials are acro ("Department of Trade
// and Industry" for "DTI"), or nil when none or several are. An article
// that names a body in full and then by its acronym, without giving the
// acronym in brackets, means one body; the acronym becomes its alias, so
// other articles that use the acronym alone join it in the graph too.
func (b *builder) bodySpelled(acro string) *entRef {
	if b.aliases[strings.ToLower(acro)] != nil {
		return nil
	}
	var found *entRef
	for _, id := range b.order {
		r := b.refs[id]
		if r == nil || r.Kind != KindOrganization || !strings.Contains(r.Name, " ") || initials(r.Name) != acro {
			continue
		}
		if found != nil && found != r {
			return nil
		}
		found = r
	}
	return found
}

// placeOpening is the country of the located place (a city or region of
// the locations list) that opens name chunk c at token k, nil when k is not
// its first word or names no such place.
func (b *builder) placeOpening(toks []token, c *chunk, k int) *country {
	if k != c.i {
		return nil
	}
	p := b.d.lookup(toks, k)
	if p == nil || p.kind != phLocation || p.loc == nil || k+len(p.toks) >= c.j {
		return nil
	}
	return b.d.byISO[p.loc.Country]
}

// nameRef resolves a capitalized name without a title: a person or an
// organization already met, an organization by its shape ("Joint Center for
// ... (JCCC)", "Union of Teachers"), or a person when the sentence treats the
// name as one (a full name that says something or takes an apposition).
func (b *builder) nameRef(toks []token, c *chunk, owner *entRef, sentInitial bool) (*entRef, bool) {
	low := strings.ToLower(c.name)
	if c.j-c.i >= 2 && stormWords[toks[c.i].lower] {
		// "Hurricane Mitch", "Cyclone Nargis": a storm's name is no
		// actor's, nor is the storm's name alone later ("Mitch killed";
		// see chunks).
		return nil, false
	}
	if b.storms[low] {
		return nil, false
	}
	hsex := byte(0)
	if c.i > 0 {
		hsex = honorificSex[strings.TrimSuffix(toks[c.i-1].lower, ".")]
	}
	if r := b.aliases[low]; r != nil && (r.Kind != KindPerson || b.sexFits(r, hsex)) {
		return r, r.Kind == KindPerson
	}
	if hsex == 0 && b.isWork(low) {
		// "Vera Drake has scooped seven nominations" after "the film Vera
		// Drake": a work's name, no actor's (see works.go). A name the
		// article already gave someone stays theirs (aliases above).
		return nil, false
	}
	if c.j-c.i == 1 && c.i > 0 && toks[c.i-1].lower == "the" && orgHeads[low] {
		// "the Commission" after "the European Commission": the body
		// named last whose name ends in that word.
		if r := b.bodyByHead(low); r != nil {
			return r, false
		}
	}
	honorific := c.i > 0 && honorifics[strings.TrimSuffix(toks[c.i-1].lower, ".")]
	// "Sir Edward", "Lord Alan": these honorifics take a given name.
	surname := honorific && !givenHonorifics[strings.TrimSuffix(toks[c.i-1].lower, ".")]
	if p := b.findPerson(c.name, surname, hsex); p != nil {
		return p, true
	}
	if looksLikeOrg(toks, c) {
		// An acronym the dictionary or the article already knows names
		// that body, whatever words came before it ("... of the
		// Ceasefire (JCCC)").
		// A name whose initials are all of the acronym and that is
		// none of the dictionary body's names defines another body
		// ("the Financial Services Authority (FSA)" is not the Free
		// Syrian Army).
		if c.acro != "" {
			if r := b.knownAcronym(c.acro); r != nil && !(b.aliases[strings.ToLower(c.acro)] == nil && initials(c.name) == c.acro && !b.namesOrg(r, c.name)) {
				return r, false
			}
		}
		// The id comes from the full name even when an acronym follows
		// it ("Trades Union Congress (TUC)"): an article that names the
		// body without its acronym then gives the same id.
		id := "org:" + slug(c.name)
		r := b.refs[id]
		if r == nil {
			r = &entRef{ID: id, Name: c.name, Kind: KindOrganization}
			for k := c.i; k < c.j; k++ {
				if ngoHeads[toks[k].lower] {
					// "Association of African Jurists": a civil-society body.
					r.Code, r.Sector = "NGO", "NGO"
				}
			}
			if sec := firmNameEnds[toks[c.j-1].lower]; sec != "" && c.shape == "" && r.Sector != "NGO" {
				// "London Stock Exchange (LSE)": a name ending in a
				// firm's word is a firm's, wherever it sits, unless a
				// body's word inside it says otherwise ("Federation of
				// Phonographic Industries").
				r.Code, r.Sector = sec, sec
				if toks[c.j-1].lower == "corporation" && nameHasWord(c.name, notPapers) {
					// "Korea Broadcasting Corporation": a broadcaster, coded
					// media as the dictionary codes the BBC, NHK and CBC.
					r.Code, r.Sector = "MED", "MED"
				}
			}
			bank := bankSector(toks, c, b.d.given)
			if r.Sector == "" && c.shape == "" && bank != "" {
				r.Code, r.Sector = bank, bank
			}
			if r.Sector == "" && c.shape == "" && (owner == nil || owner.Kind == KindCountry) && nameHasWord(c.name, govBodyHeads) {
				// "State Administration of Taxation", "Department for
				// Transport", "Council of Ministers": a body of state no
				// dictionary lists is its state's government (the
				// country before it or in it, below), not an unknown;
				// "the IMF's European Department" is the IMF's.
				r.Code, r.Sector = "GOV", "GOV"
			}
			if c.shape != "" && c.shape != "ORG" {
				// "the Juarez drug cartel": the body its noun names.
				r.Code, r.Sector = c.shape, c.shape
				if c.shape == "CRM" {
					r.Kind = KindGroup
				}
			}
			if owner != nil && owner.Kind == KindCountry {
				// "British Medical Association": the country's body of
				// the kind its name gives (GBRNGO), not the state.
				r.Country = owner.Country
				r.Code = owner.Code + r.Sector
			} else {
				// "United Bus Company of Tehran": a place in the name.
				for k := c.i; k < c.j; k++ {
					if p := b.d.lookup(toks, k); p != nil && p.country != nil && (p.kind == phCountry || p.kind == phCapital || p.kind == phAdjective) {
						r.Country, r.Code = p.country.ISO3, p.country.Cameo+r.Sector
						if r.Sector == "" && (p.kind == phCapital && !cityGovHeads[toks[c.j-1].lower] || p.kind != phCapital && !stateBodyName(c.name)) {
							// "Baghdad University", "Indian Petrochemicals
							// Corporation", "Japanese Rugby Football
							// Union": a place in a body's name that gives
							// no sector says where the body sits, not that
							// it is the state (as a city opening a name
							// does, below); a body of state ("Kenyan
							// Parliament") and a capital's own government
							// ("the London Assembly") keep the code.
							r.Code = ""
						}
						break
					}
					if ct := b.placeOpening(toks, c, k); ct != nil {
						// "the New York Stock Exchange": a city the
						// dictionary places in a country opens the name.
						// A body whose name gives no sector ("Leeds
						// University") is of that country but no part
						// of its state: no code of the state alone.
						r.Country = ct.ISO3
						if r.Sector != "" {
							r.Code = ct.Cameo + r.Sector
						}
						break
					}
				}
			}
			if bank == "GOV" && r.Country == "" && r.Sector == "GOV" {
				// "the Reserve Bank", "the Central Bank" with no
				// country in the name: a government of no state
				// known is no code; the title of its governor
				// still finds the country in the article.
				r.Code, r.Sector = "", ""
			}
			b.refs[id] = r
		}
		b.aliases[low] = r
		if c.acro != "" {
			b.aliases[strings.ToLower(c.acro)] = r
		}
		return r, false
	}
	if n := c.j - c.i; n >= 2 && n <= 5 && !honorific && firmHeadBefore(toks, c.i) && b.placeAt(toks, c.i) {
		// "carmaker Nanjing Auto", "flag carrier Indian Airlines": a name
		// opened by a place after a noun of firms is a firm's (see
		// chunks); a country its first words name is the firm's.
		if owner == nil {
			owner = b.nameCountry(toks, c.i)
		}
		return b.namedBody(c.name, owner, "BUS"), false
	}
	if n := c.j - c.i; n <= 3 && !honorific && !b.d.given[toks[c.i].lower] && firmsListed(toks, c.i) {
		// "electronics giants Hitachi and Matsushita", "cable firms NTL
		// and Telewest": names listed after a plural noun of firms are
		// firms, the second as much as the first.
		return b.namedBody(c.name, owner, "BUS"), false
	}
	if workBeforeRole(toks, c) {
		// "Harry Potter director Alfonso Cuaron", "Franz Ferdinand
		// frontman Alex Kapranos": an unknown name before a role and
		// another name is the film, band or show the person works in.
		return nil, false
	}
	n := c.j - c.i
	prev := ""
	if c.i > 0 {
		prev = toks[c.i-1].lower
	}
	if (prev == "of" || prev == "at" || prev == "for") && c.i >= 2 && n <= 3 && !b.d.given[toks[c.i].lower] {
		// "the founder of Severtrans", "an analyst at Aton": the body a
		// title is held in.
		if p := b.d.lookup(toks, c.i-2); p != nil && p.kind == phTitle && p.title.Sector != "GOV" && p.title.Sector != "MIL" {
			// "an analyst at Daiwa Securities": a name ending in a
			// firm's word is a firm's here too (see firmNameEnds below).
			return b.namedBody(c.name, owner, firmNameEnds[toks[c.j-1].lower]), false
		}
	}
	if sec, ok := ngoApposition(toks, c.j); ok && n <= 4 && !b.d.given[toks[c.i].lower] {
		// "Care Worldwide, the aid agency she works for": a name the
		// apposition after it calls a charity or an agency is a body's.
		return b.namedBody(c.name, owner, sec), false
	}
	if n <= 4 && !b.d.given[toks[c.i].lower] && !honorific && !(c.i > 0 && toks[c.i-1].upper) && bodyApposition(toks, c.j) {
		// "Menatep, a group through which ...", "AARA, an association
		// that represents ...": a name the apposition after it calls a
		// group or a body is that body's.
		return b.namedBody(c.name, owner, ""), false
	}
	if orgCues[prev] && n <= 4 && !b.d.given[toks[c.i].lower] {
		// "civil rights group Liberty", "the charity Oxfam": the name
		// after a body's noun is that body's; "luxury goods group LVMH",
		// "research group JD Power": a group of a trade is a firm.
		if prev == "group" && c.i >= 2 && firmGroupKinds[toks[c.i-2].lower] {
			return b.namedBody(c.name, owner, "BUS"), false
		}
		return b.namedBody(c.name, owner, "NGO"), false
	}
	if _, firm := firmNameEnds[toks[c.j-1].lower]; occupations[prev] && (!toks[c.i-1].upper || c.i == 1 && !nameOpeners[prev]) && (n >= 2 || c.i == 1 && oneWordStageName(toks, 0)) && n <= 3 &&
		!prizeEnds[toks[c.j-1].lower] && !firm {
		// "Chinese actor Jiang Jinfu", "rights activist Ali Reza": a
		// lower-case occupation right before a name of two or three words
		// describes a person - not a name that ends like a prize's or a
		// firm's ("the best actress Academy Award", "TV producer Acme
		// Television Limited"). At the head of a sentence the occupation
		// is capitalised ("Actress Jo Smith beat ...") and says the same.
		return b.personRef(c.name, nil, owner), true
	}
	if honorific && n <= 3 {
		// "Mr Galloway", "Ms King", "Mr. Maduro": a person, found again
		// by surname (findPerson above), else someone new.
		old := b.refs["person:"+slug(plainName(c.name))]
		return b.newPersonApart(c.name, nil, owner, old != nil && old.Kind == KindPerson && !b.sexFits(old, hsex)), true
	}
	if n == 1 && unknownAcronym(toks, c.i) && ((b.actsNext(toks, c.j) || b.actsAfterPlace(toks, c.j)) && (c.i == 0 || !toks[c.i-1].word) || prev == "the" || b.actingAcros[low]) {
		// "The ACLU sued ...", "DHS returned ...": an acronym no
		// dictionary knows names a body; after "the" wherever it stands
		// ("a raid by the NCB"). A place may say where the body sits
		// ("ICE in Miami returned"). One that acts so anywhere in the
		// article is that body wherever it stands, before that sentence
		// too ("TCI, which claims ..., has complained", "opposition
		// from TCI" before "TCI said").
		if r := b.bodySpelled(c.name); r != nil {
			// "The NAO" after "the National Audit Office": the article's
			// body whose initials the acronym spells, though it never
			// gave it in brackets.
			b.aliases[low] = r
			return r, false
		}
		return b.namedBody(c.name, owner, ""), false
	}
	if n == 1 && spelledAcronym(toks, c.i) {
		// "GM pulled out of ..." after "General Motors", "BA warned"
		// after "British Airways": an all-caps word of two letters or
		// more, wherever it stands, that spells the initials of the one
		// body the article has named in full is that body.
		if r := b.bodySpelled(c.name); r != nil {
			b.aliases[low] = r
			return r, false
		}
	}
	if sec, ok := firmNameEnds[toks[c.j-1].lower]; ok && n >= 2 && n <= 4 && !honorific &&
		!(c.j < len(toks) && !toks[c.j].upper && (b.titleWord(toks[c.j].lower) || occupations[toks[c.j].lower])) {
		// "Acme Communications agreed", "Castlebury FC": a name ending in
		// a firm's or a club's word is that body's, not a person's. Not
		// before a title ("Acme Communications chief X"), where the
		// titled person is the one who acts.
		return b.namedBody(c.name, owner, sec), false
	}
	if n <= 3 && !honorific && c.j < len(toks) && toks[c.j].lower == "newspaper" &&
		(c.i > 0 || n > 1) && (c.i == 0 || (!toks[c.i-1].upper || toks[c.i-1].text == "The" && c.i >= 2 && !toks[c.i-2].upper) && toks[c.i-1].lower != "of" && (c.i < 2 || toks[c.i-2].lower != "of")) {
		// "the Western Mail newspaper", "Thursday's Sun newspaper": a
		// name before "newspaper" is the paper's, a body of the media
		// (the whole name only: not "Echo" of "the Liverpool Echo" nor
		// "World" of "the News of the World"; not one word opening the
		// sentence, "Financial newspaper X").
		return b.namedBody(c.name, owner, "MED"), false
	}
	if strings.Contains(c.name, " & ") && !honorific {
		// "Marsh & McLennan agreed": two names joined by an ampersand
		// name a firm, never one person. Two letters so joined are a
		// firm's only where it acts or owns ("M & S said", "M & S's");
		// elsewhere they name a kind of thing ("R & B star", "soul and
		// R & B").
		if n == 3 && len(toks[c.i].text) == 1 && len(strings.TrimSuffix(toks[c.j-1].text, ".")) == 1 &&
			!(c.j < len(toks) && (toks[c.j].lower == "'s" || sayVerbs[toks[c.j].lower] || !toks[c.j].upper && len(b.d.verbs[toks[c.j].lower]) > 0)) {
			return nil, false
		}
		return b.namedBody(c.name, owner, "BUS"), false
	}
	if toks[c.i].lower == "air" && n >= 2 && n <= 3 && !honorific && !orgHeads[toks[c.j-1].lower] && !b.titleWord(toks[c.i+1].lower) {
		// "Air Deccan has signed", "a stake in Air Sahara": an unknown
		// name opened by "Air" is an airline's, a firm (the armed
		// "Air Force" ends in a body word and is left to the sectors).
		return b.namedBody(c.name, owner, "BUS"), false
	}
	if n == 1 && !honorific && fatePossessive(toks, c) {
		// "an inquiry into Khashoggi's death", "cleared the way for
		// Todoric's extradition": a lone unknown name whose death, arrest
		// or trial is told is a person's (surnames the sentence gives
		// alone; a place or body the dictionary or article knows is
		// found above).
		return b.personRef(c.name, nil, owner), true
	}
	if n < 2 || n > 4 || nonPersonHeads[toks[c.j-1].lower] || companyFirst[toks[c.i].lower] || prev == "the" {
		// "Coronation Street", "Downing Street", "City Hall": a name
		// ending in a place or work word is no one's name.
		return nil, false
	}
	next := ""
	if c.j < len(toks) {
		next = toks[c.j].lower
	}
	if sayVerbs[next] || next == "," && b.appositionAt(toks, c) || next == "'s" || next == "who" {
		return b.personRef(c.name, nil, owner), true
	}
	// "was replaced by Carlos Ruiz": successors are persons.
	if c.i >= 2 && toks[c.i-1].lower == "by" && (toks[c.i-2].lower == "replaced" || toks[c.i-2].lower == "succeeded") ||
		c.i >= 1 && successionVerbs[toks[c.i-1].lower] {
		return b.personRef(c.name, nil, owner), true
	}
	// "George Galloway is to stand": a known given name opens a person's
	// name whatever follows.
	if b.d.given[toks[c.i].lower] && !placeFirst[toks[c.i].lower] {
		return b.personRef(c.name, nil, owner), true
	}
	// "Irena Novak was appointed", "Irena Novak met ...": a two- or
	// three-word name, not after "the", followed by a verb.
	if n <= 3 && (c.i == 0 || toks[c.i-1].lower != "the") && c.j < len(toks) && !toks[c.j].upper &&
		(personVerbs[next] || len(b.d.verbs[next]) > 0 && (strings.HasSuffix(next, "ed") || irregularPast[next])) {
		return b.personRef(c.name, nil, owner), true
	}
	return nil, false
}

// ngoHeads name non-governmental bodies: an unknown organization so named
// is coded NGO (a country found for it comes first in its code).
var ngoHeads = toSet(`association associations society foundation federation institute network watch forum
charity`)

// firmNameEnds end names of firms and clubs; the value is the body's sector.
var firmNameEnds = map[string]string{"communications": "BUS", "telecom": "BUS", "telecoms": "BUS",
	"securities": "BUS", "bros": "BUS", "boerse": "BUS", "exchange": "BUS", "brothers": "", "networks": "BUS",
	// Clubs' end words ("fc", "united") are added from clubEnds (init below).
	// Plural or trade words that end firms' names, never a state body's:
	// "Acme Technologies", "Northwind Motors", "Blue Sky Airways".
	"technologies": "BUS", "systems": "BUS", "industries": "BUS", "holdings": "BUS", "motors": "BUS",
	"aviation": "BUS", "aerospace": "BUS", "pharmaceuticals": "BUS", "electronics": "BUS", "enterprises": "BUS",
	"airways": "BUS", "petroleum": "BUS", "investments": "BUS", "foods": "BUS", "stores": "BUS",
	"airlines": "BUS", "breweries": "BUS", "pharma": "BUS",
	// Legal-form words end only firms' names: "Acme Widgets Limited", "Foo Inc".
	"limited": "BUS", "ltd": "BUS", "inc": "BUS", "plc": "BUS", "llc": "BUS", "corp": "BUS",
	// "Sony Corporation", "Indian Petrochemicals Corporation"; a
	// broadcaster's ("Danish Broadcasting Corporation") is media, below.
	"corporation": "BUS"}

// clubEnds end football clubs' names: "Castlebury FC", "Leeds United",
// "Bristol Rovers", "Wigan Athletic". A club is a firm (BUS): its name ends
// a firm's (firmNameEnds), so the town opening it makes no country actor
// (placeOpensBody), and "the club" may stand for it (coref.go).
var clubEnds = toSet(`fc united rovers athletic wanderers albion hotspur`)

func init() {
	for w := range clubEnds {
		firmNameEnds[w] = "BUS"
	}
}

// nonPersonHeads end names of places, venues, shows and teams, never of
// people: an unknown name so ended is not made a person by its context.
var nonPersonHeads = toSet(`street road avenue lane square park hall house palace bridge tower centre center
building court river lake valley hill hills island islands bay beach mountain mountains forest
airport station stadium arena theatre theater cinema gardens garden city town village county
district farm estate show series channel news times post herald mail gazette journal magazine
records films pictures studios productions games awards festival prize cup league united rovers
wanderers athletic football rugby cricket band orchestra choir line way close drive place row
hotel hotels restaurant tobacco international reporter holdings motors airlines airways energy oil
petroleum pharmaceuticals insurance capital partners ventures technologies systems software
electronics media entertainment music war events baby story tales aid relief action care rescue
telegraph guardian independent observer tribune chronicle express mirror standard courier
examiner gazette monitor review bulletin prison jail day bill act tv features interactive economics
secret tags re benz executive election elections policy policies disease award mps meps msps
paper papers`)

// nameOpeners are occupations that also open names of works, ranks and
// offices ("Star Wars Episode", "Captain Scarlet", "Professor X"): at the
// head of a sentence, capitalised, they say nothing of the name after them.
var nameOpeners = toSet(`star model boss captain veteran dr professor chairman executive manager coach skipper academic`)

// prizeEnds end the names of prizes ("Tony Award", "Academy Awards"); unlike
// most nonPersonHeads (Hill, Lane, Day) they end no one's family name.
var prizeEnds = toSet(`award awards`)

// listWords after a name and a comma go on with a list or a clause, not
// an apposition: "White Noise, and ...", "Blue Harbour, which ...".
var listWords = toSet(`and or which that but while as with including plus nor than so`)

// thingNouns in an apposition say the name is a firm's or a work's, not a
// person's: "Air Shamrock, an airline", "Quiet Harbour, the new film".
var thingNouns = toSet(`airline carrier firm company carmaker retailer insurer lender bank broker chain
brand label manufacturer maker supplier operator developer network channel station newspaper magazine
website film movie show series programme program album single song novel book play musical drama soap
sitcom game band charity group fund`)

// companyFirst words open the names of firms and bodies, not of people:
// "Standard Chartered", "Christian Aid", "United Biscuits".
var companyFirst = toSet(`standard royal general national united first new great central global
international christian air american british european pacific atlantic western eastern northern
southern continental federal imperial allied consolidated associated universal digital crown
metro citizens daily sunday evening weekly st saint mount mt port fort cape lake`)

// ngoApposition reports whether the words after the name ending at j are
// an apposition calling it a charity or an aid, relief or rights body
// (", the aid agency", ", a British charity", ", the rights group"), with
// the sector that gives (NGO).
func ngoApposition(toks []token, j int) (string, bool) {
	if j+2 >= len(toks) || toks[j].text != "," || !determiners[toks[j+1].lower] {
		return "", false
	}
	for k := j + 2; k < len(toks) && k <= j+4; k++ {
		w := toks[k].lower
		if w == "charity" || w == "charities" {
			return "NGO", true
		}
		if (w == "agency" || w == "group" || w == "organisation" || w == "organization") && ngoKinds[toks[k-1].lower] {
			return "NGO", true
		}
		if !toks[k].word {
			break
		}
	}
	return "", false
}

// bodyApposition reports whether the words after the name ending at j are
// an apposition "a" or "an", at most three lower-case words and a noun of
// bodies (apposBodyNouns), which then ends its phrase: punctuation, a
// preposition, a relative pronoun or a participle follows ("a political
// group aligned with", "a body linked to", "an umbrella organization for").
// "a member of the group", "a group leader" are not: "member" is no body
// noun, and "leader" goes on with the noun phrase.
func bodyApposition(toks []token, j int) bool {
	if j+2 >= len(toks) || toks[j].text != "," || toks[j+1].lower != "a" && toks[j+1].lower != "an" {
		return false
	}
	for k := j + 2; k < len(toks) && k <= j+5; k++ {
		if !toks[k].word || toks[k].upper {
			return false
		}
		w := toks[k].lower
		if !apposBodyNouns[w] {
			if prepositions[w] || determiners[w] {
				return false
			}
			continue
		}
		if k+1 >= len(toks) {
			return true
		}
		nx := toks[k+1]
		x := nx.lower
		return !nx.word || prepositions[x] || x == "that" || x == "which" || x == "whose" ||
			!nx.upper && (strings.HasSuffix(x, "ed") || strings.HasSuffix(x, "ing"))
	}
	return false
}

// apposBodyNouns call what they describe a body of people.
var apposBodyNouns = toSet(`group organisation organization body association alliance coalition movement`)

// ngoKinds before "agency", "group" or "organisation" make it a
// civil-society body: "aid agency", "rights group".
var ngoKinds = toSet(`aid relief humanitarian rights campaign pressure development medical`)

// orgCues are nouns for bodies that may stand right before a body's name.
// firmGroupKinds are the trades that, before "group", make it a firm's
// group, not a campaign's ("oil group Yukos", "media group Vivendi").
var firmGroupKinds = toSet(`oil goods products food drinks consultancy research supermarket publishing media
equity gaming insurance engineering mining retail banking steel chemicals services investment travel leisure
hotel construction defence pharmaceutical pharmaceuticals property energy telecoms entertainment luxury`)

var orgCues = toSet(`group charity organisation organization campaigners movement thinktank watchdog
foundation agency`)

// placeFirst words open the names of places: "St Dunstan's", "Port Louis".
var placeFirst = toSet(`st saint mount mt port fort cape lake upper lower north south east west`)

// appositionAt reports whether the words at i describe the name before the
// comma ("Jan Novak, the minister", "Jan Novak, 54, said", "Jan Novak, who
// ..."): a name that is only an item of a list ("White Noise, Alexander and
// ...") is no person for it.
// The name may itself be the apposition ("the foreign minister, Jan
// Novak, said"): a lower-case word before its comma.
func (b *builder) appositionAt(toks []token, c *chunk) bool {
	if c.i >= 2 && toks[c.i-1].text == "," && toks[c.i-2].word && !toks[c.i-2].upper {
		return true
	}
	i := c.j + 1
	if i >= len(toks) {
		return false
	}
	w := toks[i].lower
	if (w == "a" || w == "an" || w == "the") && i+2 < len(toks) && toks[i+2].lower != "'s" && (thingNouns[toks[i+1].lower] || orgHeads[toks[i+1].lower] ||
		i+3 < len(toks) && !toks[i+1].upper && toks[i+3].lower != "'s" && (thingNouns[toks[i+2].lower] || orgHeads[toks[i+2].lower])) {
		return false // "Air Shamrock, an airline owned by ..."
	}
	if w == "in" || w == "near" || w == "outside" || w == "on" || w == "at" {
		return false // "Marsh Green, in Essex": a place and where it lies
	}
	if !toks[i].upper && toks[i].word && !listWords[w] {
		// "Ravi Sukul, counsel for ...", "Jan Novak, recalled in ...",
		// "Jan Novak, 54,": lower-case words describe the name.
		return true
	}
	if isDigit(w[0]) {
		return true
	}
	if toks[i].upper && i+1 < len(toks) && toks[i+1].lower == "'s" {
		return true // "Kaja Tamm, Estonia's foreign minister"
	}
	p := b.d.lookup(toks, i)
	return p != nil && (p.kind == phTitle || p.kind == phAdjective)
}

// personVerbs after an unknown name make it a person's.
var personVerbs = toSet(`was has had will would appointed named elected resigned died succeeded succeeds replaced
replaces`)

func (b *builder) locationRef(c *chunk) *entRef {
	name, ctry := c.name, ""
	if c.ph != nil && c.ph.loc != nil {
		name, ctry = c.ph.loc.Name, c.ph.loc.Country
	}
	id := "location:" + slug(name)
	if r := b.refs[id]; r != nil {
		return r
	}
	r := &entRef{ID: id, Name: name, Kind: KindLocation, locCountry: ctry}
	b.refs[id] = r
	return r
}

func (b *builder) agreementRef(name string) *entRef {
	id := "agreement:" + slug(name)
	if r := b.refs[id]; r != nil {
		return r
	}
	r := &entRef{ID: id, Name: name, Kind: KindAgreement}
	b.refs[id] = r
	return r
}

// namesOrg reports whether name is one of the names the dictionary gives
// the organization r, the same words once "the", function words and
// plural endings are left out.
func (b *builder) namesOrg(r *entRef, name string) bool {
	want := OrgSignature(name)
	if OrgSignature(r.Name) == want {
		return true
	}
	first, _, _ := strings.Cut(strings.ToLower(name), " ")
	for _, ph := range b.d.phrases[first] {
		if ph.kind == phOrg && ph.org != nil && "org:"+ph.org.ID == r.ID && OrgSignature(strings.Join(ph.toks, " ")) == want {
			return true
		}
	}
	return false
}

// orgFunctionWords are left out of a name's signature.
var orgFunctionWords = map[string]bool{"and": true, "of": true, "for": true, "the": true, "on": true, "in": true, "&": true}

// OrgSignature is a name's words without function words, apostrophes and
// plural endings, lower-cased: the spellings of one name share it ("Office
// for National Statistics" and "Office of National Statistics", "Lloyd's"
// and "Lloyds"). The writer joins organizations across articles by it.
func OrgSignature(name string) string {
	var ws []string
	name = strings.NewReplacer("'", "", "\u2019", "").Replace(strings.ToLower(name))
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' }) {
		if orgFunctionWords[w] {
			continue
		}
		switch {
		case strings.HasSuffix(w, "ies"):
			w = strings.TrimSuffix(w, "ies") + "y"
		case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
			w = strings.TrimSuffix(w, "s")
		}
		ws = append(ws, w)
	}
	return strings.Join(ws, " ")
}

// KnownIDs returns the ids ("country:USA", "org:...") of the countries and
// organizations of the embedded dictionaries that have name as their name
// or one of their aliases ("US", "U.S.", "America": country:USA), compared
// as extraction compares them: an abbreviation in capitals exactly, other
// names ignoring case. It lets a query name an actor the way articles do
// even where no article loaded used that name.
func KnownIDs(name string) []string {
	d, err := embedded()
	if err != nil {
		return nil
	}
	name = strings.Join(strings.Fields(name), " ")
	same := func(alias string) bool {
		if isAbbrev(alias) {
			return alias == name
		}
		return strings.EqualFold(alias, name)
	}
	var ids []string
	for _, ct := range d.countries {
		if same(ct.Name) || slices.ContainsFunc(ct.Aliases, same) {
			ids = append(ids, "country:"+ct.ISO3)
		}
	}
	for _, o := range d.orgs {
		if same(o.Name) || slices.ContainsFunc(o.Aliases, same) {
			ids = append(ids, "org:"+o.ID)
		}
	}
	return ids
}

// roleNouns after a work's or a band's name and before a person's: the
// person's part in it.
var roleNouns = toSet(`frontman frontwoman singer guitarist drummer bassist keyboardist star actor actress
director producer writer creator presenter host rapper`)

// workBeforeRole reports whether the unknown name chunk c of two or three
// words stands right before a lower-case role noun (roleNouns) and another
// capitalized name: "Vera Drake star Imelda Staunton".
func workBeforeRole(toks []token, c *chunk) bool {
	if n := c.j - c.i; n < 2 || n > 3 || c.j+1 >= len(toks) {
		return false
	}
	r, nx := toks[c.j], toks[c.j+1]
	return r.word && !r.upper && !r.hyph && roleNouns[r.lower] && nx.word && nx.upper
}

// pluralFirmNouns are plural nouns of firms that may stand right before
// the firms' names (firmsListed).
var pluralFirmNouns = toSet(`firms companies giants makers carmakers manufacturers producers operators banks
insurers lenders retailers airlines carriers brewers conglomerates publishers`)

// firmsListed reports whether the name starting at token i is one of two
// names joined by "and" or "&" right after a lower-case plural noun of
// firms: the first ("giants Hitachi and ...") or the second ("giants X
// and Matsushita", the first name one to three capitalized words).
func firmsListed(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	joined := func(k int) bool { return k < len(toks) && (toks[k].lower == "and" || toks[k].text == "&") }
	if pluralFirmNouns[toks[i-1].lower] && !toks[i-1].upper {
		k := i
		for k < len(toks) && k < i+4 && toks[k].upper {
			k++
		}
		return joined(k) && k+1 < len(toks) && toks[k+1].upper
	}
	if !joined(i - 1) {
		return false
	}
	k := i - 2
	for k >= 0 && k > i-6 && toks[k].upper && toks[k].word {
		k--
	}
	return k >= 0 && k < i-2 && pluralFirmNouns[toks[k].lower] && !toks[k].upper
}

// nameCountry is the country a name's first words name ("Indian" in
// "Indian Airlines", "China" in "China Life"), or nil.
func (b *builder) nameCountry(toks []token, i int) *entRef {
	if p := b.d.lookup(toks, i); p != nil && p.country != nil && (p.kind == phCountry || p.kind == phCapital || p.kind == phAdjective) {
		return b.countryRef(p.country)
	}
	return nil
}

// placeAt reports whether a country, nationality, capital or other place
// is named at token i.
func (b *builder) placeAt(toks []token, i int) bool {
	p := b.d.lookup(toks, i)
	return p != nil && (p.kind == phCountry || p.kind == phAdjective || p.kind == phCapital || p.kind == phLocation)
}

// cityGovHeads end the names of a city's government: "London Assembly",
// "Greater London Council".
var cityGovHeads = toSet(`assembly council authority`)

// bankSector gives the sector a bank's name gives: a state's central bank
// is its government ("Central Bank of Liberia", "the Turkish Central
// Bank", "the Reserve Bank"), as the organization dictionary codes the Bank of England and the
// Federal Reserve; any other name ending in "Bank" or opening "Bank of" is
// a lender's ("Riggs Bank", "National Bank of Kuwait", "Korean Development
// Bank"), coded a firm as the dictionary codes China Development Bank. Not
// a place ("South Bank") or a person's stage name ("Rob Da Bank").
func bankSector(toks []token, c *chunk, given map[string]bool) string {
	for k := c.i; k < c.j; k++ {
		if toks[k].lower != "bank" {
			continue
		}
		if k > c.i && (toks[k-1].lower == "central" || toks[k-1].lower == "reserve") {
			return "GOV"
		}
		if k+1 < c.j && toks[k+1].lower != "of" || k == c.i && k+1 == c.j {
			return ""
		}
		if placeFirst[toks[c.i].lower] || given[toks[c.i].lower] {
			return ""
		}
		return "BUS"
	}
	return ""
}

// fateNouns name what befalls a person: "X's death", "X's extradition".
var fateNouns = toSet(`death killing murder assassination arrest detention extradition execution
imprisonment jailing abduction kidnapping poisoning funeral`)

// fatePossessive reports whether the one-word name c, inside a sentence
// and after a lower-case word, is followed by "'s" and a fate noun.
func fatePossessive(toks []token, c *chunk) bool {
	if c.i == 0 || toks[c.i-1].upper || toks[c.i-1].lower == "the" || c.j+1 >= len(toks) {
		return false
	}
	return toks[c.j].lower == "'s" && fateNouns[toks[c.j+1].lower]
}
