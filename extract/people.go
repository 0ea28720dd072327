package extract

import "strings"

// affiliationBefore finds the body or country named right before person
// mention m across a few lower-case words of description: "EU trade
// commissioner Peter Mandelson" (the EU), "UK campaigner Shami Chakrabarti"
// (the United Kingdom), "Iranian blogger Arash Sigarchi" (Iran), "Party
// leader X" (the party named right before the title). It is what
// the text says of that person; nil when nothing is named there. A
// possessive names the body too: "Barclays' chief John Varley".
func affiliationBefore(toks []token, ms []mention, m mention) *entRef {
	k, poss := m.i, false
	for n := 0; n < 3 && k > 0; n++ {
		w := toks[k-1]
		if n == 0 && m.title != nil && w.word && w.upper && !namedAt(ms, k-1) {
			// "EU Trade Commissioner X", "Britain's Europe Director
			// Y": a capitalized word of the title or a region, right
			// before it ("Australian Open champion X" has no title).
			k--
			continue
		}
		if !w.word || w.upper || determiners[w.lower] || prepositions[w.lower] || pronouns[w.lower] || sayVerbs[w.lower] ||
			isAux(w.lower) || modalWords[w.lower] || w.lower == "and" || w.lower == "or" || w.lower == "'s" {
			break
		}
		k--
	}
	if k >= 2 && (toks[k-1].lower == "'s" || toks[k-1].text == "'" || toks[k-1].text == "\u2019") {
		// "Barclays' chief John Varley", "BMW's finance chief X": the
		// body whose title it is.
		k--
		poss = true
	}
	for _, o := range ms {
		if poss && !toks[o.j-1].upper {
			continue // "women's champion X": a common noun owns no one
		}
		if o.j == k && o.ref != nil && !o.person && !o.loc && !o.agr && o.ref.Kind != KindPerson {
			if o.ref.Kind == KindCountry || o.ref.Kind == KindOrganization || o.ref.Kind == KindGroup {
				return o.ref
			}
		}
	}
	return nil
}

// acronymWords are acronyms of four letters or more that are also English
// words or names when written in title case ("Pace of growth").
var acronymWords = toSet(`pace sana care isis milf`)

// titleCaseAcronym reports whether w is an acronym of four letters or more
// written as a word ("Farc", "Nato", "Asean", "Ecowas"), as many outlets
// write them: the all-caps alias in the dictionary then matches it.
func titleCaseAcronym(w string) bool {
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return !acronymWords[strings.ToLower(w)]
}

// notAcronymBodies are all-caps words that name no body: measures, units,
// diseases, titles and the like.
var notAcronymBodies = toSet(`ceo cfo coo cto gdp gnp vat tv pm am ad bc aids hiv covid sars mers ebola dna rna usd eur gbp
gmt bst est pst edt cet utc ok ii iii iv vi vii viii ix xi xii xiv xv xx mp mps mep meps qc md phd mba bbc ltd plc inc llc
co pr it ai id pc pcs sms mp3 dvd cd cds ipo ipos ceos faq diy rip omg lol gps usb led lcd nb ps pps kg km mph cm mm ft
ok etc vip vips nhs spokesman`)

// unknownAcronym reports an all-caps word of three to six letters at k that
// is not part of an all-caps run (a headline in capitals) and names no
// measure or title: the acronym of a body.
func unknownAcronym(toks []token, k int) bool {
	w := toks[k].text
	if len(w) < 3 || len(w) > 6 || notAcronymBodies[toks[k].lower] {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	caps := func(i int) bool {
		if i < 0 || i >= len(toks) || !toks[i].word || len(toks[i].text) < 2 {
			return false
		}
		return strings.ToUpper(toks[i].text) == toks[i].text && strings.ToLower(toks[i].text) != toks[i].text
	}
	return !caps(k-1) && !caps(k+1)
}

// actsNext reports whether the word at k is a verb the name before it is
// the subject of: an auxiliary or modal, a verb of saying, or a verb of the
// patterns in its past tense ("DHS returned", "the ACLU has sued").
func (b *builder) actsNext(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].word || toks[k].upper {
		return false
	}
	w := toks[k].lower
	return isAux(w) || modalWords[w] || sayVerbs[w] || personVerbs[w] ||
		len(b.d.verbs[w]) > 0 && (strings.HasSuffix(w, "ed") || irregularPast[w] || strings.HasSuffix(w, "s"))
}

// actsAfterPlace reports whether the words at k are "in" or "at" and a place
// the dictionaries know, followed by a verb the name before them is the
// subject of (see actsNext): "ICE in Miami returned", "the summit in
// Geneva agreed".
func (b *builder) actsAfterPlace(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].lower != "in" && toks[k].lower != "at" {
		return false
	}
	p := b.d.lookup(toks, k+1)
	if p == nil || p.kind != phCountry && p.kind != phCapital && p.kind != phLocation {
		return false
	}
	return b.actsNext(toks, k+1+len(p.toks))
}

// actingAcronyms returns the unknown acronyms (lower case) that stand as a
// clause's subject somewhere in the article, as nameRef reads them there
// ("TCI said", "ICE in Miami returned"): the acronym names a body in every
// sentence, also in those before the one where it acts. Nil when none.
func (b *builder) actingAcronyms(sents []sentence) map[string]bool {
	var out map[string]bool
	for _, s := range sents {
		toks := s.toks
		for k := range toks {
			if !toks[k].word || !unknownAcronym(toks, k) || k > 0 && toks[k-1].word {
				continue
			}
			if b.actsNext(toks, k+1) || b.actsAfterPlace(toks, k+1) {
				if out == nil {
					out = map[string]bool{}
				}
				out[toks[k].lower] = true
			}
		}
	}
	return out
}

// knownAcronym finds the organization an acronym names: one met in the
// article, else one of the dictionary.
func (b *builder) knownAcronym(acro string) *entRef {
	if r := b.aliases[strings.ToLower(acro)]; r != nil && r.Kind != KindPerson {
		return r
	}
	for _, p := range b.d.phrases[strings.ToLower(acro)] {
		if len(p.toks) == 1 && p.kind == phOrg && p.org != nil {
			return b.orgRef(p.org)
		}
	}
	return nil
}

// namedAt reports whether token i is part of a mention of a body, a
// country or a person (not of a place: "Europe" in "Britain's Europe
// director" describes the office).
func namedAt(ms []mention, i int) bool {
	for _, o := range ms {
		if o.i <= i && i < o.j && !o.loc {
			return true
		}
	}
	return false
}

// spelledAcronym reports an all-caps word of two to six letters at k that
// is not part of an all-caps run and is no common abbreviation
// (notAcronymBodies): a word that may stand for a body the article has
// spelled out (see bodySpelled).
func spelledAcronym(toks []token, k int) bool {
	w := toks[k].text
	if len(w) == 2 {
		if notAcronymBodies[toks[k].lower] {
			return false
		}
		for i := 0; i < 2; i++ {
			if w[i] < 'A' || w[i] > 'Z' {
				return false
			}
		}
		caps := func(i int) bool {
			return i >= 0 && i < len(toks) && toks[i].word && len(toks[i].text) >= 2 &&
				strings.ToUpper(toks[i].text) == toks[i].text && strings.ToLower(toks[i].text) != toks[i].text
		}
		return !caps(k-1) && !caps(k+1)
	}
	return unknownAcronym(toks, k)
}
