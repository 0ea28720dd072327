package extract

import (
	"slices"
	"strings"
	"unicode"
)

// Subjects of clauses: the actor a clause's acts are done by, and the
// pronouns and unnamed speakers that stand for one.

// findSubject fills the subject of clause c: the first actor not in a
// prepositional phrase and not the object of a verb, a pronoun resolved to an
// earlier subject, or the antecedent of a relative clause.
func (b *builder) findSubject(toks []token, ms []mention, cls []clause, c int, trigs []trigger) {
	cl := &cls[c]
	firstTrig := cl.end
	for _, t := range trigs {
		if t.cl == c && !t.p.Noun {
			firstTrig = t.i
			break
		}
	}
	objOf := func(i int) bool {
		for _, t := range trigs {
			if !t.p.Noun && t.cl == c && t.i < i && i <= t.j+1 {
				return true
			}
		}
		return false
	}
	if cl.relative && !cl.resumed && cl.start < len(toks) && toks[cl.start].lower == "whose" {
		// "X, whose brother was arrested by Y, ...": the one whose is not
		// the subject; the noun after "whose" is, when it names an actor.
		for mi, m := range ms {
			if m.i == cl.start+1 && actorMention(m) {
				cl.subject, cl.subjIdx, cl.subjPos = b.group(toks, ms, mi, cl.end), mi, m.i
			}
		}
		return
	}
	if pa := cl.andOf - 1; pa >= 0 && pa < c && len(cls[pa].subject) > 0 {
		// "X said A would B and urged C": the speaker's subject (see
		// speakerGoesOn).
		cl.subject, cl.subjIdx, cl.subjPos = cls[pa].subject, cls[pa].subjIdx, cl.start
		return
	}
	if cl.resumed && cl.antecedent >= 0 && c > 0 && (toks[cl.start].lower == "and" || toks[cl.start].lower == "but") {
		// "It picked out the case of X, who hanged himself ..., and urged
		// the home secretary to ...": a verb joined by "and" after a
		// relative clause on the main clause's object goes with the main
		// clause's own subject, not with the relative's antecedent.
		if ins := cls[c-1].insert; ins >= 0 && ins < c-1 && cls[ins].subjPos < ms[cl.antecedent].i && cls[ins].subjIdx != cl.antecedent && objectAntecedent(toks, cls[ins], ms[cl.antecedent].i) {
			cl.subject, cl.subjIdx, cl.subjPos = cls[ins].subject, cls[ins].subjIdx, cl.start
			return
		}
	}
	if cl.resumed && cl.antecedent >= 0 && ms[cl.antecedent].ref != nil {
		// "A spokesman for X, which tracks ..., described Y's sentence as
		// harsh and called on ...": the main clause resumes with its verb;
		// a name after that verb ("Y's") is no subject.
		cl.subject, cl.subjIdx, cl.subjPos = []*entRef{ms[cl.antecedent].ref}, cl.antecedent, cl.start
		if cl.apposEnd > 0 {
			cl.subject = b.group(toks, ms, cl.antecedent, cl.apposEnd)
		}
		return
	}
	if cl.relative && cl.antecedent >= 0 && ms[cl.antecedent].ref != nil && subjectRelative(toks, ms, cl.start, cl.end) {
		// "Mr Blair, who was instrumental in returning Mr Livingstone to
		// the party, insisted ...": the relative pronoun is the subject and
		// stands for the antecedent; an actor after it is an object.
		cl.subject, cl.subjIdx, cl.subjPos = []*entRef{ms[cl.antecedent].ref}, cl.antecedent, cl.start
		return
	}
	if mi := speakerBefore(toks, ms, cl); mi >= 0 {
		// "Speaking from a cafe in east London, Mr Galloway said ...": the
		// one who says is the actor named right before the verb of saying.
		cl.subject, cl.subjIdx, cl.subjPos = b.group(toks, ms, mi, cl.end), mi, ms[mi].i
		return
	}
	for k := cl.start + 1; k < cl.end && k < firstTrig; k++ {
		// "In talks between A and B, the two countries signed": the pair
		// the clause names before its subject (see pairInSentence), not
		// the one of the two a prepositional phrase leaves.
		if w := toks[k].lower; pairNouns[w] != 0 && (toks[k-1].lower == "both" || toks[k-1].lower == "two") && !inPP(toks, k, cl.start) {
			if r := pairInSentence(ms, toks, k, pairNouns[w]); r != nil {
				if debugTrig {
					println("PAIR-HERE", w, r[0].ID, r[1].ID)
				}
				cl.subject, cl.subjPos = r, k
				return
			}
		}
	}
	var pending []int // "they" or "it" whose noun rule is not asked yet (see nounForPronounLater)
	// asked reports whether a pending pronoun stands for a noun: the
	// clause then has no subject, as if the rule had been asked at once.
	asked := func() bool {
		for _, q := range pending {
			if b.nounForPronoun(toks, q) {
				return true
			}
		}
		pending = pending[:0]
		return false
	}
	for k := cl.start; k < cl.end && k < firstTrig; k++ {
		w := toks[k].lower
		if len(pending) > 0 && (w == "their" || w == "its" || pronouns[w] && !b.noSubjectFor(toks, ms, cls, c, k) || pairNouns[w] != 0 || mentionStartsAt(ms, k)) {
			// A word the rules below may take a subject from: the pronouns
			// before decide first, as they would have without waiting.
			if asked() {
				return
			}
		}
		// "their forces had completed their withdrawal": a possessive
		// pronoun before a sector word stands for its owner.
		if (w == "their" || w == "its") && k+1 < cl.end && len(b.d.phrases[toks[k+1].lower]) > 0 && !inPP(toks, k, cl.start) {
			if p := b.d.lookup(toks, k+1); p != nil && p.kind == phSector {
				if r := b.resolvePronoun("they", cls, c); len(r) > 0 {
					cl.subject, cl.subjPos = r, k
					return
				}
			}
		}
		if pronouns[w] && k > cl.start && toks[k-1].text == "," && k+2 < cl.end && sayVerbs[toks[k+1].lower] && toks[k+2].text == "," {
			// "..., he said, and they had ...": a speaker set off by
			// commas inside the clause is no subject of what follows.
			continue
		}
		if pronouns[w] && (!inPP(toks, k, cl.start) || subjectCase[w] && afterFrontedPhrase(toks, cl.start, k)) {
			if (w == "they" || w == "it" || w == "we") && b.peopleSpeaker(toks, cls, c, k) {
				// "Teachers said they will not end the strike": the
				// teachers, whom the tree gives (see speakerOf), not an
				// actor of an earlier sentence.
				return
			}
			if (w == "he" || w == "she") && k == cl.start {
				if r := officeSpeaker(ms, cls, c); r != nil {
					// "The home secretary said he would not ...", the
					// office's holder named nowhere before: its government.
					cl.subject, cl.subjPos = r, k
					return
				}
				if b.unnamedSpeaker(toks, ms, cls, c) {
					return // "The comic and actor said he had ...": no earlier person
				}
			}
			if (w == "they" || w == "it") && b.nounForPronounLater(toks, ms, cls, c, k) {
				pending = append(pending, k)
			} else if w == "they" && b.pluralNounBefore(toks, k) {
				return // "hiring women because they demanded ...": the women, no actor
			} else if w == "it" && b.thingSubjectBefore(toks, k) {
				return // "The bill was backed by ..., saying they needed protections it offered": the bill, no actor
			}
			quoted := quoteOpen(toks, k)
			if !quoted {
				if r := b.personNamedBefore(toks, ms, cls, c, k, w); r != nil {
					cl.subject, cl.subjPos = []*entRef{r}, k
					return
				}
			}
			r := b.resolvePronounAt(w, cls, c, quoted)
			if quoted && len(r) == 1 && (w == "he" || w == "she") && quotesSpeaker(toks, cls, c, k, r[0]) {
				r = nil // the quote's speaker says "I": a quoted "he" is someone else
			}
			if len(r) == 0 && w == "they" {
				if g := b.theyNounGroup(toks, ms, cls); g != nil {
					r = []*entRef{g} // "The tobacco firms deny the charges. They also say ...": the firms
				}
			}
			if len(r) > 0 {
				cl.subject, cl.subjPos = r, k
				// '"We have warned X ...," said Y': a person who speaks
				// after the quote may stand for it (see firstPerson).
				cl.weSubj = w == "we" && !cl.reported && cl.speaker > c
				return
			}
			if r := spokesmanFor(toks, ms, w, cls, c, k); r != nil {
				cl.subject, cl.subjPos = r, k
				return
			}
		}
		if bareSubjectNoun(w) && k > 0 && toks[k-1].lower == "the" && actorStartsIn(ms, k+1, min(firstTrig, cl.end)-1) {
			// "the pair had mutual contempt and that Mr Blair had decided
			// he would quit": an actor named between the pair and the act
			// is its subject, in a clause the splitter left joined.
			continue
		}
		if pairNouns[w] != 0 && k > 0 && (toks[k-1].lower == "both" || toks[k-1].lower == "two" || dualNouns[w] && (toks[k-1].lower == "the" || k > 1 && toks[k-2].lower == "the" && toks[k-1].upper)) {
			if r := b.pairBefore(toks, ms, k, w); r != nil {
				if debugTrig {
					println("PAIR", w, r[0].ID, r[1].ID, "::", spanText(toks, 0, len(toks)))
				}
				cl.subject, cl.subjPos = r, k
				cl.pair = len(b.lastPair) == 2 && r[0] == b.lastPair[0] && r[1] == b.lastPair[1]
				return
			}
		}
		if bareSubjectNoun(w) && w != "pair" && !inPP(toks, k, cl.start) {
			// "the two were charged", "the firms were abusing": a bare
			// plural for the two named just before (see barePair).
			if r := b.barePair(toks, ms, k); r != nil {
				cl.subject, cl.subjPos = r, k
				return
			}
		}
		for mi, m := range ms {
			if m.i != k || m.loc || m.agr || m.ref == nil || m.i < b.lead {
				continue
			}
			if closedQuoteAround(toks, m, cl.start, firstTrig) {
				continue // 'under the slogan "Britain is working", the prime minister insisted': a name quoted before the verb is no subject
			}
			// "after India moved troops": the subordinator that opens the
			// clause is no preposition of its subject.
			from := cl.start
			if subordinators[toks[cl.start].lower] && cl.start+1 < cl.end {
				from = cl.start + 1
			}
			if inPP(toks, m.i, from) && !b.membersOf(toks, ms, cl, m) && !textAuthor(toks, m, from) || objOf(m.i) {
				continue
			}
			if m.j < len(toks) && toks[m.j].hyph && toks[m.j].lower == "member" {
				continue // "NATO-member Norway": the subject is Norway
			}
			if listTailInPP(toks, ms, mi, from) && b.conjInPP(m.i, m.j) {
				// "to help people in Somalia, Ethiopia and Kenya": the
				// names after the first go on the list in its phrase, when
				// the tree says so ("In Colombia, the ELN declared ...":
				// the subject after a fronted phrase).
				continue
			}
			if k := m.i - 1; k >= 0 && (tellWords[toks[k].lower] || k > 0 && toks[k].lower == "the" && tellWords[toks[k-1].lower]) {
				continue // "Bat told the BBC that it had not ...": whom one tells is no subject
			}
			if m.poss && !m.person && m.title == nil {
				// "Russia's foreign minister" was merged; a bare
				// possessive ("Kiev's obstruction") is not the subject.
				continue
			}
			if m.poss && m.person && firstTrig < cl.end && m.j+1 < cl.end && !speaksForAfter(toks, m.j+1, cl.end) {
				// "Mr Sigarchi's lawyer called for a retrial", "Michael
				// Jackson's lawyers have asked to": the one who acts is the
				// possessed, not the person; only what speaks for the person
				// ("Blair's spokesman said", "Mr Bell's speech called for")
				// stands for him. A clause with no act keeps the person as
				// its subject for a "he" that follows ("Mr Straw's trip is
				// ... He will meet").
				continue
			}
			cl.subject, cl.subjIdx, cl.subjPos = b.group(toks, ms, mi, cl.end), mi, m.i
			return
		}
	}
	if cl.relative && cl.antecedent >= 0 {
		if asked() {
			return
		}
		cl.subject, cl.subjIdx, cl.subjPos = []*entRef{ms[cl.antecedent].ref}, cl.antecedent, cl.start
		return
	}
	if len(pending) > 0 {
		return
	}
	if r := b.textNounSubject(toks, ms, *cl); r != nil {
		// "The report urged the CSA ...": the body that issued it.
		cl.subject, cl.subjPos = []*entRef{r}, cl.start
	}
}

// subjectCase are the pronouns in the subject case: no preposition governs
// them ("with him", never "with he"). "it" is also an object ("in it").
// ("I" is taken by firstPerson, which also asks afterFrontedPhrase.)
var subjectCase = toSet(`he she they we`)

// afterFrontedPhrase reports whether the pronoun at k follows a phrase that
// opens the clause with a preposition and runs up to it with no comma ("In
// an interview he said", "In a letter to his chairman he wrote"): the
// pronoun is the clause's subject, not the phrase's object. Not after a
// word that opens a clause of its own ("after he quit", "allegations that
// they had") or an -ing form ("In so doing he"), which leave the pronoun
// to the clause they open.
func afterFrontedPhrase(toks []token, start, k int) bool {
	if k-start < 2 || k-start > 8 || k > len(toks) || !toks[start].upper || !prepositions[toks[start].lower] {
		return false
	}
	for q := start + 1; q < k; q++ {
		w := toks[q].lower
		if !toks[q].word || phraseClauseOpeners[w] || subordinators[w] {
			return false
		}
	}
	w := toks[k-1].lower
	return !prepositions[w] && !determiners[w] && !strings.HasSuffix(w, "ing")
}

// phraseClauseOpeners may open a clause of their own inside a fronted
// phrase, besides the subordinators ("after", "if", "because", ...).
var phraseClauseOpeners = toSet(`since until till as like than that which who whom whose what whether once and or`)

// nounForPronoun asks the rule for the pronoun at k whether it stands for
// a noun no actor covers: pluralNounBefore for "they", thingSubjectBefore
// for "it".
func (b *builder) nounForPronoun(toks []token, k int) bool {
	if toks[k].lower == "they" {
		return b.pluralNounBefore(toks, k)
	}
	return b.thingSubjectBefore(toks, k)
}

// pronounNounAt is the noun nounForPronoun's rule asks the tree about for
// the pronoun at k (pluralNounAt for "they", thingNounAt for "it"), by the
// tags xpos gives; -1 when there is none.
func (b *builder) pronounNounAt(toks []token, k int, xpos func(int) string) int {
	if toks[k].lower == "they" {
		return b.pluralNounAt(toks, k, xpos)
	}
	return b.thingNounAt(toks, k, xpos)
}

// pronounTree is the sentence's tree for the pronoun rules, parsed only
// when the tagger's tags (dictXPOS) give the pronoun at k a candidate noun
// (pronounNounAt): without one the rule's answer is no, as the tree's would
// be, and the sentence is owed its parse for the date rule only (pzOwed,
// see askedTree). nil when the rule is to answer no.
func (b *builder) pronounTree(toks []token, k int) *parse {
	if !b.pzDone && (b.parseSentence == nil || b.pronounNounAt(toks, k, b.dictXPOS) < 0) {
		b.pzOwed = true
		return nil
	}
	return b.tree()
}

// noSubjectFor reports whether findSubject can give its clause no subject
// at the "they" or "it" at k: no earlier subject fits it (resolvePronoun),
// no speaker ("they", spokesmanFor), no mention starts there. Another
// pronoun pending before it may then wait on (see nounForPronounLater).
func (b *builder) noSubjectFor(toks []token, ms []mention, cls []clause, c, k int) bool {
	w := toks[k].lower
	return (w == "they" || w == "it") && !mentionStartsAt(ms, k) && len(b.resolvePronoun(w, cls, c)) == 0 && spokesmanFor(toks, ms, w, cls, c, k) == nil
}

// nounForPronounLater reports whether findSubject may leave "they" or "it"
// at k pending instead of asking nounForPronoun now, which would parse the
// sentence: nothing else gives the pronoun a subject (resolvePronoun,
// spokesmanFor) and no mention starts at k. Then a true answer (return
// with no subject) and a false one (go on to the next word) differ only if
// a later word of the clause could give a subject; findSubject asks before
// such a word, or before the antecedent of a relative clause, and most
// clauses have none. About one BBC parse in ten was made for these rules
// alone. As when the tags answer, the date rule still reads the tree
// (pzOwed, see askedTree).
func (b *builder) nounForPronounLater(toks []token, ms []mention, cls []clause, c, k int) bool {
	if b.pzDone || b.parseSentence == nil || !b.noSubjectFor(toks, ms, cls, c, k) {
		return false
	}
	if b.pronounNounAt(toks, k, b.dictXPOS) < 0 {
		return false // the rule answers from the tags
	}
	b.pzOwed = true
	return true
}

// speaksFor are the nouns after a person's possessive that act or speak for
// the person: "the president's office said", "Blair's spokesman denied",
// "Mr Tanzi's statement said", "Ms Clarkson's legal action accuses".
var speaksFor = toSet(`spokesman spokeswoman spokesperson spokespeople office government administration aide aides adviser advisers camp team campaign statement statements speech letter lawsuit action claim claims report`)

// speaksForAfter reports a word of speaksFor among the three words from k
// (before end): "X's legal action", "X's 2020 reelection campaign".
func speaksForAfter(toks []token, k, end int) bool {
	for q := k; q < k+3 && q < end && q < len(toks); q++ {
		if speaksFor[toks[q].lower] {
			return true
		}
	}
	return false
}

// peopleSpeaker reports a word for people of no country no mention covers before a pronoun
// at k in its clause, or in the clause that reports it when that clause has
// no actor for a subject ("Police said they ...", "Teachers have asserted
// that they ..."): the pronoun is likely to stand for those people.
func (b *builder) peopleSpeaker(toks []token, cls []clause, c, k int) bool {
	from := cls[c].start
	if pa := cls[c].parent; cls[c].reported && pa >= 0 && pa < len(cls) && len(cls[pa].subject) == 0 {
		from = cls[pa].start
	}
	if b.pzMAt == nil {
		return false
	}
	for q := from; q < k && q < len(toks); q++ {
		if b.pzMAt[q] != 0 || !toks[q].word || toks[q].upper && q > 0 || vagueWords[toks[q].lower] {
			continue
		}
		// Only people of no country ("teachers", "police", "rebels"): "the
		// firm said it", "a spokesman said it" stand for a body named
		// before, which the earlier subject gives.
		if ph := b.d.lookup(toks, q); ph != nil && ph.kind == phSector && countrylessSectors[ph.sector.Sector] {
			return true
		}
	}
	return false
}

// group returns the mention at mi and those coordinated with it
// ("Russia and China", "Iraq, Syria and Iran").
func (b *builder) group(toks []token, ms []mention, mi, end int) []*entRef {
	if d := describedPerson(toks, ms, mi); d > 0 {
		// "former Castlebury striker Tom Brandt", "Castlebury boss Tom
		// Brandt": the club before the occupation says whose the person
		// is; the person is the actor.
		mi = d
	}
	out := []*entRef{ms[mi].ref}
	if ownerOfPerson(toks, ms, mi) {
		// "will meet France's Jean Roux": the person is the one met; the
		// possessor before the name says where he is from (the same
		// reading as for later members, below).
		out = nil
	}
	last := ms[mi].j
	for n := mi + 1; n < len(ms); n++ {
		m := ms[n]
		if a := asideAfter(toks, ms, last); a > last && a < end {
			// "A, from X, and B": the home town is no member.
			last = a
		}
		if m.j <= last && m.loc {
			continue
		}
		if m.loc || m.agr || m.ref == nil || m.i >= end {
			break
		}
		if m.i < last {
			break
		}
		gap := toks[last:m.i]
		ok := len(gap) >= 1 && len(gap) <= 3
		for _, t := range gap {
			if t.lower != "and" && t.text != "," && t.lower != "the" && t.lower != "as" && t.lower != "well" && t.lower != "'s" && !(possPronouns[t.lower] && len(gap) == 2) {
				ok = false
			}
		}
		if !ok && !interposedConjunct(toks, last, m.i, m.j, end) {
			break
		}
		if possAppos(toks, ms, gap, m, end) {
			// "X, Tehran's pointman on Iraq, met": a possessor
			// after a lone comma owns a common noun that describes X;
			// it is no member of the group.
			break
		}
		last = m.j
		if ownerOfPerson(toks, ms, n) {
			// "Fiat's Sergio Marchionne and GM's Rick Wagoner": the body
			// before a person's name is whose they are, not one of the group.
			continue
		}
		dup := false
		for _, r := range out {
			if r.ID == m.ref.ID {
				dup = true
			}
		}
		if !dup {
			out = append(out, m.ref)
		}
	}
	return out
}

// describedPerson returns the index of the person mention right after a
// firm's mention at n and one to four lower-case words ending in an
// occupation ("Castlebury boss Tom Brandt", "Castlebury United past and
// present players Tom Brandt and ..."), or 0: the firm only describes the
// person, who is the actor.
func describedPerson(toks []token, ms []mention, n int) int {
	m := ms[n]
	if m.poss || m.ref == nil || m.ref.Kind != KindOrganization || m.ref.Sector != "BUS" || n+1 >= len(ms) || !ms[n+1].person {
		return 0
	}
	gap := toks[m.j:ms[n+1].i]
	if len(gap) < 1 || len(gap) > 4 {
		return 0
	}
	for _, t := range gap {
		if t.upper || !t.word {
			return 0
		}
	}
	last := gap[len(gap)-1].lower
	if !occupations[last] && !occupations[strings.TrimSuffix(last, "s")] {
		return 0
	}
	return n + 1
}

// ownerOfPerson reports a possessor mention at n right before a person's
// name ("Fiat's Sergio Marchionne", "Spain's Carlos Ruiz"): whose the
// person is, no member of a group of actors. A "person" whose name ends in
// a place noun ("Cameroon's Far North Region") is a place mistaken for one,
// and its possessor stays.
func ownerOfPerson(toks []token, ms []mention, n int) bool {
	m := ms[n]
	return m.poss && n+1 < len(ms) && ms[n+1].person && ms[n+1].i == m.j+1 && toks[m.j].lower == "'s" &&
		!placeNouns[toks[ms[n+1].j-1].lower]
}

// participleOpeners open a clause whose verb is an -ing form with no
// subject of its own: "..., while also condemning Vietnam", "after accusing
// Y of ...". Not "before" ("demanded a truce before allowing aid": not
// done yet) nor "when" ("when visiting restaurants": a habit).
var participleOpeners = toSet(`after while`)

// participleSubject gives a clause that opens with "after" or "while" and
// an -ing form ("X threatened Y after accusing it of ...", "After meeting
// Y, X said") the subject of the clause before it (or, for a clause that
// comes first, the one after its comma): the participle has no subject of
// its own and is done by the main clause's. Only when the tree hangs the
// participle on a verb (advcl) that is neither a participle modifying a
// noun ("activists detained while investigating a company") nor a passive
// ("was arrested after attacking").
func (b *builder) participleSubject(toks []token, ms []mention, cls []clause, c int) {
	cl := &cls[c]
	if len(cl.subject) > 0 || cl.relative || cl.reported {
		return
	}
	k := cl.start
	if k >= cl.end || !participleOpeners[toks[k].lower] {
		return
	}
	if k++; k < cl.end && midAdverbs[toks[k].lower] {
		k++
	}
	if k >= cl.end || !toks[k].word || !strings.HasSuffix(toks[k].lower, "ing") || toks[k].lower == "being" {
		return
	}
	o := c - 1
	if cl.fronted {
		o = c + 1
	}
	if o < 0 || o >= len(cls) || len(cls[o].subject) == 0 || cls[o].relative {
		return
	}
	p := b.tree()
	if p == nil || k >= len(p.words) || p.rel(k) != "advcl" {
		return
	}
	if h := p.head(k); h < 0 || p.rel(h) == "acl" {
		return // "activists detained while investigating a company": the noun's deed
	} else if _, pass, ok := p.subjectOf(h); ok && pass {
		return // "was arrested after attacking": not the clause's actor's deed
	}
	cl.subject, cl.subjIdx, cl.subjPos = cls[o].subject, -1, cl.start
}

// ruledOutGerund reports whether the -ing form at k, after "said (on
// Monday) that",
// opens a gerund subject that the clause then rules out ("said that lifting
// the ban is out of the question"): "that" is the complementizer, not a
// determiner, and the act is refused (see ruledOut). A gerund subject that
// is not ruled out ("said that lifting the ban would help") is talk of an
// act, not one, and stays no trigger.
func ruledOutGerund(toks []token, k int) bool {
	if k < 2 || toks[k-1].lower != "that" || !strings.HasSuffix(toks[k].lower, "ing") {
		return false
	}
	// "said that", "said yesterday that", "said on Monday that"
	q := k - 2
	for q > 0 && k-2-q < 3 && !sayVerbs[toks[q].lower] {
		if _, day := weekdays[toks[q].lower]; !day && !dayAdverbs[toks[q].lower] && toks[q].lower != "on" {
			return false
		}
		q--
	}
	if !sayVerbs[toks[q].lower] {
		return false
	}
	end := k + 1
	for end < len(toks) && end < k+20 && toks[end].text != "." && toks[end].text != ";" {
		end++
	}
	return ruledOut(toks, k+1, end)
}

// ruledOutPhrases say that an act named before them will not be done.
var ruledOutPhrases = [][]string{
	{"out", "of", "the", "question"}, {"out", "of", "question"}, {"off", "the", "table"}, {"not", "an", "option"},
}

// ruledOut reports whether a form of "be" followed by a phrase of
// ruledOutPhrases ("is out of the question", "was not an option") stands in
// toks[i:j].
func ruledOut(toks []token, i, j int) bool {
	for k := i; k+1 < j && k+1 < len(toks); k++ {
		if !beForms[toks[k].lower] {
			continue
		}
		q := k + 1
		for q < j && (midAdverbs[toks[q].lower] || strings.HasSuffix(toks[q].lower, "ly")) && toks[q].lower != "not" {
			q++ // "is currently out of the question"
		}
		for _, ph := range ruledOutPhrases {
			if q+len(ph) <= j && q+len(ph) <= len(toks) && slices.EqualFunc(toks[q:q+len(ph)], ph, func(t token, w string) bool { return t.lower == w }) {
				return true
			}
		}
	}
	return false
}

// ruledOutSubject gives a reported clause that opens with a ruled-out
// gerund ("X said that lifting the ban is out of the question") the
// speaker's subject: the one who rules the act out refuses it.
func ruledOutSubject(toks []token, cls []clause, c int) {
	cl := &cls[c]
	if len(cl.subject) > 0 || !cl.reported || cl.start < 2 || toks[cl.start-1].lower != "that" && toks[cl.start].lower != "that" {
		return
	}
	k := cl.start
	if toks[k].lower == "that" {
		k++
	}
	if k >= cl.end || !ruledOutGerund(toks, k) {
		return
	}
	if pa := cl.parent; pa >= 0 && pa < c && len(cls[pa].subject) > 0 {
		cl.subject, cl.subjIdx, cl.subjPos = cls[pa].subject, -1, k
	}
}

// pluralNounBefore reports whether the nearest candidate for "they" at
// token k, looking back in its sentence, is a plural common noun no actor
// covers, the subject or object of a verb ("hiring women because they
// demanded", "urged councils to ... but they have warned", "transformers
// are wasteful as they charge"): "they" then stands for those, not for
// an actor named before. An actor mention met first, a sector word
// ("police", "rebels"), a pair noun ("the two countries"), a noun after
// "there are" or the subject of a verb of saying ("the ministers said
// they") leaves the pronoun to the usual rules.
//
// Most sentences have no such noun before "they": the tags tell, and the
// sentence is not parsed for it (the tree, when another rule parses, gives
// the same tags). Most words have their tag from the tagger's dictionary,
// whatever their sentence; the sentence is tagged only for the others.
func (b *builder) pluralNounBefore(toks []token, k int) bool {
	p := b.pronounTree(toks, k)
	if p == nil {
		return false
	}
	xpos := func(q int) string { return p.words[q].XPOS }
	for q := b.pluralNounAt(toks, k, xpos); q >= 0; q = b.pluralNounAt(toks, q, xpos) {
		if h := p.words[q].Head - 1; h >= 0 && h < len(p.kids) {
			expl := false
			for _, o := range p.kids[h] {
				expl = expl || p.rel(o) == "expl"
			}
			if expl {
				continue // "there are individuals who ...": no one acting yet
			}
		}
		if h := p.words[q].Head - 1; p.rel(q) == "nsubj" && h >= 0 && sayVerbs[toks[h].lower] {
			return false // "the ministers said they would ...": the speakers, a body's people the usual rules give
		}
		switch p.words[q].Deprel {
		case "nsubj", "nsubj:pass", "obj", "iobj":
			return true
		}
	}
	return false
}

// pluralNounAt is the nearest word before k that pluralNounBefore asks the
// tree about: a plural common noun (Penn tag NNS by xpos) not vague and no
// pair noun. -1 when there is none, or when an actor mention or a sector
// word comes first.
func (b *builder) pluralNounAt(toks []token, k int, xpos func(int) string) int {
	for q := k - 1; q >= 0; q-- {
		if b.pzMAt[q] != 0 {
			return -1
		}
		t := toks[q]
		if !t.word || t.upper || xpos(q) != "NNS" || vagueWords[t.lower] || pairNouns[t.lower] != 0 {
			continue
		}
		if ph := b.d.lookup(toks, q); ph != nil && ph.kind == phSector {
			return -1
		}
		return q
	}
	return -1
}

// bodyNouns name bodies or their kinds: "it" after them may stand for an
// actor the usual rules find ("the company said it ...").
var bodyNouns = toSet(`company firm group bank government party country council committee union agency board body
organisation organization ministry department court commission administration regime state army club team side
league authority watchdog regulator carrier airline operator maker retailer network channel broadcaster newspaper
paper station business industry institute association alliance coalition charity campaign service office house
parliament assembly bloc fund corporation conglomerate giant chain studio label publisher`)

// thingSubjectBefore reports whether the nearest subject before "it" at
// token k in its sentence is a singular common noun no actor covers and
// that names no body (bodyNouns, a sector word): "The bill was backed by
// some firms, saying they needed protections it offered". "it" then stands
// for that thing (a bill, a report, a plan), not for an actor named
// before. The subject of a verb of saying ("the report said it") is left
// to the usual rules.
//
// As in pluralNounBefore, the tags answer first: with no singular common
// noun in reach (most sentences), the sentence is not parsed for it.
func (b *builder) thingSubjectBefore(toks []token, k int) bool {
	p := b.pronounTree(toks, k)
	if p == nil {
		return false
	}
	xpos := func(q int) string { return p.words[q].XPOS }
	for q := b.thingNounAt(toks, k, xpos); q >= 0; q = b.thingNounAt(toks, q, xpos) {
		t := toks[q]
		if d := p.words[q].Deprel; d != "nsubj" && d != "nsubj:pass" {
			continue
		}
		if pairNouns[t.lower] != 0 {
			return false
		}
		for _, o := range p.kids[q] {
			if w := toks[o].lower; w == "its" || w == "their" || w == "'s" {
				return false // "Its most recent action came ... when it took control": its owner's
			}
		}
		if ph := b.d.lookup(toks, q); ph != nil && ph.kind == phSector {
			return false
		}
		if h := p.words[q].Head - 1; h >= 0 && sayVerbs[toks[h].lower] {
			return false
		}
		return true
	}
	return false
}

// thingNounAt is the nearest word before k that thingSubjectBefore asks the
// tree about: a singular common noun (Penn tag NN by xpos), not vague. -1
// when there is none, or when an actor mention, a quote mark or a body noun
// comes first.
func (b *builder) thingNounAt(toks []token, k int, xpos func(int) string) int {
	for q := k - 1; q >= 0; q-- {
		if b.pzMAt[q] != 0 {
			return -1
		}
		t := toks[q]
		if isQuoteMark(t.text) || bodyNouns[t.lower] {
			return -1 // a quote's speaker; "the firm's new ownership, and it": the firm may be meant
		}
		if !t.word || t.upper || xpos(q) != "NN" || vagueWords[t.lower] {
			continue
		}
		return q
	}
	return -1
}

// spokesmanFor gives "we" or "they" in a clause one person reports that
// person, when nothing else is there for the pronoun to stand for (see
// resolvePronoun): one who speaks of "we", or of "they" with no one else
// named, speaks for the side they lead, and an event coder takes the
// speaker for that side ('Mr Abbas said: "We are ready to negotiate with
// Israel"', "Ali said that, despite their health, they will not end the
// strike"). "they" only as the reported clause's own subject, right after
// "said (that)" or an opening phrase set off by a comma, the speaker named
// in the sentence at the start of its clause, and no people word (a
// sector word, "the four") before the pronoun: "he said they would insist
// on reforms", "the treatment they received", "Militants loyal to X said
// they" speak of others.
func spokesmanFor(toks []token, ms []mention, w string, cls []clause, c, k int) []*entRef {
	if w != "we" && w != "they" || !cls[c].reported {
		return nil
	}
	pa := cls[c].parent
	if pa < 0 || pa >= c || len(cls[pa].subject) != 1 || cls[pa].subject[0].Kind != KindPerson {
		return nil
	}
	if w == "they" {
		sp := cls[pa]
		if sp.subjIdx < 0 || sp.subjPos != sp.start && !(sp.subjPos > sp.start && determiners[toks[sp.start].lower]) {
			return nil // a pronoun, or named after other words ("Militants loyal to X")
		}
		q := k - 1
		if q >= 0 && toks[q].text == "," {
			// "said that, despite their health, they": back over the
			// opening phrase to "that".
			for q--; q > cls[c].start-1 && toks[q].text != "," && toks[q].lower != "that"; q-- {
				if toks[q].text == "\"" || toks[q].text == "“" {
					return nil
				}
			}
			if q >= 0 && toks[q].text == "," {
				q--
			}
		}
		if q < 0 || toks[q].lower != "that" && !sayVerbs[toks[q].lower] {
			return nil
		}
		for _, m := range ms {
			if m.i > sp.subjPos && m.i < k && m.ref != nil && !m.loc && !inRefs(m.ref, sp.subject) && m.ref.Kind != KindPerson {
				return nil // a body or a people named in between may be "they"
			}
		}
	}
	return cls[pa].subject
}

// unnamedSpeaker reports whether the clause that reports clause c names
// its speaker only by a description no mention covers: "The home secretary
// said he would not ...", "The comic and actor said he had ...". "he" or
// "she" opening what is said then stands for that person, not for the last
// person named before ("The heavy metal star said he could have met the
// same fate" is not the politician of the last paragraph). An office the
// title rules gave to someone ("the chancellor said he", the chancellor
// named before) is a mention, and no description: see personByTitle and
// officeSpeaker.
func (b *builder) unnamedSpeaker(toks []token, ms []mention, cls []clause, c int) bool {
	pa := cls[c].parent
	if !cls[c].reported || pa < 0 || pa >= c || len(cls[pa].subject) > 0 {
		return false
	}
	end := cls[pa].sayAt
	if end <= cls[pa].start {
		return false
	}
	for end > cls[pa].start && (toks[end-1].lower == "also" || toks[end-1].lower == "later" || isAux(toks[end-1].lower)) {
		end--
	}
	covered := func(k int) bool {
		for _, m := range ms {
			if m.i <= k && k < m.j {
				return true
			}
		}
		return false
	}
	// Back over lower-case words ("heavy metal star", "comic and actor") to
	// the determiner that opens the description.
	k := end - 1
	for ; k >= cls[pa].start && end-k <= 5; k-- {
		t := toks[k]
		if t.lower == "the" || t.lower == "a" {
			break
		}
		if !t.word || t.upper || covered(k) || pronouns[t.lower] || prepositions[t.lower] || sayVerbs[t.lower] {
			return false
		}
	}
	if k < cls[pa].start || k == end-1 || toks[k].lower != "the" && toks[k].lower != "a" {
		return false
	}
	if strings.HasSuffix(toks[end-1].lower, "old") && strings.Contains(spanText(toks, k+1, end), "year") {
		return false // "The 67-year-old also said he": a bare age names no one new
	}
	// The description opens its clause: "But the prime minister said",
	// "Speaking on Monday, the minister said"; not "the head of the party".
	return k == cls[pa].start || toks[k-1].text == "," || toks[k-1].lower == "but" || toks[k-1].lower == "and"
}

// officeSpeaker gives "he" or "she" opening a clause that clause c's
// speaker reports the speaker's subject when that subject is an office
// whose holder the article has not named, read as its government ("The
// home secretary said he would not ...": the government of the United
// Kingdom): the pronoun is the one who holds the office, not the last
// person named before. nil otherwise.
func officeSpeaker(ms []mention, cls []clause, c int) []*entRef {
	pa := cls[c].parent
	if !cls[c].reported || pa < 0 || pa >= c || len(cls[pa].subject) != 1 || cls[pa].subjIdx < 0 || cls[pa].subjIdx >= len(ms) {
		return nil
	}
	if m := ms[cls[pa].subjIdx]; m.title == nil || m.person || m.ref != cls[pa].subject[0] {
		return nil
	}
	return cls[pa].subject
}

// resolvePronoun: "it" and "they" in a reported clause are the speaker
// ("Washington announced that it ..."); otherwise the last subject. "he" and
// "she" are the last person who was a subject.
func (b *builder) resolvePronoun(w string, cls []clause, c int) []*entRef {
	return b.resolvePronounAt(w, cls, c, true)
}

// resolvePronounAt is resolvePronoun for a pronoun that is or is not inside
// a quotation. Outside one, "he" or "she" after "X said Y did ..." is the
// speaker X ("Michael Howard said the chancellor was up to his old trick.
// He branded it ..."); inside one the speaker is "I", so the pronoun stays
// the person spoken of ('Blair said: "Paul has been a friend. "He has ...').
func (b *builder) resolvePronounAt(w string, cls []clause, c int, quoted bool) []*entRef {
	if w == "he" || w == "she" {
		for k := c - 1; k >= 0; k-- {
			if reportedBy(b.pzToks, cls, k, c, w) {
				continue // "Why will the minister not ..., he demanded": the minister is spoken of
			}
			if len(cls[k].subject) == 1 && cls[k].subject[0].Kind == KindPerson && b.genderFits(w, cls[k].subject[0]) {
				return cls[k].subject
			}
		}
		if sp := b.reportSpeaker; sp != nil && !quoted && b.genderFits(w, sp) {
			return []*entRef{sp}
		}
		if b.lastPersonSubj != nil && b.genderFits(w, b.lastPersonSubj) {
			if b.lastPersonSubj == b.quoteSpeaker && c < len(cls) && inQuoteFrom(b.pzToks, cls[c], b.quotedTo) {
				// Inside the speaker's own quote the speaker is "I":
				// "he" is someone the quote speaks of.
				return nil
			}
			return []*entRef{b.lastPersonSubj}
		}
		// The last person subject is of the other sex ("Mr Howard ...
		// She"): the one before who fits, a few subjects back at most.
		for k := len(b.personSubjs) - 1; k >= 0 && k >= len(b.personSubjs)-4; k-- {
			if r := b.personSubjs[k]; b.gender[r] != 0 && b.genderFits(w, r) {
				return []*entRef{r}
			}
		}
		return nil
	}
	for k := c - 1; k >= 0; k-- {
		if pronounFits(w, cls[k].subject) {
			return cls[k].subject
		}
	}
	if w == "it" && b.itMainSent > 0 && b.itMainSent == b.sents-1 && pronounFits(w, b.lastSubject) {
		// The last sentence's main clause decides (mainItSubject), but
		// only between bodies: where no body was the last subject, "it"
		// is mostly no actor ("it is amazing to ...").
		return b.itMain
	}
	if w == "they" && c == 0 && b.passiveAgent != nil && b.passiveAgentSent == b.sents-1 && b.theyOpensSentence() && pronounFits(w, []*entRef{b.passiveAgent}) {
		// "... is expected to be opposed by the Liberal Democrats. They
		// have said ...": the doer of the last sentence's passive, which
		// had no actor for a subject (passiveAgentOf).
		return []*entRef{b.passiveAgent}
	}
	if pronounFits(w, b.lastSubject) && !b.theyOpensAfterCountry(w, c) && !b.theyAfterNounSubject(w, cls) {
		return b.lastSubject
	}
	return nil
}

// theyAfterNounSubject reports "they" whose nearest subject is a plural
// common noun that is no actor: the opening subject of its own sentence
// ("The tobacco firms deny that they conspired"), or of the sentence before
// when "They" opens its sentence, for it and every "they" after it ("The
// tobacco firms deny the charges. They also say they have met ..."). The
// subject of an older sentence (lastSubject, the court that ruled before)
// is then not who "they" are.
func (b *builder) theyAfterNounSubject(w string, cls []clause) bool {
	if w != "they" || len(cls) == 0 {
		return false
	}
	if b.nounSubjectAt(b.pzToks, cls) >= 0 {
		return true
	}
	return b.theyOpensSentence() && b.nounSubjSent > 0 && b.nounSubjSent == b.sents-1
}

// nounSubjectAt is the plural common noun that opens the sentence of
// clauses cls as its subject, -1 when none. Its first clause is no report
// whose speaker clause has a subject ("Courts should be a last resort, MPs
// said"; ", saying that ..." has none), has no subject or a pronoun after
// the noun for one, and opens (after "but" or "and") with a noun phrase of
// determiners, modifiers and capitalized words whose head is tagged NNS, no
// word of it in a mention, followed by a verb (after adverbs). No
// possessive pronoun ("Their demands were backed": their owner is who
// "they" are). The tagger's tags decide, not the tree: no parse for it.
func (b *builder) nounSubjectAt(toks []token, cls []clause) int {
	cl := cls[0]
	if cl.reported || cl.speaker >= 0 && cl.speaker < len(cls) && len(cls[cl.speaker].subject) > 0 || b.parseSentence == nil || cl.start >= len(toks) {
		return -1
	}
	if len(cl.subject) > 0 && (cl.subjPos >= len(toks) || !pronouns[toks[cl.subjPos].lower]) {
		return -1 // "Major companies including Siemens have ...": the names are the subject
	}
	k := cl.start
	if toks[k].lower == "but" || toks[k].lower == "and" {
		k++
	}
	for ; k < cl.end && k < len(toks) && k < cl.start+6; k++ {
		if !toks[k].word || b.pzMAt[k] != 0 {
			return -1
		}
		switch x := b.dictXPOS(k); x {
		case "DT", "JJ", "NNP", "NNPS", "NN", "CD", "VBN":
			continue
		case "NNS":
			if vagueWords[toks[k].lower] {
				return -1
			}
			v := k + 1
			for v < cl.end && v < len(toks) && b.dictXPOS(v) == "RB" {
				v++
			}
			if v < cl.end && v < len(toks) && (strings.HasPrefix(b.dictXPOS(v), "VB") || b.dictXPOS(v) == "MD") {
				return k
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// nounGroup is the actor the plural noun at h stands for as a doer, the
// group or body genericRef makes of it ("the tobacco companies": firms),
// nil when it names no people or the sentence has no tree. A sentence is
// parsed for it only when the noun may name people (mayNamePeople).
func (b *builder) nounGroup(toks []token, ms []mention, h int) *entRef {
	if !b.pzDone && !b.mayNamePeople(toks, h) {
		return nil // no parse for a noun no list could make a doer of ("the shops")
	}
	p := b.tree()
	if p == nil || h >= len(p.words) {
		return nil
	}
	sw, at := b.peopleWord(p, toks, h)
	if sw == nil || p.mAt[at] != 0 {
		return nil
	}
	return b.genericRef(p, toks, ms, at, sw, true)
}

// mayNamePeople reports whether the noun at h is a word peopleWord could
// make a doer of: the end of a sector phrase of the dictionary, or a word
// of its lists. It asks no tree: a cheap test before peopleWord's own,
// which needs one.
func (b *builder) mayNamePeople(toks []token, h int) bool {
	for at := max(h-2, 0); at <= h; at++ {
		if ph := b.d.lookup(toks, at); ph != nil && ph.kind == phSector && at+len(ph.toks) == h+1 {
			return true
		}
	}
	w := toks[h].lower
	return memberWords[w] || personWords[w] || collectiveWords[w]
}

// theyNounGroup is who "they" stands for when theyAfterNounSubject holds:
// the group of the plural noun that opens its sentence, or of the one that
// opened the sentence before; nil when that noun names no group.
func (b *builder) theyNounGroup(toks []token, ms []mention, cls []clause) *entRef {
	if h := b.nounSubjectAt(toks, cls); h >= 0 {
		return b.nounGroup(toks, ms, h)
	}
	if b.theyAfterNounSubject("they", cls) {
		return b.nounSubj
	}
	return nil
}

// quotesSpeaker reports whether person r is who speaks the quotation that
// the pronoun at token pos of clause c stands in: the single subject of
// another clause of the sentence that holds a verb of saying outside the
// quotation marks ('X said: "He has apologised"', '"She never complained,"
// X said'), or of the clause just before c when the verb of saying opens c
// ('X, a minister, said: "He ..."'). A speaker calls himself "I", so a
// quoted "he" or "she" is someone else.
func quotesSpeaker(toks []token, cls []clause, c, pos int, r *entRef) bool {
	for k := range cls {
		if k == c || len(cls[k].subject) != 1 || cls[k].subject[0] != r {
			continue
		}
		end := cls[k].end
		if k == c-1 {
			end = pos
		}
		for i := cls[k].start; i < end && i < len(toks); i++ {
			if sayVerbs[toks[i].lower] && !quoteOpen(toks, i) {
				return true
			}
		}
	}
	return false
}

// pronounFits reports whether "it", "they" or "we" can stand for subj: a
// single person is "he" or "she", never "they" ("Police said they had
// arrested Griffin" is not Griffin arresting); "it" and "we" are no pair.
func pronounFits(w string, subj []*entRef) bool {
	if len(subj) == 0 {
		return false
	}
	if w == "they" {
		return len(subj) > 1 || subj[0].Kind != KindPerson
	}
	// "it" is one actor: "as Lufthansa and British Airways trialled it
	// ... It was flying high" is no act of the pair.
	return len(subj) == 1 && subj[0].Kind != KindPerson
}

// speakerBefore returns the mention that says what the clause reports (the
// first of a conjoined group: "Russia and China said"), or -1.
func speakerBefore(toks []token, ms []mention, cl *clause) int {
	if cl.sayAt <= cl.start {
		return -1
	}
	end := cl.sayAt
	for end > cl.start && (toks[end-1].lower == "also" || toks[end-1].lower == "later" || toks[end-1].lower == "has" || toks[end-1].lower == "have" || toks[end-1].lower == "had") {
		end--
	}
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := ms[mi]
		// "The woman's lawyer, Ann Smith, said": a name set off by commas
		// right before the verb is the speaker too.
		appos := m.j == end-1 && toks[end-1].text == "," && m.i > cl.start+1 && toks[m.i-1].text == "," && m.ref != nil && m.ref.Kind == KindPerson
		if m.j != end && !appos || m.i < cl.start || m.loc || m.agr || m.ref == nil || m.poss || inPP(toks, m.i, cl.start) || afterPostmodifier(toks, cl.start, m.i) {
			continue
		}
		if appos {
			return mi
		}
		// Back over "X and Y", "X, Y and Z".
		for mi > 0 {
			p := ms[mi-1]
			if p.loc || p.agr || p.ref == nil || p.i < cl.start || p.j > ms[mi].i {
				break
			}
			gap := toks[p.j:ms[mi].i]
			ok := len(gap) >= 1 && len(gap) <= 2
			for _, t := range gap {
				if t.lower != "and" && t.text != "," {
					ok = false
				}
			}
			if !ok {
				break
			}
			mi--
		}
		return mi
	}
	return -1
}

// firstPerson gives a quoted "I" its speaker: in ""I welcome the move," said
// the minister" or "The minister said: "I welcome the move"", the one who
// speaks is the subject of what follows "I". Only a single person speaks as
// "I"; the clause must have no subject yet (or only the actor of the
// sentences before that a quoted "we" was first resolved to, weSubj) and
// "I" must come before its first verb trigger. A quoted "we" whose speaker
// is named after the quote is that speaker too ('"We have warned X," said
// Y': Y speaks for the side), when its act follows it as closely as an
// I's must.
func (b *builder) firstPerson(toks []token, cls []clause, c int, trigs []trigger) {
	cl := &cls[c]
	if len(cl.subject) > 0 && !cl.weSubj {
		return
	}
	sp := cl.speaker
	if cl.reported && cl.parent >= 0 {
		sp = cl.parent
	}
	var speaker []*entRef
	switch {
	case sp < 0 && c == 0 && b.quoteSpeaker != nil:
		// ""...," he said. "I warmly applaud ...": the quote goes on in
		// the next sentence, said by the same person.
		speaker = []*entRef{b.quoteSpeaker}
	case sp < 0 || sp >= len(cls) || sp == c || len(cls[sp].subject) != 1 || cls[sp].subject[0].Kind != KindPerson:
		return
	case !slices.ContainsFunc(toks[cls[sp].start:min(cls[sp].end, len(toks))], func(t token) bool { return sayVerbs[t.lower] }):
		// The speaker's clause says something: "X said", "said X", "X added".
		return
	default:
		speaker = cls[sp].subject
	}
	end := cl.end
	for _, t := range trigs {
		if t.cl == c && !t.p.Noun {
			end = t.i
			break
		}
	}
	for k := cl.start; k < end && k < len(toks); k++ {
		we := toks[k].lower == "we" && (cl.speaker > c && !cl.reported || sp < 0 && c == 0 && b.quoteSpeaker != nil)
		if toks[k].text != "I" && !we || inPP(toks, k, cl.start) && !afterFrontedPhrase(toks, cl.start, k) {
			continue
		}
		// "I warmly welcome", "I will be asking": only adverbs and
		// auxiliaries between "I" and the act, so that "I" does it ("I
		// could have been shot", "I said they should go" are not).
		aux := end < cl.end && end-k <= 4
		for q := k + 1; q < end && aux; q++ {
			w := toks[q].lower
			aux = firstPersonAux[w] || strings.HasSuffix(w, "ly") && len(w) > 4
		}
		if !aux && we {
			continue // "As we mourn the dead, I ask you to": a "we" far from the act leaves it to a later "I"
		}
		if !aux {
			return
		}
		cl.subject, cl.subjPos = speaker, k
		return
	}
}

// quoteSpeakerAfter returns who goes on speaking after a sentence: the single
// person who says its last clause when the sentence ends by opening a quote
// (""...," he said. "I ..."), the speaker before when the sentence has no
// quote mark at all (still inside the quote), or nil. The tokenizer gives a
// quote mark that opens the next sentence to the sentence before it: such a
// last mark (text follows it with no space) leaves a sentence inside a quote
// still inside it, and after "X said: "..." (a quote left open, as news text
// leaves it when the quote goes on in the next paragraph) X goes on speaking.
func quoteSpeakerAfter(text string, toks []token, cls []clause, before *entRef) *entRef {
	opens := func(k int) bool { // text follows the mark with no space
		return toks[k].end < len(text) && !unicode.IsSpace(rune(text[toks[k].end]))
	}
	n := len(toks)
	if n > 0 && toks[n-1].text == "\"" && opens(n-1) {
		n-- // the mark opens the next sentence
	}
	last := -1
	for k := n - 1; k >= 0 && last < 0; k-- {
		if toks[k].text == "\"" {
			last = k
		}
	}
	if last < 0 {
		return before
	}
	if n < len(toks) && opens(last) {
		return openQuoteSpeaker(toks, cls, last)
	}
	if len(toks) == 0 || toks[len(toks)-1].text != "\"" || len(cls) < 2 {
		return nil
	}
	cl := cls[len(cls)-1]
	if len(cl.subject) != 1 || cl.subject[0].Kind != KindPerson ||
		!slices.ContainsFunc(toks[cl.start:min(cl.end, len(toks))], func(t token) bool { return sayVerbs[t.lower] }) {
		return nil
	}
	return cl.subject[0]
}

// quotedUntil returns the token the quote a sentence opens inside ends at
// (its first quote mark, or its end), or 0 when it does not open inside a
// quote someone goes on speaking (speaker nil). There the speaker is "I",
// so a "he" is someone the quote speaks of (see resolvePronounAt).
func quotedUntil(toks []token, speaker *entRef) int {
	if speaker == nil {
		return 0
	}
	for k, t := range toks {
		if t.text == "\"" {
			return k
		}
	}
	return len(toks)
}

// inQuoteFrom reports whether clause cl's first word comes before token
// quoted, the end of a quote the sentence opens inside (see quotedUntil):
// "X kept his word." is, the clause '," he said' after the mark is not.
func inQuoteFrom(toks []token, cl clause, quoted int) bool {
	k := cl.start
	for k < quoted && k < len(toks) && !toks[k].word {
		k++
	}
	return k < quoted
}

// openQuoteSpeaker returns the single person who opens the quote at mark q
// right after a verb of saying ("X said: "", "X added, "", "said X: ""), or
// nil.
func openQuoteSpeaker(toks []token, cls []clause, q int) *entRef {
	k := q - 1
	if k >= 0 && (toks[k].text == ":" || toks[k].text == ",") {
		k--
	}
	if k < 0 {
		return nil
	}
	for c := range cls {
		cl := cls[c]
		if k < cl.start || k >= cl.end || len(cl.subject) != 1 || cl.subject[0].Kind != KindPerson {
			continue
		}
		// The verb of saying ends the clause's words before the quote, or
		// its subject does ("said Mr Brown: "").
		for j := k; j >= cl.start && j >= k-4; j-- {
			if sayVerbs[toks[j].lower] {
				return cl.subject[0]
			}
		}
	}
	return nil
}

// firstPersonAux may stand between a quoted "I" and its act.
var firstPersonAux = toSet(`will would shall have 've 'll am 'm are 're be do also now today again`)

// possAppos reports whether mention m, reached from the group's last
// member over gap, is the possessor of an apposition: the gap is a lone
// comma (or a comma and "the"), m ends on "'s" and a lower-case word that
// no mention opens follows ("X, Tehran's pointman on Iraq, ...", "Y, the
// firm's chief, ..."). A list goes on with "and" ("A, B and C's leaders"),
// so a gap with "and" is never one.
func possAppos(toks []token, ms []mention, gap []token, m mention, end int) bool {
	if !m.poss || m.j+1 >= end || toks[m.j].lower != "'s" {
		return false
	}
	if len(gap) == 0 || gap[0].text != "," {
		return false
	}
	for _, t := range gap[1:] {
		if t.lower != "the" {
			return false
		}
	}
	next := toks[m.j+1]
	if !next.word || next.upper {
		return false
	}
	for _, o := range ms {
		if o.i == m.j+1 {
			return false
		}
	}
	return true
}

// quoteOpen reports whether toks[k] stands inside a quotation: an odd
// number of quote marks before it in its sentence, or none open and the
// next one closes a quotation (after a stop or comma, or ending the
// sentence: its opening mark went with the sentence before).
func quoteOpen(toks []token, k int) bool {
	n := 0
	for i := 0; i < k && i < len(toks); i++ {
		if isQuoteMark(toks[i].text) {
			n++
		}
	}
	if n%2 == 1 {
		return true
	}
	for q := k + 1; q < len(toks); q++ {
		if isQuoteMark(toks[q].text) {
			if q == len(toks)-1 {
				return true
			}
			switch toks[q-1].text {
			case ".", ",", "!", "?":
				return true
			}
			return false
		}
	}
	return false
}

// theyOpensAfterCountry reports "They" opening the sentence when the last
// subject is a single country: such a sentence speaks of people the one
// before named ("Labour's new posters say Britain is enjoying the lowest
// inflation. They urge voters ..."; "A group of MPs are calling on ... They
// have signed a motion"), since British news calls a state "it". A pair of
// countries or a government is still "they", and so is a plural
// people-name in the same sentence ("The French want it lifted because
// they want to sell arms"), which the clause loop reads before the last
// subject.
func (b *builder) theyOpensAfterCountry(w string, c int) bool {
	return w == "they" && c == 0 && b.theyOpensSentence() && len(b.lastSubject) == 1 && b.lastSubject[0].Kind == KindCountry
}

// theyOpensSentence reports "They" as the sentence's first word: the
// pronoun then looks back past this sentence, which the rules for such a
// "They" read (theyOpensAfterCountry, theyAfterNounSubject, the passive
// agent of resolvePronounAt).
func (b *builder) theyOpensSentence() bool {
	return len(b.pzToks) > 0 && b.pzToks[0].lower == "they"
}

// butVerbSubject gives a verb that opens a clause after "but" with no
// subject of its own ("He accepted the ruling but questioned why ...",
// "She said she backed the plan but criticised the timing") the subject the
// tree joins it to, when that subject is a pronoun another clause of the
// sentence has resolved: a named subject the tree reads itself
// (argsFromTree), but a pronoun is no mention, so the act was left with no
// doer. Only when the verb (after a few adverbs) follows "but" directly.
func (b *builder) butVerbSubject(toks []token, cls []clause, cl *clause, t trigger) ([]*entRef, bool) {
	if t.p.Noun || cl.start >= t.i || toks[cl.start].lower != "but" || len(cl.subject) > 0 {
		return nil, false
	}
	for k := cl.start + 1; k < t.i; k++ {
		if w := toks[k].lower; !midAdverbs[w] && !strings.HasSuffix(w, "ly") || w == "not" || w == "n't" || w == "never" {
			return nil, false
		}
	}
	p := b.tree()
	if p == nil || t.i >= len(p.words) {
		return nil, false
	}
	s, pass, ok := p.subjectOf(t.i)
	if !ok || s < 0 || s >= cl.start || !pronouns[toks[s].lower] {
		return nil, false
	}
	for c := range cls {
		if cls[c].subjPos == s && len(cls[c].subject) > 0 && cls[c].end <= cl.start {
			return cls[c].subject, pass
		}
	}
	return nil, false
}
