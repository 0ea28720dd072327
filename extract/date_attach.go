package extract

// A date the tree attaches inside a noun's phrase dates that noun, not
// another act of its clause: "the hearing in June will look at evidence
// from the raids" does not date the raids, and "they met the terms of a
// deal struck in 1998" does not date the meeting. Only a tree some rule has
// asked for already is read (askedTree), so no sentence is parsed for this.

// nounHeldDates drops from ds the dates the tree puts in a noun's phrase
// that does not hold trigger t: a date that modifies a subject noun
// (nmod: "the hearing in June"), or one in a participle clause that
// describes a noun (acl: "a deal struck in 1998", "rules coming into force
// on 1 May"). A trigger inside that phrase, or the noun itself ("a deal
// struck in 1998" for the deal), keeps it.
func (b *builder) nounHeldDates(toks []token, ds []dateExpr, t trigger) []dateExpr {
	if len(ds) == 0 || len(toks) == 0 || len(toks) != len(b.pzToks) || &toks[0] != &b.pzToks[0] {
		return ds
	}
	p := b.askedTree()
	if p == nil || len(p.words) != len(toks) {
		return ds
	}
	var out []dateExpr
	for _, d := range ds {
		if n := p.dateHolder(d, t); n < 0 || p.holds(n, t.i, t.j) {
			out = append(out, d)
		}
	}
	return out
}

// dateHolder is the noun or participle whose phrase holds date d when the
// tree attaches it there (see nounHeldDates), -1 otherwise.
func (p *parse) dateHolder(d dateExpr, t trigger) int {
	if d.j > len(p.words) {
		return -1
	}
	h := p.spanHead(d.i, d.j)
	if h < 0 {
		return -1
	}
	a := p.head(h)
	if a < 0 {
		return -1
	}
	switch {
	case p.words[h].Deprel == "nmod" && (p.words[a].UPOS == "NOUN" || p.words[a].UPOS == "PROPN") && p.rel(a) == "nsubj":
		// "The hearing in June will ...": the subject's own date; not
		// an actor's ("The party on Tuesday said", which the tree may
		// attach to the subject): that one dates the verb.
		if a < len(p.mAt) && p.mAt[a] > 0 {
			return -1
		}
		// Nor the date of a scene for its verb's own act or
		// complement: "A meeting on Monday saw Peru warn".
		if v := p.head(a); v >= 0 {
			if k := p.spanHead(t.i, min(t.j, len(p.words))); k == v || k >= 0 && p.head(k) == v {
				return -1
			}
		}
		return a
	case p.words[h].Deprel == "nmod" && p.words[a].UPOS == "NOUN" && p.rel(a) == "nmod" && !(a < len(p.mAt) && p.mAt[a] > 0):
		// Two nouns down: "support for a fair election in January",
		// "the rise in the minimum wage in October": the inner noun's
		// date.
		return a
	case p.words[a].Deprel == "acl" && p.verbal(a) && (p.words[a].XPOS == "VBN" || p.words[a].XPOS == "VBG"):
		// "a deal struck in 1998", "laws coming into force on 1 May".
		if n := p.head(a); n >= 0 {
			return n
		}
	}
	return -1
}

// holds reports whether the phrase of word n (n and the words under it in
// the tree) meets the span [i, j).
func (p *parse) holds(n, i, j int) bool {
	for k := i; k < j && k < len(p.words); k++ {
		for x, steps := k, 0; x >= 0 && steps < len(p.words); x, steps = p.head(x), steps+1 {
			if x == n {
				return true
			}
		}
	}
	return false
}
