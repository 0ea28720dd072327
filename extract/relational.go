package extract

// relationalNouns name someone by their relation to another: "Israel's ally",
// "Iran's rival", "China's trading partners", "Syria's neighbours". The one
// before such a noun is not the one meant: an ally or proxy of X is someone
// else, so X is no actor of the sentence's events (it stays an entity).
var relationalNouns = toSet(`ally allies partner partners proxy proxies rival rivals enemy enemies foe foes
opponent opponents neighbour neighbours neighbor neighbors`)

// relationalPossessors drops the actor mentions that only name whose ally,
// partner, rival or neighbour someone is: the mention, its possessive "'s"
// (the rule reads possessives only) and at most two plain lower-case words ("militia", "closest", "trading")
// before a relational noun that is not a verb ("partners with").
func relationalPossessors(toks []token, ms []mention, isVerb func(string) bool) []mention {
	out := ms[:0:0]
	for _, m := range ms {
		if m.ref != nil && !m.loc && !m.agr && relationalAfter(toks, m.i, m.j, isVerb) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// relationalAfter reports whether the mention at tokens [i, j) is the
// possessor before a relational noun.
func relationalAfter(toks []token, i, j int, isVerb func(string) bool) bool {
	k := j
	if k < len(toks) && (toks[k].lower == "'s" || toks[k].lower == "'") {
		k++
	} else {
		// Only a possessive, after the mention or inside it ("Israel's
		// militia ally"): "a German rival", "NATO allies", "EU partners"
		// are of that kind or body.
		poss := false
		for q := i; q < j; q++ {
			poss = poss || toks[q].lower == "'s" || toks[q].lower == "'"
		}
		if !poss {
			return false
		}
	}
	_, ok := nounAfterModifiers(toks, k, relationalNouns, nil, isVerb)
	return ok
}

// nounAfterModifiers reports whether a noun of nouns comes at token k or
// after at most two plain lower-case modifiers there (none a verb nor a
// word of stop), and returns the index after it: the scan after a
// possessor that relationalAfter and opposingPhrase share. A noun followed
// by "with" or "to" is another sense ("partners with", "allied to",
// "opponent to").
func nounAfterModifiers(toks []token, k int, nouns, stop map[string]bool, isVerb func(string) bool) (int, bool) {
	for n := 0; n <= 2 && k < len(toks); n++ {
		w := toks[k].lower
		if nouns[w] {
			if k+1 < len(toks) && (toks[k+1].lower == "with" || toks[k+1].lower == "to") {
				return 0, false
			}
			return k + 1, true
		}
		if n == 2 || !plainModifier(toks[k]) || isVerb(w) || stop[w] {
			return 0, false
		}
		k++
	}
	return 0, false
}

// plainModifier reports whether token t can be a lower-case modifier inside
// a noun phrase ("political", "vocal", "most").
func plainModifier(t token) bool {
	return t.word && !t.upper && !determiners[t.lower] && !prepositions[t.lower] && !beForms[t.lower] && t.lower != "and" && t.lower != "or"
}
