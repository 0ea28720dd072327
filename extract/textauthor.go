package extract

// The body that issued a text is the doer of what the text is said to do:
// "A report by the Commons committee called for the agency to be wound
// up", "A letter from the commission urged Rome to cut its deficit". The
// body sits in the text noun's "by"/"from"/"of" phrase, which findSubject
// otherwise passes over as a prepositional phrase, so the clause had no
// subject and the act no source. The possessive form ("the committee's
// report called for ...") already takes its owner (speaksFor).

// studyNouns are texts a body draws up besides the issued ones of
// sayingNouns: what a committee or an institute finds and recommends.
var studyNouns = toSet(`study studies review inquiry survey audit`)

// textLinks join a text noun to its issuer. Not "of": "a study of the
// United States at war" is about the country, not by it.
var textLinks = toSet(`by from`)

// textAuthor reports whether mention m is the issuer (textIssuer) of a
// text noun that opens its clause (from `from`) after a determiner and at
// most two lower-case words ("A report by", "The latest study from"): the
// clause's subject. A text noun inside a phrase of its own ("according to
// a report by X", "in a letter from X") is no subject, and neither is its
// issuer.
func textAuthor(toks []token, m mention, from int) bool {
	n := textIssuer(toks, m)
	if n <= from || n-from > 3 || !determiners[toks[from].lower] {
		return false
	}
	for q := from + 1; q < n; q++ {
		if !toks[q].word || toks[q].upper || prepositions[toks[q].lower] {
			return false
		}
	}
	return true
}

// textIssuer is the index of the text noun (sayingNouns, studyNouns) whose
// "by"/"from" phrase mention m opens: after the link word an optional
// "the" and up to two lower-case words describing the body ("the report by
// telecoms giant BT"); -1 when there is none.
func textIssuer(toks []token, m mention) int {
	k := m.i - 1
	for d := 0; d < 2 && k >= 0 && toks[k].word && !toks[k].upper && !prepositions[toks[k].lower] && !determiners[toks[k].lower]; d++ {
		k--
	}
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k < 1 || !textLinks[toks[k].lower] {
		return -1
	}
	if w := toks[k-1].lower; !sayingNouns[w] && !studyNouns[w] {
		return -1
	}
	return k - 1
}

// A later "The report urged the CSA to draw up contingency plans" is the
// same body's act, the text named by its issuer before ("A report by the
// committee", "the committee's report", "the institute published a study").
// The clause opens with the text noun and no actor, so it had no source.

// textOwnerReach is how many sentences back the issuer of a text is
// looked for.
const textOwnerReach = 8

// noteTextOwner remembers, for each text noun, the one actor the sentence
// names as issuing it: the body in its "by"/"from" phrase, the owner of
// a possessive before the noun ("the committee's report"), or the subject
// of a clause that issues the text ("the institute released a report").
// Two issuers of the same noun in one sentence tie: a later "the report"
// may be either's.
func (b *builder) noteTextOwner(toks []token, ms []mention, cls []clause) {
	owners := map[string][]*entRef{}
	note := func(noun string, r *entRef) {
		if r != nil && !inRefs(r, owners[noun]) {
			owners[noun] = append(owners[noun], r)
		}
	}
	for _, c := range cls {
		if c.subjIdx < 0 || c.subjIdx >= len(ms) || len(c.subject) != 1 {
			continue
		}
		for q := c.subjPos + 1; q < c.end && q < c.subjPos+8; q++ {
			if w := toks[q].lower; (sayingNouns[w] || studyNouns[w]) && issuedText(toks, q) {
				note(w, c.subject[0])
				break
			}
		}
	}
	for _, m := range ms {
		if !actorMention(m) {
			continue
		}
		if n := textIssuer(toks, m); n >= 0 {
			note(toks[n].lower, m.ref)
		}
		if !m.poss || m.person {
			continue
		}
		for q := m.j + 1; q < len(toks) && q < m.j+3; q++ {
			if w := toks[q].lower; sayingNouns[w] || studyNouns[w] {
				note(w, m.ref)
				break
			}
		}
	}
	if b.textOwners == nil {
		b.textOwners = map[string]textOwner{}
	}
	for noun, rs := range owners {
		o := textOwner{at: b.sents}
		if len(rs) == 1 {
			o.ref = rs[0]
		}
		b.textOwners[noun] = o
	}
}

// textOwner is the issuer of a text and the sentence it was named in.
type textOwner struct {
	ref *entRef
	at  int
}

// textNounSubject is the issuer of the text a clause opens with ("The
// report urged ...", "The study also calls on ..."): "the", at most two
// modifiers and a singular text noun before the verb, no actor among them
// (unnamedNounSubject), the issuer named within textOwnerReach sentences.
// nil when the text has no known issuer.
func (b *builder) textNounSubject(toks []token, ms []mention, cl clause) *entRef {
	// A text noun with an issuer first: findSubject asks this of every
	// clause left without a subject, and unnamedNounSubject may tag the
	// sentence to read its words.
	named := false
	for q := cl.start + 1; q < cl.end && q <= cl.start+3 && !named; q++ {
		_, named = b.textOwners[toks[q].lower]
	}
	if !named || !b.unnamedNounSubject(toks, ms, cl) {
		return nil
	}
	for q := cl.start + 1; q < cl.end && q <= cl.start+3; q++ {
		o, ok := b.textOwners[toks[q].lower]
		if !ok || q+1 < len(toks) && b.dictXPOS(q+1) == "NN" {
			continue
		}
		if o.ref == nil || b.sents-o.at > textOwnerReach {
			return nil
		}
		return o.ref
	}
	return nil
}
