package extract

// possessiveObjectOwner is the target of a reaction whose object is a
// thing said or decided owned by a possessive pronoun ("police backed his
// measures", "the premier ... praised his handling of the economy"): the
// one actor named before the pronoun in the sentence that the pronoun can
// stand for and that is not a source ("his"/"her" a person of that sex,
// "its" a state or body, "their" a body or group). With none in the
// sentence, "his"/"her" may be the person who was a subject in the
// sentences just before (recentPersonSubject, as for an object "him").
// Nil when two or more fit: the text does not say which.
//
// Only for objects in saidOrDecided or anaphoricActs: a person noun after
// the pronoun ("implicated his colleague", "praised his minister") is the
// target itself, and "their property" or "its accounts" are as often the
// source's own.
func (b *builder) possessiveObjectOwner(toks []token, ms []mention, t trigger, sources []*entRef) *entRef {
	if r := t.p.Code[:2]; !possOwnerRoots[r] && !((r == "18" || r == "19") && attackOnWords(toks, t)) {
		return nil // "attacked his plans" is criticism (see attackOnWords)
	}
	k := t.j
	if k+1 >= len(toks) || !possPronouns[toks[k].lower] {
		return nil
	}
	n := k + 1
	if !ownedThingAt(toks, n) && !(n+1 < len(toks) && !toks[n].upper && ownedThingAt(toks, n+1)) {
		return nil // one adjective allowed: "his economic forecasts"
	}
	var found []*entRef
	for _, m := range ms {
		if m.j > k || !actorMention(m) || inRefs(m.ref, sources) || inRefs(m.ref, found) {
			continue
		}
		if b.pronounCanOwn(toks[k].lower, m.ref) {
			found = append(found, m.ref)
		}
	}
	switch {
	case len(found) == 1:
		return found[0]
	case len(found) > 1:
		return nil
	}
	return b.recentPersonSubject(possessiveSubjects[toks[k].lower], sources)
}

// ownedThingAt reports a noun of a thing said or decided at token n that is
// not the subject of a clause of its own ("denied his plans would ...").
func ownedThingAt(toks []token, n int) bool {
	if n >= len(toks) || !(saidOrDecided[toks[n].lower] || anaphoricActs[toks[n].lower]) {
		return false
	}
	return !auxAt(toks, n+1)
}

// pronounCanOwn reports whether possessive pronoun pron can stand for r:
// "his"/"her" a person of that sex when known, "its" a country or body,
// "their" a body or group (a party, "the Liberian authorities").
func (b *builder) pronounCanOwn(pron string, r *entRef) bool {
	switch pron {
	case "his", "her":
		return r.Kind == KindPerson && b.genderFits(possessiveSubjects[pron], r)
	case "its":
		return r.Kind == KindCountry || r.Kind == KindOrganization
	case "their":
		return r.Kind == KindOrganization || r.Kind == KindGroup
	}
	return false
}

// possOwnerRoots are the roots of acts aimed at another's plans or words:
// demands (02), backing (05), inquiry (09), demands (10), criticism (11),
// rejection (12), threats (13). Statements (01) take a reported clause
// ("insisted his spending plans were affordable"), and pledges (03) are
// mostly of one's own ("pledged its support").
var possOwnerRoots = toSet(`02 05 09 10 11 12 13`)
