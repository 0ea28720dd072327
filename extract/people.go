package extract

// affiliationBefore finds the body or country named right before person
// mention m across a few lower-case words of description: "EU trade
// commissioner Peter Mandelson" (the EU), "UK campaigner Shami Chakrabarti"
// (the United Kingdom), "Iranian blogger Arash Sigarchi" (Iran), "Party
// leader X" (the party named right before the title). It is what
// the text says of that person; nil when nothing is named there.
func affiliationBefore(toks []token, ms []mention, m mention) *entRef {
	k := m.i
	for n := 0; n < 3 && k > 0; n++ {
		w := toks[k-1]
		if !w.word || w.upper || determiners[w.lower] || prepositions[w.lower] || pronouns[w.lower] || sayVerbs[w.lower] ||
			isAux(w.lower) || modalWords[w.lower] || w.lower == "and" || w.lower == "or" || w.lower == "'s" {
			break
		}
		k--
	}
	for _, o := range ms {
		if o.j == k && o.ref != nil && !o.person && !o.loc && !o.agr && o.ref.Kind != KindPerson {
			if o.ref.Kind == KindCountry || o.ref.Kind == KindOrganization || o.ref.Kind == KindGroup {
				return o.ref
			}
		}
	}
	return nil
}
