package extract

// The antecedent of "it" in the sentence after one whose main clause has a
// singular body for its subject.
//
// lastSubject is the subject of the last clause of a sentence that has one,
// so after "The committee said the audit office should investigate" or "In
// its filing, Deutsche Bank said Houston was a place in which Yukos owns
// nothing" a following "It blamed ..." or "It also said ..." took the body
// named inside the complement (the audit office, Yukos) for the one that
// speaks on. A sentence-level "it" goes back to the main clause's subject
// when that subject is one organisation or country; a person there leaves
// "it" to the complement's body ("Mr Ray said the firm would ... It ...").

// mainClause is the index of the sentence's main clause: the first that is
// no reported, relative or subordinate clause; -1 when there is none.
func mainClause(cls []clause) int {
	for k, cl := range cls {
		if cl.parent < 0 && !cl.reported && !cl.relative && !cl.fronted && !cl.sub && !cl.cond {
			return k
		}
	}
	return -1
}

// mainItSubject gives what a later sentence's "it" stands for by the main
// clause of this one, and whether the main clause decides it at all:
//   - its subject, when that is one organisation or country ("Deutsche
//     Bank said ...");
//   - nothing, when that subject is a country that only modifies the name
//     after it ("US Airways is in bankruptcy": the airline, which no
//     mention covers, not the United States);
//   - the owner of a possessive that opens the clause, when the clause has
//     no subject ("Heineken's net income fell") or a body after it ("The
//     Russian government's argument was that Yukos owed ...", where the
//     clause's subject is Yukos);
//   - nothing, when the clause opens with an unnamed singular noun before
//     its verb ("The committee said the audit office should ..."): that
//     body, which no actor covers, is who "it" is.
//
// Otherwise (a person, a plural, no main clause) it does not decide.
func (b *builder) mainItSubject(toks []token, ms []mention, cls []clause) ([]*entRef, bool) {
	c := mainClause(cls)
	if c < 0 {
		return nil, false
	}
	cl := cls[c]
	if r := possessiveOpener(toks, ms, cl); r != nil && (len(cl.subject) == 0 || pronounFits("it", cl.subject) && cl.subjPos > cl.start+1) {
		return []*entRef{r}, true
	}
	if len(cl.subject) > 0 {
		if !pronounFits("it", cl.subject) {
			return nil, false
		}
		if m := cl.subjIdx; m >= 0 && m < len(ms) && countryModifier(toks, ms, ms[m]) {
			return nil, true
		}
		return cl.subject, true
	}
	if b.unnamedNounSubject(toks, ms, cl) {
		return nil, true
	}
	return nil, false
}

// possessiveOpener is the body whose possessive opens clause cl ("Heineken's
// net income", "The Russian government's argument"), nil when none.
func possessiveOpener(toks []token, ms []mention, cl clause) *entRef {
	for _, m := range ms {
		if m.i < cl.start || m.i > cl.start+2 || m.ref == nil {
			continue
		}
		if m.poss && !m.person && !m.loc && !m.agr && m.ref.Kind != KindPerson && (m.i == cl.start || toks[cl.start].lower == "the") {
			return m.ref
		}
		return nil
	}
	return nil
}

// countryModifier reports a country mention that a capitalized word follows,
// no mention on it or one of a body ("US Airways", read as the country and a
// body "Airways"): the country is part of a name, not the subject. Not
// before a possessive ("Iran - Opec's second-biggest producer -", the
// dashes gone from the tokens).
func countryModifier(toks []token, ms []mention, m mention) bool {
	if m.ref.Kind != KindCountry || m.poss || m.j >= len(toks) || !toks[m.j].word || !toks[m.j].upper {
		return false
	}
	for _, n := range ms {
		if n.i == m.j && (n.ref == nil || n.person || n.loc || n.poss || n.ref.Kind != KindOrganization) {
			return false
		}
	}
	return true
}

// unnamedNounSubject reports a clause that opens ("The committee said",
// "The watchdog has ...") with "the", modifiers and a singular common noun
// (tagger tags, no parse), no word of it a mention, followed by a verb
// after adverbs.
func (b *builder) unnamedNounSubject(toks []token, ms []mention, cl clause) bool {
	k := cl.start
	if k >= len(toks) || toks[k].lower != "the" {
		return false
	}
	for k++; k < cl.end && k < len(toks) && k < cl.start+5; k++ {
		if !toks[k].word || mentionStartsAt(ms, k) || b.pzMAt != nil && b.pzMAt[k] != 0 {
			return false
		}
		switch x := b.dictXPOS(k); x {
		case "JJ", "NN":
			if x == "JJ" || k+1 < len(toks) && b.dictXPOS(k+1) == "NN" {
				continue
			}
			v := k + 1
			for v < cl.end && v < len(toks) && b.dictXPOS(v) == "RB" {
				v++
			}
			return v < cl.end && v < len(toks) && (b.dictXPOS(v) == "VBD" || b.dictXPOS(v) == "VBZ" || b.dictXPOS(v) == "MD")
		default:
			return false
		}
	}
	return false
}
