package extract

import "strings"

// Descriptions standing for a person named before. A report names a
// person with a noun of what they are ("US tycoon Malcolm Glazer", "Rock
// star X", "X, the Hollywood actor,") and later calls them by that noun
// alone ("the US tycoon", "the star"). Only a noun the article itself has
// tied to the person is read so: "the tycoon" of a report that never calls
// anyone a tycoon stays no one, rather than the person named last (an
// unknown person left without a country is better than a wrong one).
// Titles of office ("the minister") are personByTitle's; bodies ("the
// company") are definiteBodies'.

// descTie is one person an article has described with a noun of
// occupations, and the words that came before the noun there ("US" in "US
// tycoon X"), lower case.
type descTie struct {
	p    *entRef
	mods []string
}

// describedPersons adds a mention for each "the [modifiers] <noun>" no
// mention covers, where the noun is one of occupations and the article has
// tied it to exactly one person before (see noteDescriptions) whose tie
// holds every modifier ("the US tycoon" after "US tycoon X", not "the
// Scotland coach" after "England coach Y"). A noun followed by "of", a
// hyphen or a capitalized word is another person, a title of their own or
// a modifier ("the coach of Y", "the Scotland coach Matt Reid", "the best
// actor Bafta"). The sentence's own ties are noted afterwards.
func (b *builder) describedPersons(toks []token, ms []mention) []mention {
	if len(b.descTies) > 0 {
		for k := 1; k < len(toks); k++ {
			noun := toks[k].lower
			if !occupations[noun] || toks[k].upper || toks[k].hyph || inMention(ms, k) || b.descTies[noun] == nil {
				continue
			}
			if k+1 < len(toks) && (toks[k+1].lower == "of" || toks[k+1].hyph || toks[k+1].upper) {
				continue
			}
			if p := b.d.lookup(toks, k); p != nil && p.kind == phTitle {
				continue // an office: personByTitle's
			}
			the, mods := descriptionOpening(toks, k)
			if the < 0 {
				continue
			}
			p := b.describedPerson(noun, mods)
			if p == nil {
				continue
			}
			if debugTrig {
				println("DESCRIBED", noun, p.ID, "::", spanText(toks, 0, len(toks)))
			}
			m := mention{i: the, j: k + 1, ref: p, person: true}
			if k+1 < len(toks) && toks[k+1].lower == "'s" {
				m.poss = true
			}
			ms = replaceSpan(ms, m)
			b.touch(p)
		}
	}
	b.noteDescriptions(toks, ms)
	return ms
}

// descriptionOpening finds the "the" that opens the description ending in
// the noun at k, with at most two words between (a country or club, an
// adjective, an age: "the US tycoon", "the Olympic champion", "the
// 32-year-old rapper"), and returns its index and those words (see
// wordsBack); -1 when there is none.
func descriptionOpening(toks []token, k int) (int, []string) {
	mods, q := wordsBack(toks, k, 3)
	if q < 0 || toks[q].lower != "the" || len(mods) > 2 {
		return -1, nil
	}
	return q, mods
}

// wordsBack lists, lower case and nearest first, the up to max words
// before token k back to an article (apposDeterminers) or a mark, a
// hyphenated word as one ("32-year-old"), and the index of the token it
// stopped at (-1 at the sentence's start, or when max words did not reach
// it).
func wordsBack(toks []token, k, max int) ([]string, int) {
	var words []string
	word := ""
	for q := k - 1; q >= 0; q-- {
		t := toks[q]
		if word == "" && (!t.word || apposDeterminers[t.lower]) {
			return words, q
		}
		if !t.word {
			return words, -1
		}
		if word != "" {
			word = t.lower + "-" + word
		} else {
			word = t.lower
		}
		if t.hyph {
			continue
		}
		if len(words) == max {
			return words, -1
		}
		words = append(words, word)
		word = ""
	}
	return words, -1
}

// describedPerson is the one person the article tied to noun with every
// word of mods, nil when none or several.
func (b *builder) describedPerson(noun string, mods []string) *entRef {
	var found *entRef
	for _, t := range b.descTies[noun] {
		if !allIn(mods, t.mods) {
			continue
		}
		if found != nil && found != t.p {
			return nil
		}
		found = t.p
	}
	return found
}

// allIn reports whether every word of a is in b.
func allIn(a, b []string) bool {
	for _, w := range a {
		if !contains(b, w) {
			return false
		}
	}
	return true
}

// noteDescriptions records the nouns of occupations the sentence ties to a
// person it names: right before the name ("US tycoon Malcolm Glazer",
// "Rock star X") or in an apposition right after it ("X, the US tycoon,",
// "X, a veteran campaigner.").
func (b *builder) noteDescriptions(toks []token, ms []mention) {
	for _, m := range ms {
		if m.ref == nil || m.ref.Kind != KindPerson || m.loc || !toks[m.j-1].upper {
			continue // a name's mention, not "the chairman" (see personByTitle)
		}
		if k := m.i - 1; k >= 0 && occupations[toks[k].lower] && (!toks[k].upper || k == 0) && !toks[k].hyph {
			mods, _ := wordsBack(toks, k, 3) // "US" in "from US tycoon X"
			b.addDescTie(toks[k].lower, m.ref, mods)
		}
		if k, mods := appositionNoun(toks, m.j); k >= 0 {
			b.addDescTie(toks[k].lower, m.ref, mods)
		}
	}
}

// addDescTie notes that the article called p a noun, with mods before it.
func (b *builder) addDescTie(noun string, p *entRef, mods []string) {
	if b.descTies == nil {
		b.descTies = map[string][]descTie{}
	}
	if debugTrig {
		println("DESCTIE", noun, p.ID, strings.Join(mods, " "))
	}
	b.descTies[noun] = append(b.descTies[noun], descTie{p: p, mods: mods})
}

// appositionNoun finds the noun of occupations closing an apposition that
// opens at token j, right after a name: ", the US tycoon," or ", a former
// actor." (at most three words between the article and the noun). It
// returns the noun's index and the words before it, or -1.
func appositionNoun(toks []token, j int) (int, []string) {
	if j+2 >= len(toks) || toks[j].text != "," || !apposDeterminers[toks[j+1].lower] {
		return -1, nil
	}
	for k := j + 2; k < len(toks) && k <= j+5; k++ {
		t := toks[k]
		if !t.word {
			return -1, nil
		}
		if occupations[t.lower] && !t.upper && !t.hyph && (k+1 == len(toks) || !toks[k+1].word) {
			if mods, q := wordsBack(toks, k, 3); q == j+1 {
				return k, mods
			}
			return -1, nil // "X, the manager or a player": a list, no apposition
		}
	}
	return -1, nil
}

// replaceSpan puts m in ms in place of the mentions inside its span ("US"
// in "the US tycoon", where it says where the person comes from).
func replaceSpan(ms []mention, m mention) []mention {
	out := ms[:0:0]
	for _, o := range ms {
		if o.i >= m.i && o.j <= m.j {
			continue
		}
		out = append(out, o)
	}
	at := insertAt(out, m.i)
	return append(out[:at], append([]mention{m}, out[at:]...)...)
}
