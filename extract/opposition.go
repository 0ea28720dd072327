package extract

// Critics and opponents of a state's rulers. "Kremlin critics", "Mr
// Erdogan's critics", "political opponents of the Maldives government":
// the phrase names the government or leader only to say whom these people
// stand against, so they are that state's opposition (sector OPP), as coded
// news has it, and never the government or leader the word rules would
// otherwise make the doer or the one acted on. Critics of anything else (a
// law, a firm, a film, a country as a whole) are a group of no country
// (collectiveWords): a guessed country would be worse than none.

// opposingNouns name people by their stand against someone. Only plurals:
// "a critic of President X", "X's election rival" is one person, whom the
// text names ("former general Y"), not a state's opposition.
var opposingNouns = toSet(`critics opponents rivals`)

// notOwnPeople are words before an opposing noun that say the people stand
// outside the state ("the Kremlin's foreign critics"): no opposition of it.
var notOwnPeople = toSet(`foreign international western overseas outside`)

var oppositionSector = &sectorWord{Sector: "OPP", Canonical: "opposition"}

// opposedRulers reads the mentions an opposing noun is about: a state's
// government or leader becomes that state's opposition, its mention
// stretched over the whole phrase so that the tree's subject or object word
// (the noun) falls inside it. Any other mention so placed (a country, a
// firm, a law) only says whom they oppose and is dropped, as
// relationalPossessors drops the one whose ally someone is.
func (b *builder) opposedRulers(toks []token, ms []mention, isVerb func(string) bool) []mention {
	out := ms[:0:0]
	b.opposedPersons = nil
	for _, m := range ms {
		if m.ref == nil || m.loc || m.agr || m.ctx && m.ref.Kind == KindCountry {
			// (A nationality adjective says whose people the critics
			// are, "Ugandan critics", not whom they oppose.)
			out = append(out, m)
			continue
		}
		i, j, ok := opposingPhrase(toks, m.i, m.j, isVerb)
		if !ok {
			out = append(out, m)
			continue
		}
		state := b.ruledState(m.ref)
		if state == nil {
			// "critics of Chile", "opponents of the bill": whom they
			// oppose is no actor of their acts (it stays an entity).
			continue
		}
		opp := b.bodyRef(state, oppositionSector, "")
		out = append(out, mention{i: i, j: j, ref: opp})
		if m.ref.Kind == KindPerson {
			// Kept for what the critics say of him (criticsAccusations).
			if b.opposedPersons == nil {
				b.opposedPersons = map[int]*entRef{}
			}
			b.opposedPersons[i] = m.ref
		}
		b.addMention(opp, toks[i].start, toks[j-1].end)
	}
	return out
}

// opposingPhrase finds the opposing noun whose phrase the mention at tokens
// [i, j) names the one opposed in: after it by "of" ("critics of the
// government", "opponents of Mr Putin") or before it as a possessive or a
// compound ("Mr Erdogan's critics", "Kremlin critics"), with at most two
// lower-case modifiers between a possessor and the noun ("Mr Erdogan's
// fiercest critics"). It returns the tokens of the whole phrase; ok is false when
// there is none, or a modifier says the people are not the state's own.
// The phrase starts at the noun: a word before it may be a verb the tree
// alone could tell ("bankroll political opponents").
func opposingPhrase(toks []token, i, j int, isVerb func(string) bool) (start, end int, ok bool) {
	// "critics of (the) X"
	q := i - 1
	if q >= 0 && honorifics[toks[q].lower] {
		q-- // "opponents of Mr Putin": the name's mention starts after "Mr"
	}
	if q >= 0 && determiners[toks[q].lower] {
		q--
	}
	if q >= 1 && toks[q].lower == "of" && opposingNouns[toks[q-1].lower] && !(j < len(toks) && plainModifier(toks[j]) && !isVerb(toks[j].lower)) {
		// (Only a mention that ends the "of" phrase: in "critics of the
		// Ugandan invasion" it modifies what they oppose.)
		n := q - 1
		for x := n - 1; x >= 0 && x >= n-2; x-- {
			if notOwnPeople[toks[x].lower] {
				return 0, 0, false
			}
		}
		return n, j, true
	}
	// "X's critics", "X critics"
	k := j
	if k < len(toks) && (toks[k].lower == "'s" || toks[k].lower == "'") {
		k++
	}
	if end, ok := nounAfterModifiers(toks, k, opposingNouns, notOwnPeople, isVerb); ok {
		return i, end, true
	}
	return 0, 0, false
}

// ruledState is the country whose rulers ref is: a government body of a
// state ("the Kremlin", "the Turkish government") or a person holding a
// state's office ("Mr Erdogan"). nil for a country itself ("critics of
// Israel" may be anyone's), a firm, a party or a person of no office.
func (b *builder) ruledState(ref *entRef) *entRef {
	if ref.Country == "" || b.d.byISO[ref.Country] == nil {
		return nil
	}
	switch {
	case ref.Kind == KindOrganization && ref.Sector == "GOV":
	case ref.Kind == KindPerson && ref.Sector == "GOV" && ref.roleTitle != "":
	default:
		return nil
	}
	return b.countryRef(b.d.byISO[ref.Country])
}
