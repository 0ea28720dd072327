package extract

// requestedConjunct reports whether verb trigger t is a later conjunct of
// the infinitive an appeal or demand asks for: in "called on the government
// to "practise what it preaches" and either free or charge the detained
// men", "free" and "charge" are asked of the government like "practise",
// not done by the one who asks. The tree links t by "conj" to the first
// verb, which stands right after the "to" that ends an appeal (02) or
// demand (10) trigger, past an opening quote. silentGovernor and
// absorption cover that first verb; without this its conjuncts read as
// the asker's own acts.
func (b *builder) requestedConjunct(toks []token, t trigger) bool {
	if t.p.Noun {
		return false
	}
	if !b.askedBefore(t) || !conjunctWords[toks[t.i-1].lower] {
		return false // parse only when it may be so: a parse moves dates elsewhere (date_attach.go)
	}
	p := b.tree()
	if p == nil || t.i >= len(p.words) {
		return false
	}
	h := t.i
	for n := 0; n < 3 && h >= 0 && p.rel(h) == "conj"; n++ {
		h = p.head(h)
	}
	if h == t.i || h < 1 || h > t.i {
		return false
	}
	k := h - 1
	if !toks[k].word && k > 0 {
		k-- // an opening quote: to "practise what it preaches"
	}
	if toks[k].lower != "to" {
		return false
	}
	for _, u := range b.trigs {
		if askingTo(u) && u.j == k+1 {
			return true
		}
	}
	return false
}

// conjunctWords open a later conjunct: "and free", "or charge", "and
// either free".
var conjunctWords = toSet(`and or either`)

// askingTo reports whether u is a verb pattern of appeal (02) or demand
// (10), the roots demandRoots holds, ending in "to": "called on * to",
// "urged * to".
func askingTo(u trigger) bool {
	return !u.p.Noun && demandRoots[u.p.Code[:2]] && u.p.Words[len(u.p.Words)-1] == "to"
}

// askedBefore reports whether an askingTo trigger ends before t.
func (b *builder) askedBefore(t trigger) bool {
	for _, u := range b.trigs {
		if askingTo(u) && u.j < t.i {
			return true
		}
	}
	return false
}
