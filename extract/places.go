package extract

// Places of an act: the country of a place phrase, of a founding or of a
// condition, and the places that are no actor.

// placeCountry is the country of the place a sentence puts its act in: a
// place or country right after "in", "near", "outside" or "at".
func (b *builder) placeCountry(toks []token, ms []mention) *entRef {
	return b.placeCountryIn(toks, ms, 0, len(toks))
}

// placeCountryIn is placeCountry for the place words from token lo up to hi.
func (b *builder) placeCountryIn(toks []token, ms []mention, lo, hi int) *entRef {
	return b.placeCountrySkipping(toks, ms, lo, hi, false)
}

// strikePlaceCountry is placeCountry for where an unnamed attack struck: a
// place that tells where a gathering was ("ahead of a meeting in London",
// "at talks in Geneva") is the gathering's, not the attack's.
func (b *builder) strikePlaceCountry(toks []token, ms []mention) *entRef {
	return b.placeCountrySkipping(toks, ms, 0, len(toks), true)
}

// gatheringNouns name a meeting whose own place an "in" phrase after them tells.
var gatheringNouns = toSet(`meeting meetings talks summit summits conference conferences interview`)

// placeCountrySkipping is placeCountryIn, leaving out, when gatherings is
// set, the places right after a gathering noun.
func (b *builder) placeCountrySkipping(toks []token, ms []mention, lo, hi int, gatherings bool) *entRef {
	for k := lo; k+1 < len(toks) && k < hi; k++ {
		if w := toks[k].lower; w != "in" && w != "near" && w != "outside" && w != "at" {
			continue
		}
		if gatherings && k > 0 && gatheringNouns[toks[k-1].lower] {
			continue
		}
		if iso := b.countryAt(toks, ms, k+1, false); iso != "" {
			return b.countryRef(b.d.byISO[iso])
		}
		// "in a residential sector of mostly Christian eastern Beirut":
		// the place may stand a few modifiers after the "of"; "in eastern
		// Beirut", "in mostly Kurdish northern Syria": or after a word of
		// direction or extent right after the preposition.
		q0 := ofPlace(toks, k+1)
		if q0 == 0 && placeLeads[toks[k+1].lower] {
			q0 = k + 1
		}
		for q, n := q0, 0; q > 0 && q < len(toks) && n < 4 && toks[q].word; q, n = q+1, n+1 {
			if iso := b.countryAt(toks, ms, q, false); iso != "" {
				return b.countryRef(b.d.byISO[iso])
			}
		}
	}
	return nil
}

// placeLeads open a place's name after "in": a direction or how much of it.
var placeLeads = toSet(`eastern western northern southern central northeastern northwestern southeastern southwestern
mostly predominantly largely`)

// ofPlace is the token after the "of" of a place named through the kind of
// place it is ("near the town of Samarra", "in the West Bank city of
// Hebron", "in a residential sector of eastern Beirut"): an article, up to
// three modifiers, a place noun and "of". The name may also stand in
// apposition to the place noun, with or without a comma ("in the capital,
// Nairobi", "in the capital Kabul"): the capital is the city named. 0 when
// the words at k are not so.
func ofPlace(toks []token, k int) int {
	if k >= len(toks) || !determiners[toks[k].lower] {
		return 0
	}
	for q := k + 1; q < len(toks)-1 && q <= k+4 && toks[q].word; q++ {
		if !placeKinds[toks[q].lower] {
			continue
		}
		switch next := toks[q+1]; {
		case next.lower == "of":
			return q + 2
		case next.upper && next.word && !next.nl:
			return q + 1
		case next.text == "," && q+2 < len(toks) && toks[q+2].upper && toks[q+2].word && !toks[q+2].nl:
			return q + 2
		}
	}
	return 0
}

// placeKinds name a kind of place that "of" and its name follow.
var placeKinds = toSet(`town city village province region district area capital suburb suburbs outskirts
neighbourhood neighborhood sector port state county island enclave`)

// placeWords end patterns whose next word is a place: "rally in", "protest
// outside".
var placeWords = toSet(`in at outside near across through`)

// placeRoots are the roots of acts done to a place: aid sent there,
// yielding, threats, withdrawals from it, force, coercion and violence.
var placeRoots = toSet(`07 08 13 15 16 17 18 19 20`)

// siteRoots are the roots of acts done to a place as such: troops put on
// alert or sent there (15), a state of siege, curfew or lockdown declared
// there (17). Only they take a name no rule knows after "in" for their
// place (unknownPlaceIn): force or a truce in such a place is aimed at the
// country holding it, which the name does not give.
var siteRoots = toSet(`15 17`)

// unknownPlaceIn is the place named by the first capitalized run of up to
// three words right after an "in" in tokens [from, to) that no mention
// covers ("in Pando", "in Santa Cruz Barillas", "in North District"), made
// a location of no known country and recorded as a mention, and its first
// token; nil if none.
func (b *builder) unknownPlaceIn(toks []token, ms []mention, from, to int) (*entRef, int) {
	for k := from; k+1 < to; k++ {
		if toks[k].lower != "in" {
			continue
		}
		i, j := k+1, k+1
		for j < to && j < i+3 && toks[j].upper && toks[j].word && !toks[j].nl && !notNames[toks[j].lower] && !inMention(ms, j) {
			j++
		}
		if j == i || j < to && toks[j].upper && toks[j].word {
			continue // nothing unknown there, or a longer run: a title, a film
		}
		r := b.locationRef(&chunk{kind: chLocName, i: i, j: j, name: spanText(toks, i, j)})
		b.addMention(r, toks[i].start, toks[j-1].end)
		return r, i
	}
	return nil, -1
}

// placePrep reports a preposition of place shortly before token i.
func placePrep(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].lower {
		case "near", "on", "at", "along", "across", "outside", "inside", "around":
			return true
		case "the", "eastern", "western", "northern", "southern", "a":
			continue
		}
		return false
	}
	return false
}

// placeCases mark the phrases of an object that say where it is ("the
// port of Haiphong", "a village in the West Bank"); "for China" says whom
// a thing is for.
var placeCases = toSet(`of in from at on near`)

// placeInObject is the country of a place the tree puts in the object of
// verb trigger t, as a modifier of its head or in a phrase under it ("condemned
// the Quetta suicide attack", "rejected appeals against the demolition of a
// village in the West Bank", "visiting the holiest shrine, the Golden
// Temple in Amritsar": an apposition renames the object, and its place is
// the object's): with no actor acted on, the act is aimed at that country.
// nil when the tree gives no object or it names no place.
func (b *builder) placeInObject(toks []token, ms []mention, cl *clause, t trigger, src *entRef) *entRef {
	// Parsing costs, and a parsed tree changes how later acts of the
	// sentence are read: the tree is asked only when the clause names a
	// place of another country soon after the verb.
	near := false
	for _, m := range ms {
		if m.ref != nil && !m.agr && !m.ctx && m.i > t.i && m.i < cl.end && m.i <= t.j+12 &&
			(m.ref.Kind == KindCountry || m.loc || m.ref.Kind == KindLocation) && (locISO(m.ref) != src.Country || m.ref.Kind == KindLocation && src.Kind != KindCountry) {
			near = true
		}
	}
	if !near {
		return nil
	}
	p := b.tree()
	if p == nil || !p.readable(t.i, false) {
		return nil
	}
	o, ok := p.objectFrom(t.i, t.j)
	if !ok {
		for _, k := range p.kids[t.i] {
			if p.words[k].Deprel == "obj" {
				o, ok = k, true // the pattern's own object: "condemned the attack"
			}
		}
	}
	if !ok {
		return nil
	}
	var walk func(w, depth int) *entRef
	walk = func(w, depth int) *entRef {
		if m := p.mAt[w] - 1; m >= 0 && ms[m].ref != nil && !ms[m].agr && !ms[m].ctx {
			ref := ms[m].ref
			switch {
			case ref.Kind == KindCountry:
				return ref
			case ref.Kind == KindLocation && locISO(ref) == src.Country && src.Kind != KindCountry && t.p.Code[:2] != "04":
				// "the Iraqi parliament rejected the Kirkuk council
				// decision": a state's body acting in its own land acts
				// on the place, not on its own country.
				return ref
			case (ms[m].loc || ref.Kind == KindLocation) && b.d.byISO[locISO(ref)] != nil:
				return b.countryRef(b.d.byISO[locISO(ref)])
			}
			return nil
		}
		if depth == 0 {
			return nil
		}
		for _, k := range p.kids[w] {
			if r := p.rel(k); r == "compound" || r == "amod" || r == "appos" || r == "nmod" && placeCases[p.caseOf(k)] {
				if c := walk(k, depth-1); c != nil {
					return c
				}
			}
		}
		return nil
	}
	if c := walk(o, 3); c != nil {
		return c
	}
	// "will visit the immigrant-friendly California": the parser may take
	// the first half of a hyphened modifier for an object of its own, and
	// the place for a second object of the same verb.
	for _, k := range p.kids[t.i] {
		if k > o && p.words[k].Deprel == "obj" {
			return walk(k, 3)
		}
	}
	return nil
}

// foundingVerbs are verbs of making a body or a site: "set (up)",
// "establish", "create", "build", "open".
var foundingVerbs = toSet(`set establish create build open`)

// placeOfFounding finds, after an agreeing trigger t, "to" and a verb of
// making something ("agreed today to set up a clinic ... in Leeds") and then
// the first place named after "in" in the clause: the place, or the country
// when a country is named.
func (b *builder) placeOfFounding(toks []token, ms []mention, cl *clause, t trigger) *entRef {
	v := -1
	for k := t.j - 1; k < t.j+3 && k+1 < cl.end && k+1 < len(toks); k++ {
		if k >= 0 && toks[k].lower == "to" && foundingVerbs[toks[k+1].lower] {
			v = k + 1
			break
		}
	}
	if v < 0 || toks[v].lower == "set" && (v+1 >= len(toks) || toks[v+1].lower != "up") {
		return nil
	}
	for _, m := range ms {
		if m.ref == nil || m.agr || m.i <= v || m.i >= cl.end || !(m.loc || m.ref.Kind == KindLocation || m.ref.Kind == KindCountry) {
			continue
		}
		k := m.i - 1
		if k > v && toks[k].lower == "the" {
			k--
		}
		if toks[k].lower == "in" {
			return m.ref
		}
	}
	return nil
}

// placeInCondition finds, right after trigger t, a condition or a time ("if",
// "unless", "once", "until", "when", "as soon as", "as long as") and returns
// the country of the first place named in the rest of the sentence (the
// place itself when it has no country), or of the first body of a country
// other than own ("keep a civil administration in Gaza").
func (b *builder) placeInCondition(toks []token, ms []mention, t trigger, own string) *entRef {
	k := t.j
	if k >= len(toks) {
		return nil
	}
	switch w := toks[k].lower; {
	case w == "if" || w == "unless" || w == "once" || w == "until" || w == "when":
	case w == "as" && k+2 < len(toks) && (toks[k+1].lower == "soon" || toks[k+1].lower == "long") && toks[k+2].lower == "as":
	default:
		return nil
	}
	for _, m := range ms {
		if m.ref == nil || m.agr || m.i <= k {
			continue
		}
		switch {
		case m.ref.Kind == KindCountry:
			return m.ref
		case m.loc || m.ref.Kind == KindLocation:
			if c := b.d.byISO[locISO(m.ref)]; c != nil {
				return b.countryRef(c)
			}
			return m.ref
		case m.ref.Country != "" && m.ref.Country != own && b.d.byISO[m.ref.Country] != nil:
			return b.countryRef(b.d.byISO[m.ref.Country])
		}
	}
	return nil
}

// landReturnedTo is the country named after "to" or "into" later in the
// clause of trigger t (a "the", commas and capitalized words no mention
// covers may come between: "to Venafro, Italy"), given as a country, a place
// of a country or a nationality word ("into the Brazilian wild").
func (b *builder) landReturnedTo(toks []token, ms []mention, cl *clause, t trigger) *entRef {
	for _, m := range ms {
		if m.ref == nil || m.agr || m.i < t.j || m.i >= cl.end || locISO(m.ref) == "" {
			continue
		}
		if m.ref.Kind != KindCountry && !m.loc && m.ref.Kind != KindLocation && !m.ctx {
			continue
		}
		k := m.i - 1
		for k > t.j && (toks[k].lower == "the" || toks[k].lower == "," || toks[k].upper && !inMention(ms, k)) {
			k--
		}
		if toks[k].lower != "to" && toks[k].lower != "into" {
			continue
		}
		if c := b.d.byISO[locISO(m.ref)]; c != nil {
			return b.countryRef(c)
		}
	}
	return nil
}
