package extract

// A reaction to "the move", "the decision" or "the measures" is often told
// sentences after the actor who made the move announced it ("The
// government has announced that firms will be barred ... Age Concern
// condemned the decision"), with other acts between, so that lastMove
// finds someone else or nothing. noteAnnouncer remembers that actor and
// announcedPolicyOwner gives it to such a reaction when nothing else did.

// announceVerbs make known or settle a policy of the subject's own.
var announceVerbs = toSet(`announced unveiled proposed tabled introduced launched published decided`)

// announcerReach is how many sentences back an announcer is looked for.
const announcerReach = 6

// noteAnnouncer remembers the actor told announcing or deciding something
// (announcesAt): "The chancellor also unveiled a refund", "The WTO is to
// hold membership talks", "He announced ...". An actor after a preposition
// is no subject ("talks with Chile are to resume"). Two such actors in one
// sentence tie: neither is kept.
func (b *builder) noteAnnouncer(toks []token, ms []mention, cls []clause) {
	var found []*entRef
	note := func(r *entRef, k int) {
		if announcesAt(toks, k) && !inRefs(r, found) {
			found = append(found, r)
		}
	}
	for _, m := range ms {
		if actorMention(m) && (m.i == 0 || !prepositions[toks[m.i-1].lower]) {
			note(m.ref, m.j)
		}
	}
	for _, c := range cls {
		// "He unveiled a refund": the pronoun's actor, as the clause
		// resolved it.
		if pronounSubject(toks, &c) {
			note(c.subject[0], c.subjPos+1)
		}
	}
	if r, ok := soleRef(found); ok {
		b.announcer, b.announcerAt = r, b.sents
	}
}

// announcedPolicyOwner is whom a reaction to a definite policy or move
// noun (policyReaction, anaphoricObject) is aimed at when no earlier rule
// found anyone: the actor told announcing or deciding something within
// announcerReach sentences. Nil when there is none, when a different plan
// owner is in reach (two candidates: no telling), or when it is a source.
func (b *builder) announcedPolicyOwner(toks []token, t trigger, sources []*entRef) *entRef {
	a := b.announcerFor(sources)
	if a == nil {
		return nil
	}
	if !policyReactionRoots[t.p.Code[:2]] || !policyReaction(toks, t) && !anaphoricObject(toks, t) && !policyIt(toks, t) {
		return nil
	}
	if b.planOwnerInReach() && b.planOwner != a {
		return nil
	}
	return a
}

// policyIt reports whether trigger t's object is a bare "it", right after
// the trigger or opening a frame that holds it ("The Lib Dems branded it a
// sticking plaster" after "The chancellor unveiled a refund").
func policyIt(toks []token, t trigger) bool {
	return t.i+1 < len(toks) && toks[t.i+1].lower == "it" && t.i+1 < t.j || t.j < len(toks) && toks[t.j].lower == "it" && !auxAt(toks, t.j+1)
}

// announcesAt reports whether the verb at token k (right after a subject)
// announces or decides something: an announceVerbs verb past
// "has"/"have"/"had" and adverbs ("has also unveiled"), or "is/are to" and
// a verb, the news's way of telling a decision made ("The WTO is to hold
// membership talks"; not "is to be", a passive).
func announcesAt(toks []token, k int) bool {
	if k+2 < len(toks) && (toks[k].lower == "is" || toks[k].lower == "are") && toks[k+1].lower == "to" {
		return toks[k+2].word && !toks[k+2].upper && toks[k+2].lower != "be"
	}
	if k < len(toks) && haveForms[toks[k].lower] {
		k++
	}
	for k < len(toks) && midAdverbs[toks[k].lower] {
		k++
	}
	return k < len(toks) && announceVerbs[toks[k].lower]
}

// sameGovernment reports whether a state or government a has a source of its
// own government: "Ghana's president defended the plans" defends his
// government's plans, aimed at no one.
func sameGovernment(a *entRef, sources []*entRef) bool {
	return a.Country != "" && state(a) && governmentSource(a.Country, sources)
}

// governmentSource reports whether a source is state iso or one of its
// government (leadGovernmentFor and sameGovernment ask it).
func governmentSource(iso string, sources []*entRef) bool {
	for _, s := range sources {
		if s.Country == iso && state(s) {
			return true
		}
	}
	return false
}

// announcerFor is the announcer told within announcerReach sentences, nil
// when there is none or it is one of sources or of their government.
func (b *builder) announcerFor(sources []*entRef) *entRef {
	a := b.announcer
	if a == nil || b.sents-b.announcerAt > announcerReach || inRefs(a, sources) || sameGovernment(a, sources) {
		return nil
	}
	return a
}
