package extract

// Persons tied to a body by a phrase right after their name, with no title
// the dictionary knows (of72):
//
//	Simon Hart of the Countryside Alliance has questioned ...
//	David Page, of Investec Securities, said ...
//	Graham Cluley from anti-virus firm Sophos ...
//	Adrian Hughes, currency strategist with HSBC in London
//	John Bourn, head of the NAO, said ...
//
// The person is the body's: its country, code and sector (a firm's analyst
// is business, an IGO's official keeps the IGO). Only a body the extractor
// recognises counts, and only when it opens right after the link word and
// a few lower-case words describing it ("from anti-virus firm Sophos"): a
// place or an unknown name there ("a farmer from Edo state told Reuters")
// gives nothing, so a body named later in the clause is never taken.

// bodyLinks join a name or a description to the body it serves.
var bodyLinks = toSet(`of for at with from`)

// notDescription are words that show the phrase after the comma is no
// description of the person: a verb ("X, has won sponsorship from Y"), a
// part ("one of the men"), a past tie ("formerly of Y", "former head of
// Y": the body is no longer theirs), a tie to a person, not the body ("a
// friend of the Tory leader").
var notDescription = toSet(`one some many who which that has have had is was were are will would former formerly ex
also and or but not friend friends wife husband son daughter brother sister father mother widow partner`)

// bodyAfterName gives person ms[m] (no code, title or role yet) the body
// named in the phrase after the name. It reports whether it did.
func (b *builder) bodyAfterName(toks []token, ms []mention, m int) bool {
	a := &ms[m]
	if !a.person || a.title != nil || a.ref == nil || a.ref.Code != "" || a.ref.Country != "" || a.ref.roleTitle != "" || a.ref.roleTail != nil || a.poss {
		return false
	}
	q := a.j
	if q >= len(toks) {
		return false
	}
	comma := toks[q].text == ","
	if comma {
		q++
	} else if w := toks[max(a.i-1, 0)]; a.i > 0 && w.word && !w.upper && !sayVerbs[w.lower] && w.lower != "and" && w.lower != "but" {
		// "an offer for Ferguson from Everton", "wants to sign X from
		// Arsenal": the phrase goes with the verb or the noun before
		// the name. "said X of the Y", "and X of the Y" and a name
		// opening the clause are read.
		return false
	}
	if q >= len(toks) {
		return false
	}
	switch {
	case toks[q].lower == "of" || toks[q].lower == "from":
		// "X of the Y", "X, from the Y,"
	case comma:
		// ", [a] currency strategist with the Y": up to four lower-case
		// words, then the link.
		if toks[q].lower == "a" || toks[q].lower == "an" || toks[q].lower == "the" {
			q++
		}
		k := q
		for k < len(toks) && k < q+4 && toks[k].word && !toks[k].upper && !bodyLinks[toks[k].lower] && !notDescription[toks[k].lower] && !prepositions[toks[k].lower] {
			k++
		}
		if k == q || k >= len(toks) || !bodyLinks[toks[k].lower] {
			return false
		}
		if k == q+1 && toks[q].lower == "head" && toks[k].lower == "of" {
			return b.headOfBody(toks, ms, m, k+1)
		}
		q = k
	default:
		return false
	}
	return b.takeBody(toks, ms, m, q+1)
}

// headOfBody reads "X, [the] head of <body>": the body's leader, as
// "chief" or "leader" of it would be. "head" is no title of the dictionary
// (it would read "Yahoo's head of consumer services X" and "head of UK
// equities" as leaders of Yahoo and the UK), so only the apposition whose
// "of" opens the body itself names its head: "head of research at Y",
// "head of the WEF's initiative", "deputy head", "ex-head" stay membership
// or nothing, as takeBody has them.
func (b *builder) headOfBody(toks []token, ms []mention, m, q int) bool {
	if !b.takeBody(toks, ms, m, q) {
		return false
	}
	p := ms[m].ref
	for _, c := range ms[m+1:] {
		if c.ref == p.roleTail && c.i >= q {
			// "head of Yukos main shareholders' group Menatep", "head of
			// the BT's business programmes": the name goes on to what
			// the person heads; membership stays.
			if c.j < len(toks) && toks[c.j].word && !headOfEnds[toks[c.j].lower] {
				return true
			}
			break
		}
	}
	b.giveRole(p, b.oneWordTitle("leader"), p.roleTail)
	return true
}

// headOfEnds are the words after "head of <body>" that end the phrase: the
// body is what the person heads ("head of EA in Europe, said").
var headOfEnds = toSet(`in and said says told who which`)

// takeBody finds the body's mention opening at token q (after an optional
// article and up to three lower-case words that describe it: "anti-virus
// firm Sophos") and gives its role to person ms[m].
func (b *builder) takeBody(toks []token, ms []mention, m, q int) bool {
	if q < len(toks) && (toks[q].lower == "the" || toks[q].lower == "a" || toks[q].lower == "an") {
		q++
	}
	q = afterBodyDescription(toks, q, notDescription)
	for n := m + 1; n < len(ms); n++ {
		c := ms[n]
		if c.i > q {
			return false
		}
		if c.i != q {
			continue
		}
		if c.ref == nil || c.person || c.loc || c.agr || c.ctx || c.poss || c.ref.Kind != KindOrganization || c.ref.Code == "" {
			return false
		}
		// "a friend of the Tory leader": the body's name opens a title
		// that stands for a person.
		if p := b.d.lookup(toks, c.j); p != nil && p.kind == phTitle {
			return false
		}
		// A body whose name goes on ("the NAO's", "Barclays Capital") is
		// read only when the mention ends the name.
		if c.j < len(toks) && (toks[c.j].upper || toks[c.j].lower == "'s") {
			return false
		}
		p := ms[m].ref
		p.roleTail, p.Country, p.Code, p.Sector, p.dictRole = c.ref, c.ref.Country, c.ref.Code, c.ref.Sector, false
		// The body's mention stays: it names the body for the article
		// (its initials, "the CEA" later; the article's country) and the
		// person's mention stays the name (its alias).
		return true
	}
	return false
}

// headBeforeName reads "<body> head [Sir] X" and "<body>'s head X" ("NAO
// head Sir X", "State Administration of Taxation head Y"): person ms[m]
// with no role leads the organization named right before "head". Only this
// position reads "head" as a title (see headOfBody for why it is no
// dictionary title).
func (b *builder) headBeforeName(toks []token, ms []mention, m int) bool {
	a := ms[m]
	if m == 0 || !a.person || a.title != nil || a.ref == nil || a.ref.roleTitle != "" || a.ref.roleTail != nil {
		return false
	}
	h := a.i - 1
	for h >= 0 && honorifics[toks[h].lower] {
		h-- // "Sir", "Dr": a style outside the name's mention
	}
	if h < 1 || toks[h].lower != "head" {
		return false
	}
	o := ms[m-1]
	if o.j != h && !(o.poss && o.j+1 == h) {
		return false
	}
	if o.ref == nil || o.person || o.loc || o.agr || o.ctx || o.ref.Kind != KindOrganization {
		return false
	}
	b.giveRole(a.ref, b.oneWordTitle("leader"), o.ref)
	return true
}
