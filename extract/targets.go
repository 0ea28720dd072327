package extract

import (
	"slices"
	"strings"
)

// Targets and partners of an act: the actor a verb or an act noun is aimed
// at, read from its object, its obliques and the words after it.

// targetAfter finds the target of a verb: an actor in the pattern's gap
// ("asked Russia to"), else the first actor after the verb in the clause that
// is not the agent of a passive.
func (b *builder) targetAfter(toks []token, ms []mention, cl *clause, t trigger) []*entRef {
	moves := b.movesForces(toks, t)
	if c := b.sentInto(toks, ms, cl, t); c != nil {
		return []*entRef{c}
	}
	for mi, m := range ms {
		if moves && m.ref != nil && (m.loc || m.ref.Kind == KindLocation) && m.i >= t.j && m.i <= t.j+3 && m.i < cl.end && b.d.byISO[locISO(m.ref)] != nil {
			// "withdrew peacekeepers from the Golan Heights": forces go
			// to or leave the country of the place.
			if w := toks[m.i-1].lower; w == "from" || w == "to" || w == "into" || w == "in" || toks[m.i-1].lower == "the" && (toks[m.i-2].lower == "from" || toks[m.i-2].lower == "to" || toks[m.i-2].lower == "into" || toks[m.i-2].lower == "in") {
				return []*entRef{b.countryRef(b.d.byISO[locISO(m.ref)])}
			}
		}
		if m.loc || m.agr || m.ref == nil || m.i < t.i+1 || m.i >= cl.end {
			continue
		}
		if m.i >= t.j && askedInGap(t) {
			// "urged Muslims not to vote for Labour", "asked the Houston
			// court to order Russia to ...": whom a request is made of
			// stands in the gap; the actors of what is asked for are not
			// its target, when no actor stands there.
			break
		}
		if complementSubject(toks, m) && t.p.Code[:2] != "11" {
			// "promised that Bonn would back Poland", "pledged that India
			// would help Sri Lanka": the subject of the promise's content,
			// not whom it is made to. An accusation's is the accused.
			continue
		}
		if t.gapI >= 0 && m.i >= t.gapI && m.i < t.gapJ {
			if t.p.Code[:2] == "05" && m.poss && m.j < t.gapJ && t.gapJ < t.j && !m.person && m.ref.Kind != KindPerson && len(cl.subject) > 0 &&
				(cl.subject[0].Country != "" && m.ref.Country == cl.subject[0].Country || cl.subject[0].roleTail == m.ref) {
				// "Erdogan reiterated Turkey's support for X", "expressed
				// Egypt's solidarity with and support for X": the
				// subject's own state owns the support; whom it is for
				// follows the pattern; so does the body the subject
				// holds office in ("the Secretary-General reiterated the
				// UN's commitment to X"). ("rejected Iraq's proposal",
				// "met the government's demands": the possessor is whom.)
				continue
			}
			return b.group(toks, ms, mi, cl.end)
		}
		if m.i < t.j && m.j > t.j && m.i > t.i {
			// "banned opposition leader Juan Guaido from": a name whose
			// title opens on the pattern's last words is the one acted on.
			return b.group(toks, ms, mi, cl.end)
		}
		if m.i < t.j || m.i > t.j+9 && !ofChain(toks, t.j, m.i) {
			continue
		}
		if m.ctx && placePrep(toks, m.i) && !(onAt(toks, m.i) && !modifierAt(toks, m.j)) && !curbOn(toks, m.i) {
			continue // "on the Thai border": where, not whom; "sanctions on Tehran" is whom
		}
		if cl.subjIdx == mi {
			continue
		}
		if ownedModifier(toks, m) {
			continue // "for its US launch": the subject's own launch, in a place
		}
		if t.p.Code[:2] == "03" && ownCountryOwner(toks, m, cl) {
			continue // "promised to halve the US's deficit": the subject's own country owns the thing acted on
		}
		if trailingSpeaker(toks, m) {
			continue
		}
		if m.i == t.j && (m.ctx || m.ref.Kind == KindCountry) && placeWords[t.p.Words[len(t.p.Words)-1]] {
			continue // "rallied in Seoul": where, not against whom
		}
		if b.placeOfNoun(toks, m, t) {
			continue // "the largest wine maker in China": where that firm is, not whom the act is done to
		}
		if m.ref.Kind == KindOrganization && b.movesForces(toks, t) {
			// "sending troops to the UN peacekeeping force in South
			// Sudan": forces joining a mission go to the country it is in.
			for _, n := range ms {
				if n.i > m.j && n.i <= m.j+6 && n.i < cl.end && n.ref != nil && n.ref.Kind == KindCountry && toks[n.i-1].lower == "in" {
					return []*entRef{n.ref}
				}
			}
		}
		if reproachRoot(t.p.Code) {
			if d := actDoerAfterOf(toks, ms, mi, cl.end); d >= 0 {
				return b.group(toks, ms, d, cl.end) // "condemned the bombing of its embassy by NATO": NATO is condemned (act_doer.go)
			}
		}
		return b.group(toks, ms, mi, cl.end)
	}
	// "dispatched inspectors to ... in central Iran": a country the act is
	// carried to, a little further on.
	if r := t.p.Code[:2]; r == "07" || r == "08" || r == "06" {
		// "returned a 16th-century manuscript, missing since 1943, to
		// Italy's government": what is given, returned or handed over goes
		// to the actor after "to", however long the thing given.
		for mi, m := range ms {
			if !actorMention(m) || m.i <= t.j+9 || m.i > t.j+25 || m.i >= cl.end {
				continue
			}
			k := m.i - 1
			if k > t.j && mAtLoc(ms, k) >= 0 {
				k = ms[mAtLoc(ms, k)].i - 1 // "to the Wyoming Brownfield Authority": a place word before the body
			}
			if k > t.j && determiners[toks[k].lower] {
				k--
			}
			if toks[k].lower == "to" && (k == 0 || toks[k-1].lower != "according") {
				return b.group(toks, ms, mi, cl.end)
			}
		}
	}
	for _, m := range ms {
		if m.loc || m.agr || m.ref == nil || m.ref.Kind != KindCountry || m.i <= t.j+9 || m.i > t.j+16 || m.i >= cl.end {
			continue
		}
		if b.placeOfNoun(toks, m, t) {
			continue
		}
		for k := m.i - 1; k >= m.i-3 && k > t.j; k-- {
			if w := toks[k].lower; w == "in" || w == "to" {
				return []*entRef{m.ref}
			} else if !strings.HasSuffix(w, "ern") && w != "central" && w != "the" {
				break
			}
		}
	}
	return nil
}

// placeOfNoun reports a country or place m after "in" or "at" that the
// tree hangs on a noun other than the trigger's own: where that thing is
// ("agreed to buy 33% of the largest wine maker in China", "the perception
// in Germany", "its office in Baghdad"), not whom the act is done to. Only
// appeals (02) and intents (03) are read so: condemning "an attack on a
// building in Kabul", a threat, a withdrawal "to another position in
// Syria", a visit to "an orphanage in Tanzania" or "the war in Iraq" take
// the country of the place as their target, as plv-dev's gold does. A
// place right after the trigger ("held talks in Beijing") or of a noun
// that names an act in the dictionaries ("called for a ceasefire in
// Lebanon") is kept.
func (b *builder) placeOfNoun(toks []token, m mention, t trigger) bool {
	if m.ref == nil || !(m.ref.Kind == KindCountry || m.ref.Kind == KindLocation || m.ctx) {
		return false
	}
	if r := t.p.Code[:2]; r != "02" && r != "03" {
		return false
	}
	k := m.i - 1
	for k > t.j && determiners[toks[k].lower] {
		k--
	}
	if k <= t.j || toks[k].lower != "in" && toks[k].lower != "at" {
		return false
	}
	p := b.tree()
	if p == nil || m.j > len(p.words) {
		return false
	}
	h := p.spanHead(m.i, m.j)
	if h < 0 {
		return false
	}
	g := p.head(h)
	if g < 0 || g >= t.i && g < t.j || p.rel(h) != "nmod" && p.rel(h) != "obl" {
		return false
	}
	if w := toks[g].lower; len(b.d.nouns[w]) > 0 || len(b.d.verbs[w]) > 0 {
		return false // "called for an immediate ceasefire in Lebanon": the place of an act is its target
	}
	u := p.words[g].UPOS
	return u == "NOUN" || u == "PROPN" && g < m.i
}

// sentInto is the country that those the act sends or places are sent
// "into": "sent teams of agents into Libya", "placed a brigade in Italy on
// alert to fly into Lebanon". nil when no such country follows in the
// clause.
func (b *builder) sentInto(toks []token, ms []mention, cl *clause, t trigger) *entRef {
	if t.p.Noun {
		return nil
	}
	for _, m := range ms {
		if m.ref == nil || m.i <= t.j || m.i > t.j+12 || m.i >= cl.end {
			continue
		}
		k := m.i - 1
		if determiners[toks[k].lower] {
			k--
		}
		if toks[k].lower != "into" || !(intoVerbs[toks[k-1].lower] || intoVerbs[toks[t.i].lower]) {
			continue
		}
		iso := m.ref.Country
		if m.ref.Kind == KindCountry || m.loc || m.ref.Kind == KindLocation {
			iso = locISO(m.ref)
		} else {
			return nil
		}
		if ct := b.d.byISO[iso]; ct != nil {
			return b.countryRef(ct)
		}
	}
	return nil
}

// intoVerbs move people or things into a place.
var intoVerbs = toSet(`send sends sent sending dispatch dispatched dispatches dispatching deploy deploys
deployed deploying fly flies flew flown flying move moves moved moving march marched marching`)

// nounTargets finds the targets of a noun: "talks with X", "attack on X",
// "between X and Y". For an agreement "between X and Y" the two parties are
// source and target of each other.
func (b *builder) nounTargets(toks []token, ms []mention, cl *clause, t trigger, sources *[]*entRef) []*entRef {
	from := t.j
	if prepositions[toks[t.j-1].lower] {
		from = t.j - 1 // the pattern ends with its preposition: "agreement between"
	}
	root := t.p.Code[:2]
	for k := from; k < len(toks) && k < t.j+6 && k < cl.end; k++ {
		w := toks[k].lower
		if w != "with" && w != "on" && w != "against" && w != "to" && w != "between" && w != "from" && w != "in" && w != "for" &&
			!patientPrep(w, root) {
			continue
		}
		if (w == "of" || w == "into") && inMention(ms, k) {
			continue // "criticism from the House of Lords committee": a name's own "of"
		}
		doer := w == "from" && fromDoerRoots[t.p.Code[:2]]
		for mi, m := range ms {
			if m.i <= k || m.i > k+3 && !(m.i == k+4 && modifiedAim(toks, k, m.i)) || m.loc || m.agr || m.ref == nil {
				continue
			}
			if w == "in" && (m.ref.Kind == KindCountry || m.ctx) {
				break // "talks in Geneva", "negotiations in Addis Ababa": where, not with whom
			}
			if (w == "into" || w == "of" || doer) && slices.ContainsFunc(toks[k+1:m.i], func(x token) bool { return prepositions[x.lower] }) {
				break // "an inquiry into AOL by US regulators": the agent after "by" is no target
			}
			g := b.group(toks, ms, mi, cl.end)
			if w == "between" && t.p.Recip && len(g) > 1 {
				*sources = g
				return nil
			}
			if doer && len(*sources) == 0 {
				// "criticism from the UN", "a threat from Iran", "aid from
				// Japan": who says, offers or gives is the actor after
				// "from"; whom it is aimed at may follow ("criticism from
				// X over Y", "aid from Japan to Y").
				*sources = g
				break
			}
			if doer {
				break // a possessive named the doer: "Japan's aid from its reserves"
			}
			return g
		}
		if w == "between" || w == "in" || doer {
			continue // "talks in Bishkek with X": the partner may follow the place
		}
		break
	}
	return nil
}

// modifiedAim reports whether the words between the preposition at k and
// an actor at i are a determiner and lower-case modifiers: "an offensive on
// the last major opposition bastion", "in final negotiations with luxury
// goods group X". The actor opens the phrase the act is aimed at, one word
// past the three the window reads. Only "on", "against" and "with" are
// read so: after "between" or "into" a longer phrase is often a clause of
// its own ("an investigation into the risk sent X's shares up").
func modifiedAim(toks []token, k, i int) bool {
	if w := toks[k].lower; w != "on" && w != "against" && w != "with" {
		return false
	}
	for q := k + 1; q < i; q++ {
		x := toks[q]
		if !x.word || x.upper || prepositions[x.lower] || x.lower == "and" || x.lower == "or" || q > k+1 && determiners[x.lower] {
			return false
		}
	}
	return true
}

// ofPatientRoots are the roots of acts whose noun names, after "of", whom
// the act is done to: "an investigation of Flynn", "Serbia's condemnation of
// Albania", "the invasion of Iraq", "the arrest of X", "the recognition of
// Kosovo". After other act nouns "of" names what is given, moved or ended
// ("the withdrawal of troops", "a suspension of aid"), or the doer ("the
// visit of the Pope"). "into" names the target after an investigation (09)
// or an incursion (19).
var ofPatientRoots = toSet(`05 09 11 12 17 18 19 20`)

// patientPrep reports "of" or "into" naming, after an act noun of root,
// whom the act is done to (see ofPatientRoots): nounTargets and
// nounTargetFromTree read the same prepositions so.
func patientPrep(w, root string) bool {
	return w == "of" && ofPatientRoots[root] || w == "into" && (root == "09" || root == "19")
}

// fromDoerRoots are the roots of acts of saying, asking, offering, backing,
// giving, criticising and refusing: the actor after "from" in a noun naming
// one ("criticism from the UN", "an appeal from the pope", "aid from
// Japan") does it. After a noun of force, retreat or coercion "from" names a
// place left or an origin ("a withdrawal from Gaza"); "threats from Iran"
// are most often a danger Iran poses, which threatMade weighs, not a threat
// it made, so threats (13) keep the old reading.
var fromDoerRoots = toSet(`01 02 03 05 07 10 11 12`)

// locISO is the country of a location reference.
func locISO(r *entRef) string {
	if r.Country != "" {
		return r.Country
	}
	return r.locCountry
}

// movesForces reports whether the trigger's own words name forces it moves:
// "sending troops to", "contribute troops", "withdrew peacekeepers".
func (b *builder) movesForces(toks []token, t trigger) bool {
	for k := t.i; k < t.j && k < len(toks); k++ {
		if ph := b.d.lookup(toks, k); ph != nil && ph.kind == phSector && ph.sector != nil && ph.sector.Sector == "MIL" {
			return true
		}
	}
	return false
}

// callVerbs reach someone by phone: "called X to discuss ...".
var callVerbs = toSet(`called calls call calling phoned phones phone phoning telephoned telephones rang rings`)

// calledToAct finds whom the act is done with when the subject calls
// someone to do it: "called Russian Foreign Minister X to discuss Syria",
// "called X to apologize" — X, not what is discussed. nil otherwise ("called
// on X to" is an appeal, a pattern of its own).
func (b *builder) calledToAct(toks []token, ms []mention, cl *clause, t trigger) []*entRef {
	if t.i < 3 || toks[t.i-1].lower != "to" {
		return nil
	}
	for mi, m := range ms {
		if m.j == t.i-1 && m.i > cl.start && actorMention(m) {
			k := m.i - 1
			if k > cl.start && (toks[k].lower == "the" || toks[k].lower == "his" || toks[k].lower == "her" || toks[k].lower == "its" || toks[k].lower == "their") {
				k--
			}
			if callVerbs[toks[k].lower] {
				return b.group(toks, ms, mi, t.i)
			}
			return nil
		}
	}
	return nil
}

// namedBetween reports whether actor r is first named right after
// "between" (or "between the") after the trigger: "launched a mediation
// effort on Saturday between the Emirates and Saudi Arabia". The two sides a
// go-between acts on are its partners; a "with" further on ("whose ties
// with Tehran") names no partner of it.
func namedBetween(toks []token, ms []mention, t trigger, r *entRef) bool {
	for _, m := range ms {
		if m.ref != r || m.i < t.j {
			continue
		}
		k := m.i - 1
		if k > t.j && determiners[toks[k].lower] {
			k--
		}
		return k >= t.j && toks[k].lower == "between"
	}
	return false
}

// consultPartner finds whom a verb of consultation is held with: the
// first actor within three words after "with" in the clause, up to twenty
// words on ("discussed Libya with X": Libya is the topic, X the partner).
func (b *builder) consultPartner(toks []token, ms []mention, cl *clause, t trigger) []*entRef {
	for k := t.j; k < cl.end && k < t.j+20; k++ {
		if toks[k].lower != "with" {
			continue
		}
		for mi, m := range ms {
			if m.i > k && m.i <= k+3 && m.i < cl.end && actorMention(m) {
				return b.group(toks, ms, mi, cl.end)
			}
		}
		return nil
	}
	return nil
}

// curbOn reports whether the mention at i follows "<curb> on": "the ban on
// Cypriot ships", "sanctions on Iranian banks" name whom the curb hits, even
// as a nationality before a noun.
func curbOn(toks []token, i int) bool {
	if i > 2 && toks[i-1].lower == "the" {
		i-- // "sanctions on the Iranian regime"
	}
	return i > 1 && toks[i-1].lower == "on" && curbNouns[toks[i-2].lower]
}

var curbNouns = toSet(`ban bans sanctions embargo embargoes restrictions curbs tariffs blockade boycott`)

// onAt reports whether "on" or "at" comes right before token i: "sanctions
// on Tehran", "fired at Kiev".
func onAt(toks []token, i int) bool {
	return i > 0 && (toks[i-1].lower == "on" || toks[i-1].lower == "at")
}

// modifierAt reports whether token j continues a noun phrase after a
// modifier: "Thai border", "Israeli positions".
func modifierAt(toks []token, j int) bool {
	return j < len(toks) && toks[j].word && !toks[j].upper && isNounish(toks[j].lower)
}

// stateInGap is the party-like actor named in the gap of t's pattern
// ("withdraw * from": "withdrew the United States from"), or nil.
func (b *builder) stateInGap(ms []mention, t trigger) *entRef {
	if t.gapI >= t.gapJ {
		return nil
	}
	for _, m := range ms {
		if m.ref != nil && !m.agr && !m.loc && m.i >= t.gapI && m.j <= t.gapJ && partyKind(m.ref) {
			return m.ref
		}
	}
	return nil
}

// countryAfterPrep is the country named within ten words after trigger t in
// its clause right after "in", "into", "from" or "to" (or "the" after one):
// a name, or a capital standing for its country; nil when there is none.
func (b *builder) countryAfterPrep(toks []token, ms []mention, cl *clause, t trigger) *entRef {
	for _, m := range ms {
		if m.ref == nil || m.agr || m.loc || m.ref.Kind != KindCountry || m.i < t.j || m.i > t.j+10 || m.i >= cl.end {
			continue
		}
		if m.j < len(toks) && toks[m.j].word && !toks[m.j].upper && isNounish(toks[m.j].lower) {
			continue // "in Iraqi prisons": an adjective of a noun, not the place
		}
		k := m.i - 1
		if k > t.j && toks[k].lower == "the" {
			k--
		}
		if k >= t.j-1 {
			switch toks[k].lower {
			case "in", "into", "from", "to":
				return m.ref
			}
		}
	}
	return nil
}

// objectPronoun resolves "him" or "her" as the object of verb trigger t
// ("convicted X ... and sentenced him", "Y was freed after Z pardoned
// him"): the one the sentence's last act was aimed at, else the nearest
// person named before the verb who is not its source. nil when the verb's
// object is no such pronoun.
func (b *builder) objectPronoun(toks []token, ms []mention, t trigger, sources []*entRef) []*entRef {
	k := t.i + 1
	for k < t.j && !(toks[k].lower == "him" || toks[k].lower == "her") {
		k++
	}
	if k >= len(toks) || toks[k].lower != "him" && toks[k].lower != "her" || k > t.i+2 {
		return nil
	}
	if k+1 < len(toks) && toks[k+1].word && !prepositions[toks[k+1].lower] && toks[k].lower == "her" {
		return nil // "her" before a noun is a possessive: "recalled her envoy"
	}
	if r := b.sentTarget; r != nil && !inRefs(r, sources) {
		return []*entRef{r}
	}
	for mi := len(ms) - 1; mi >= 0; mi-- {
		if m := ms[mi]; m.j <= t.i && actorMention(m) && m.ref.Kind == KindPerson && !inRefs(m.ref, sources) {
			return []*entRef{m.ref}
		}
	}
	// No person named before the verb: "Mr X was speaking to pupils. The
	// remark was criticised by the SNP, which accused him of ...": the
	// person the text was last about, when of the pronoun's sex and a
	// subject no more than objectPronounReach sentences back.
	w := "he"
	if toks[k].lower == "her" {
		w = "she"
	}
	if p := b.recentPersonSubject(w, sources); p != nil {
		return []*entRef{p}
	}
	return nil
}

// recentPersonSubject is the person a "him"/"her" or "his"/"her" (w "he"
// or "she") stands for when its sentence names none: the last person
// subject, when of that sex, no source, and a subject no more than
// objectPronounReach sentences back. nil otherwise, and for any other w.
// objectPronoun and possessiveObjectOwner share it so the two pronouns
// reach back alike.
func (b *builder) recentPersonSubject(w string, sources []*entRef) *entRef {
	p := b.lastPersonSubj
	if w != "he" && w != "she" || p == nil || inRefs(p, sources) || !b.genderFits(w, p) || b.sents-b.lastPersonSubjSent > objectPronounReach {
		return nil
	}
	return p
}

// objectPronounReach is how many sentences back the last person subject
// may be for an object "him" or "her" (or an owner "his"/"her", see
// possessiveObjectOwner) with no person before it to be that person. On
// the BBC corpus every such pronoun resolved one or two sentences back
// that makes an event is right ("The remark was criticised
// by the SNP, which accused him of ..."); further back the subject has
// mostly given way to others named since.
const objectPronounReach = 2

// mAtLoc is the index of the place mention covering token k, -1 when none.
func mAtLoc(ms []mention, k int) int {
	for mi, m := range ms {
		if m.loc && m.i <= k && k < m.j {
			return mi
		}
	}
	return -1
}

// forToDoer finds the actor of an infinitive introduced by "for X to"
// ("approval for the United Nations to deliver aid", "reopened its borders
// for South Koreans to inspect ..."): the mention index of X, -1 when the
// verb has no such subject of its own.
func forToDoer(toks []token, ms []mention, cl *clause, t trigger) int {
	if t.i < 3 || toks[t.i-1].lower != "to" {
		return -1
	}
	for mi, m := range ms {
		if m.j == t.i-1 && m.i > cl.start && actorMention(m) {
			k := m.i - 1
			if k > cl.start && toks[k].lower == "the" {
				k--
			}
			if toks[k].lower == "for" {
				return mi
			}
			return -1
		}
	}
	return -1
}

// byAfter reports a "by" after the act in its clause: an agent named, even
// if not as an actor ("attacked by critics"), so no unidentified one.
func byAfter(toks []token, j, end int) bool {
	for k := j; k < end && k < len(toks); k++ {
		if toks[k].lower == "by" {
			return true
		}
	}
	return false
}

// partnerName makes an actor of no country of the name after "with" right
// after trigger t when the name rules placed it nowhere ("signed an
// agreement with Milrem LCM OU for ...", "ended mediation efforts with
// Oldcastle over ..."): one to three capitalized words that no mention
// covers and no dictionary knows. A name with an acronym in it is a firm or
// body's; one or two plain words may be a person's or a firm's, and are
// taken for a person's as other bare names are (see surnameRef). nil when
// there is none.
func (b *builder) partnerName(toks []token, cl *clause, t trigger) *entRef {
	mAt := b.pzMAt
	k := t.j - 1
	if toks[k].lower != "with" {
		k = t.j
		if k < cl.end && k < len(toks) && toks[k].word && !toks[k].upper && !prepositions[toks[k].lower] && toks[k].lower != "with" {
			k++ // "mediation efforts with": one noun of the act between
		}
		if k >= cl.end || k >= len(toks) || toks[k].lower != "with" {
			return nil
		}
	}
	i, j := k+1, k+1
	acro := false
	for j < cl.end && j < len(toks) && j < i+3 && toks[j].word && toks[j].upper && mAt[j] == 0 && !notNames[toks[j].lower] &&
		!regions[toks[j].lower] && !honorifics[toks[j].lower] && b.d.lookup(toks, j) == nil && (j == i || !toks[j].nl) {
		if strings.ToUpper(toks[j].text) == toks[j].text && len(toks[j].text) > 1 {
			acro = true
		}
		j++
	}
	if j == i || j < len(toks) && toks[j].word && !prepositions[toks[j].lower] && toks[j].lower != "to" && toks[j].lower != "and" && toks[j].lower != "or" && toks[j].lower != "as" {
		return nil // no name, or one that runs on or modifies what follows ("Sky executives")
	}
	if j < len(toks) && toks[j].hyph || j-i == 1 && acro {
		return nil // a lone acronym is the unknown-acronym rules' to judge
	}
	name := spanText(toks, i, j)
	var r *entRef
	switch {
	case acro:
		id := "org:" + slug(name)
		if r = b.refs[id]; r == nil {
			r = &entRef{ID: id, Name: name, Kind: KindOrganization}
			b.refs[id] = r
		}
	case j-i > 2:
		return nil
	default:
		r = b.bareNamePerson(name)
	}
	b.addMention(r, toks[i].start, toks[j-1].end)
	return r
}

// countryOfAct is the country of the place named after "in" or "from"
// right after trigger t, with at most a time adjunct between ("arrested on
// Monday in Niger", "expelled from North Korea"); nil when there is none,
// or when the place is further on ("arrested with eight men seized at a
// hotel in Basra": where the others were seized) or is an adjective ("in
// the Cuban camp": a camp run by whoever holds it).
func (b *builder) countryOfAct(toks []token, ms []mention, cl *clause, t trigger) *entRef {
	for k := t.j; k < cl.end && k < t.j+5 && k+1 < len(toks); k++ {
		if w := toks[k].lower; w != "in" && w != "from" || !introOnly(toks, t.j, k) {
			continue
		}
		q := k + 1
		if toks[q].lower == "the" {
			q++
		}
		for _, m := range ms {
			if m.i != q || m.ref == nil || m.agr || m.j < len(toks) && toks[m.j].word && !toks[m.j].upper && isNounish(toks[m.j].lower) {
				continue
			}
			if iso := b.mentionCountry(m); iso != "" && m.ref.Kind != KindOrganization && m.ref.Kind != KindGroup && b.d.byISO[iso] != nil {
				return b.countryRef(b.d.byISO[iso])
			}
		}
		return nil
	}
	return nil
}

// possessorInGap is whose the frame's object is when a possessive pronoun
// stands before it ("the US blocked its application" after "Iran's bid",
// "Begg's MP welcomed his release"): the nearest actor of the sentence
// before the verb, not a source, that the pronoun can name ("its" a
// country or body, "his" and "her" a person). "their" is left alone, and
// so is a pronoun with no such actor before it ("BAA reiterated its
// support": its own).
func possessorInGap(toks []token, ms []mention, t trigger, sources []*entRef) *entRef {
	person := false
	found := false
	for k := t.i + 1; k < t.j && k < len(toks); k++ {
		switch toks[k].lower {
		case "its":
			found = true
		case "his", "her":
			found, person = true, true
		}
	}
	if !found {
		return nil
	}
	var best *entRef
	for _, m := range ms {
		if m.j > t.i || m.ref == nil || m.loc || m.agr || inRefs(m.ref, sources) {
			continue
		}
		if (m.ref.Kind == KindPerson) != person {
			continue
		}
		best = m.ref
	}
	return best
}

// dropPressAddressees removes from targets the news media (sector MED) that
// a mention after the trigger names as the addressee of the statement:
// right after "to" or a tell word ("telling French media", "told the
// BBC"), a determiner between.
func dropPressAddressees(toks []token, ms []mention, t trigger, targets []*entRef) []*entRef {
	var kept []*entRef
	for _, r := range targets {
		if r == nil || r.Sector != "MED" || !pressAddressee(toks, ms, t, r) {
			kept = append(kept, r)
		}
	}
	return kept
}

// pressAddressee reports a mention of r after the trigger that follows "to"
// or a tell word.
func pressAddressee(toks []token, ms []mention, t trigger, r *entRef) bool {
	for _, m := range ms {
		if m.ref == nil || m.ref.ID != r.ID || m.i < t.j {
			continue
		}
		p := m.i - 1
		if p > 0 && determiners[toks[p].lower] {
			p--
		}
		if p >= 0 && (toks[p].lower == "to" || tellWords[toks[p].lower]) {
			return true
		}
	}
	return false
}

// partnersWith reports whether each of targets is named after trigger t
// right after "with" ("signed a protocol with the US"): the partner of a
// two-sided act, not a topic ("agreed to share information on X").
func partnersWith(toks []token, ms []mention, t trigger, targets []*entRef) bool {
	for _, c := range targets {
		ok := false
		for _, m := range ms {
			if m.ref != c || m.i < t.j || m.i < 1 {
				continue
			}
			p := m.i - 1
			if toks[p].lower == "the" && p > 0 {
				p--
			}
			if toks[p].lower == "with" {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// nominalDoer finds, for a verb trigger t used as a noun, the actor mention
// that does it: the actor named right before the word ("French pressure",
// "IRA bomb"), alone or last of a list joined by "and" or commas ("French
// and German pressure"), where the list follows a preposition ("giving in
// to ...", "for IRA bomb attacks"), "the" ("half the IMF support could
// come from") or a verb of getting ("receive IMF support"); or the
// possessor of the word ("rejected the Tories' call for a quota", "took up
// the Tories' offer to extend"), a possessive making the word a noun
// wherever it stands; only then may the trigger have more words, its
// second a preposition or "that" ("call for", "offer to"), or when the
// phrase is the object of a verb trigger that ends right before it or its
// "the" (verbEndsBefore: "backed Tory demands that ..."). A time word
// may stand between "the" and the actor ("the latest Tory attack"). The
// first mention of the list is returned; -1 when the word is no such noun
// or has a verb's ending.
func (b *builder) nominalDoer(toks []token, ms []mention, cl *clause, t trigger) int {
	if t.p.Noun || t.i == 0 || t.i+1 > len(toks) {
		return -1
	}
	multi := t.j-t.i != 1
	if multi && (t.i+1 >= t.j || !prepositions[toks[t.i+1].lower] && toks[t.i+1].lower != "that") {
		return -1
	}
	if w := toks[t.i].lower; strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || irregularPast[w] {
		return -1 // a verb form: "in Iraq killed", "from Britain visiting"
	}
	if !multi && t.i+1 < len(toks) && (determiners[toks[t.i+1].lower] || pronouns[toks[t.i+1].lower]) {
		return -1 // "US to pressure the Dutch": an object follows, a verb (a trigger of more words holds its "that" itself)
	}
	end := t.i
	if possessiveMark(toks[t.i-1].lower) {
		end = t.i - 1
	}
	last := -1
	for mi := len(ms) - 1; mi >= 0; mi-- {
		if ms[mi].j == end {
			last = mi
			break
		}
	}
	poss := end < t.i
	if last < 0 || !actorMention(ms[last]) || !poss && (ms[last].person || ms[last].poss) {
		return -1
	}
	first := last
	for first > 0 {
		m, prev := ms[first], ms[first-1]
		if !actorMention(prev) || prev.person || prev.j >= m.i || m.i-prev.j > 1 {
			break
		}
		if w := toks[prev.j].lower; w != "and" && toks[prev.j].text != "," {
			break
		}
		first--
	}
	k := ms[first].i - 1
	if k < cl.start || k < 0 {
		return -1
	}
	if poss {
		return first // "the Tories' call for": the possessor's, wherever the phrase stands
	}
	if k > cl.start && actNounMods[toks[k].lower] && toks[k-1].lower == "the" {
		k-- // "dismissed the latest Tory attack": a word of time between "the" and the doer
	}
	object := b.verbEndsBefore(k+1) || toks[k].lower == "the" && b.verbEndsBefore(k)
	if multi && !object {
		// "the CIS refuse to lift": without a possessive, a verb of more
		// words keeps its subject, unless the phrase is the object of
		// another verb ("backed Tory demands that", "support the UN call
		// for"): an object is a noun, and the actor before it its doer.
		return -1
	}
	if w := toks[k].lower; !object && (!prepositions[w] || w == "than" || w == "like") && w != "the" && !receiveForms[w] {
		return -1
	} else if !prepositions[w] && (ms[first].loc || ms[first].seat) {
		return -1 // "the Berlin blockade", "the Madrid bomb": where, not who
	}
	return first
}

// verbEndsBefore reports whether a verb trigger of the sentence ends right
// before token n, so that what starts at n is its object.
func (b *builder) verbEndsBefore(n int) bool {
	return slices.ContainsFunc(b.trigs, func(u trigger) bool { return !u.p.Noun && u.j == n && u.i < n })
}

// possessiveMark reports the possessive ending token: "'s", or the bare
// apostrophe of a plural ("the Tories' call").
func possessiveMark(w string) bool {
	return w == "'s" || w == "’s" || w == "'" || w == "’"
}

// trailingSpeechVerbs tell who spoke when they follow what was said:
// "..., Mr X stressed.", "..., Y pledged as he unveiled ...". (sayVerbs
// after a comma open a report of their own, clauses.) Forms that are also
// plural nouns ("Tory promises on policing", "claims") are left out.
var trailingSpeechVerbs = toSet(`stressed stresses warned warns pledged promised vowed explained explains
argued argues insisted insists urged suggested suggests admitted admits conceded concedes predicted
predicts claimed`)

// trailingAdjuncts may follow a trailing verb of speech: "Y pledged as he
// unveiled ...", "X warned on Monday".
var trailingAdjuncts = toSet(`as on in at when while during last this yesterday today earlier later`)

// trailingSpeaker reports whether the actor m speaks what comes before it:
// it follows a comma or a closing quotation mark (after at most a
// determiner and capitalized title words: ", Tory leader Michael Howard")
// and is followed by a verb of speech that ends the sentence or takes only
// an adjunct. The speaker of a report is no target of an act inside it.
func trailingSpeaker(toks []token, m mention) bool {
	if m.j >= len(toks) || !trailingSpeechVerbs[toks[m.j].lower] && !sayVerbs[toks[m.j].lower] && !thinkVerbs[toks[m.j].lower] {
		return false
	}
	if n := m.j + 1; n < len(toks) && toks[n].word && !trailingAdjuncts[toks[n].lower] {
		return false
	}
	for k := m.i - 1; k >= 0 && k >= m.i-4; k-- {
		switch w := toks[k].text; {
		case w == "," || w == "\"" || w == "”":
			return k > 0
		case !toks[k].word || !toks[k].upper && !determiners[toks[k].lower]:
			return false
		}
	}
	return false
}

// pronounObject reports whether "him" or "her" stands right after the
// verb of trigger t as its object ("accusing him of ...").
func pronounObject(toks []token, t trigger) bool {
	k := t.i + 1
	return k+1 < len(toks) && (toks[k].lower == "him" || toks[k].lower == "her" && prepositions[toks[k+1].lower])
}

// askedInGap reports whether trigger t is a request made of someone named
// in its gap, its pattern ending in "to": "urge * to", "call on * to",
// "ask * to". The one asked is the gap's.
func askedInGap(t trigger) bool {
	n := len(t.p.Words)
	return !t.p.Noun && t.p.Code[:2] == "02" && n >= 2 && t.p.Words[n-1] == "to" && t.gapI >= 0 && t.gapI < t.gapJ && t.gapJ <= t.j
}

// ownedModifier reports whether mention m is a country named as a modifier
// between a possessive pronoun and a lower-case noun ("its US launch",
// "their UK operations"): what is owned is a thing of the owner's in that
// place, not an actor acted on. Words for other states ("its Iraqi
// counterpart", "their European partners") keep them.
func ownedModifier(toks []token, m mention) bool {
	if m.i < 1 || m.j >= len(toks) || m.ref.Kind != KindCountry {
		return false
	}
	switch toks[m.i-1].lower {
	case "its", "their", "his", "her", "our":
	default:
		return false
	}
	n := toks[m.j]
	return n.word && !n.upper && !otherStateNouns[n.lower] && !strings.HasSuffix(n.lower, "ing") && len(n.lower) > 2
}

// ownCountryOwner reports a country m named as the owner of a thing ("the
// US's budget deficit", "Britain's compensation culture", "Venezuela's
// land borders") that is the own country of the clause's subject, a
// person or body of it ("Mr Bush promised to halve the US's deficit"): the
// leader pledges to act on his country's affairs, not to the country.
// Only pledges (03) are read so: plv-dev's gold makes the country the
// target of "Merkel defended Germany's policy". A country
// subject ("Iran rejected Iraq's bid") and an owned state noun ("Britain's
// allies") are left to the other rules.
func ownCountryOwner(toks []token, m mention, cl *clause) bool {
	if !m.poss || m.ref.Kind != KindCountry || len(cl.subject) == 0 || m.j+1 >= len(toks) {
		return false
	}
	s := cl.subject[0]
	if s == nil || s.Kind == KindCountry || s.Country == "" || s.Country != m.ref.Country {
		return false
	}
	k := m.j
	if toks[k].lower == "'s" || toks[k].lower == "'" {
		k++
	}
	return k < len(toks) && !otherStateNouns[toks[k].lower] && !toks[k].upper
}

// otherStateNouns name another state by its relation to the owner.
var otherStateNouns = toSet(`counterpart counterparts ally allies neighbour neighbours neighbor neighbors partner partners rival rivals friend friends enemy enemies government authorities`)

// pairObject resolves an object "both sides", "the two men" or "both
// parties" right after verb trigger t ("urged the two men to stop
// squabbling", "warned both parties against ..."): the two actors named
// before that the pair noun stands for (see pairBefore; for person nouns
// lastPersonPairObject, for "parties" lastTwoParties), neither of them the
// verb's source. nil when the object is no such pair or the text does not
// say which two.
func (b *builder) pairObject(toks []token, ms []mention, t trigger, sources []*entRef) []*entRef {
	k := t.i + 1
	if k+1 >= len(toks) {
		return nil
	}
	if toks[k].lower == "the" {
		// "warned the two were under scrutiny", "took the pair to court",
		// "sued the firms": a bare plural (see barePair).
		if r := b.barePair(toks, ms, k+1); r != nil {
			if inRefs(r[0], sources) || inRefs(r[1], sources) {
				return nil
			}
			return r
		}
	}
	switch {
	case toks[k].lower == "both":
		k++
		if toks[k].lower == "the" {
			k++
		}
	case toks[k].lower == "the" && toks[k+1].lower == "two":
		k += 2
	default:
		return nil
	}
	// Up to two plain modifiers before the noun: "both the young men".
	noun := k
	for n := 0; n < 2 && k < len(toks) && pairNouns[toks[k].lower] == 0 && toks[k].lower != "parties" && toks[k].word && !toks[k].upper && !prepositions[toks[k].lower]; n++ {
		k++
	}
	if k < len(toks) && toks[k].lower == "parties" {
		if k > noun {
			return nil // "both the big parties": which are big, the text does not say
		}
		return b.lastTwoParties(sources)
	}
	if k >= len(toks) || pairNouns[toks[k].lower] == 0 {
		return nil
	}
	r := b.pairBefore(toks, ms, k, toks[k].lower)
	if r == nil && pairNouns[toks[k].lower] == personPair {
		r = b.lastPersonPairObject(sources)
	}
	if len(r) != 2 || inRefs(r[0], sources) || inRefs(r[1], sources) {
		return nil
	}
	return r
}

// lastPersonPairObject is the last two persons who were a joint subject
// ("Tony Blair and Gordon Brown are trying ...") for an object that stands
// for two persons, when no third person other than the verb's source has
// been named since: the source is named in the object's own clause, so
// pairBefore's test (no third at all) would always fail there.
func (b *builder) lastPersonPairObject(sources []*entRef) []*entRef {
	pair := b.personPair
	if len(pair) != 2 || inRefs(pair[0], sources) || inRefs(pair[1], sources) {
		return nil
	}
	if b.personNamedSince(append(slices.Clone(pair), sources...), b.personPairAt) {
		return nil
	}
	return pair
}

// lastTwoParties is the two political parties named last, not the verb's
// source, for an object "both parties" or "the two main parties" ("Labour
// said ... The Lib Dems warned both parties against ..."): nil when a third
// party was named in the sentence of the earlier of the two, as for
// countries (see lastTwoNamed). (No pair noun for subjects: there "both
// parties" is as often the two sides of a deal.)
func (b *builder) lastTwoParties(sources []*entRef) []*entRef {
	first, second, ok := lastTwoNamed(b.bodySeen, func(r *entRef) bool {
		return r.Kind != KindPerson && r.Sector == "PTY" && !inRefs(r, sources)
	})
	if !ok {
		return nil // none, one, or "Labour, the Tories and the SNP ... both parties"
	}
	return []*entRef{second, first}
}

// bareGovernmentObject is the government a bare "the government" or "the
// administration" stands for as the object of verb trigger t, inside the
// trigger ("urged the government to", "calling on the government to") or
// right after it ("criticised the government over", "plans to sue the
// government", "took legal action against the government"), when no rule
// gave it a country (definiteBodies reads it only where a clause opens):
// the government of the country the article is about (leadCountry), nil
// when it names none clearly or the source is that government. (With one
// country named, the sector rules already give "the government" its
// government: see contextSole.)
func (b *builder) bareGovernmentObject(toks []token, t trigger, sources []*entRef) *entRef {
	k := b.bareGovernmentAt(toks, t)
	if k < 0 {
		return nil
	}
	if k+2 < len(toks) && (firmNounStops[toks[k+2].lower] && !gerundAfterOf(toks, k+2) || toks[k+2].hyph || toks[k+2].lower == "'s") {
		return nil // "the government of Iraq", not "accused the government of trying"
	}
	if bareAuthorityNouns[toks[k+1].lower] && bodyPlaceAfter(toks, k+1) {
		return nil
	}
	c := b.d.byISO[b.bareBodyCountry(toks[k+1].lower)]
	if c == nil {
		return nil
	}
	p := b.d.lookup(toks, k+1)
	if p == nil || p.kind != phSector {
		return nil
	}
	r := b.bodyRef(b.countryRef(c), p.sector, "the "+toks[k+1].lower)
	if r == nil || inRefs(r, sources) {
		return nil
	}
	return r
}

// bareGovernmentAt is the index of the "the" of a bare "the government" or
// "the administration" that is verb trigger t's object: inside the trigger,
// or right after it, or after "against" right after it (the trigger's own
// words end before its object: "took legal action" + "against the
// government"); -1 when there is none. A bare authority noun
// (bareAuthorityNouns: "the authorities", "the police", "regulators") counts
// too, also after "with" and an adverb ("would co-operate fully with the
// authorities"); without "the" the index is the one before the noun.
func (b *builder) bareGovernmentAt(toks []token, t trigger) int {
	free := func(k int) bool { return b.pzMAt[k] == 0 } // no mention: no rule read it yet
	bare := func(k int) bool {
		return k+1 < len(toks) && toks[k].lower == "the" && (toks[k+1].lower == "government" || toks[k+1].lower == "administration") && !toks[k+1].upper &&
			free(k) && free(k+1)
	}
	authority := func(k int) int {
		switch {
		case k+1 < len(toks) && toks[k].lower == "the" && bareAuthorityNouns[toks[k+1].lower] && !toks[k+1].upper && free(k) && free(k+1):
			return k
		case k > 0 && k < len(toks) && bareAuthorityNouns[toks[k].lower] && !toks[k].upper && free(k) && !toks[k-1].upper && toks[k-1].lower != "'s":
			return k - 1 // no "the": the noun is at k
		}
		return -1
	}
	for k := t.i + 1; k+1 < t.j && k+1 < len(toks); k++ {
		if bare(k) {
			return k
		}
	}
	k := t.j
	if k+1 < len(toks) && strings.HasSuffix(toks[k].lower, "ly") && toks[k+1].lower == "with" {
		k++ // "co-operate fully with"
	}
	if k < len(toks) && toks[k].lower == "with" {
		return authority(k + 1)
	}
	if k < len(toks) && toks[k].lower == "against" {
		k++
	}
	if bare(k) {
		return k
	}
	return authority(k)
}

// bareAuthorityNouns are state bodies a story names by a plural common noun
// alone, meaning its own country's: "co-operate with the authorities",
// "assisting prosecutors" (sectors.tsv gives each its sector).
var bareAuthorityNouns = toSet(`authorities regulators police prosecutors`)

// bareBodyCountry is the ISO code of the country whose body a bare "the
// government" or authority noun (bareAuthorityNouns) with no owner stands
// for, "" when none is clear. For "the government" it is the article's
// lead country (leadCountry). An authority noun asks more, the one state
// whose bodies were named (soleStateBodyCountry): the police in a British
// story about the Iraq war are Britain's though Iraq leads, and the
// authorities Citigroup co-operates with in a story of its German probe are
// Germany's though the US bank's country is named as often.
func (b *builder) bareBodyCountry(noun string) string {
	if bareAuthorityNouns[noun] {
		return b.soleStateBodyCountry()
	}
	return b.leadCountry()
}

// soleStateBodyCountry is the one country whose state bodies (a country
// itself, or its government, police, courts, army or parliament) the
// article named so far, "" when it named none or several: firms and people
// of a country do not count, so a foreign firm's story still has the one
// state that acts on it.
func (b *builder) soleStateBodyCountry() string {
	iso := ""
	for r := range b.bodySeen {
		if !stateBody(r) {
			continue
		}
		if iso != "" && r.Country != iso {
			return ""
		}
		iso = r.Country
	}
	return iso
}

// stateBody reports whether r is a state of a known country, or a body of
// its state (government, police, courts, army, parliament).
func stateBody(r *entRef) bool {
	return r.Country != "" && (r.Kind == KindCountry || stateSectors[r.Sector])
}

// noStateSeen reports whether the article has named no state and no state
// body so far.
func (b *builder) noStateSeen() bool {
	for r := range b.bodySeen {
		if stateBody(r) {
			return false
		}
	}
	return true
}

// bodyPlaceAfter reports whether a place phrase follows the body noun at h
// ("regulators across Europe", "police in Madrid", "officials from
// Sudan"): the place says whose body it is, so no article-wide country is
// given to it.
func bodyPlaceAfter(toks []token, h int) bool {
	return h+1 < len(toks) && (placeWords[toks[h+1].lower] || toks[h+1].lower == "from")
}
