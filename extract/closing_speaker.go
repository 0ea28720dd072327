package extract

// The speaker who closes a report told before it ('"X is a fine player," he
// said', "Why will the minister not ..., he demanded"): a person named as
// the subject of that report is whom it speaks of, not who "he" is.

// closingPronoun reports whether clause cl opens with the pronoun w right
// before a verb of saying or claiming (", he demanded.", '," she said'):
// only a comma or quote mark comes first; the clause splitter has already
// made the clause the speaker of the report before it. A pronoun later in
// the clause (", confirmed she would ...") or after a clause split at an
// apposition ("X, 34, from Y, said he ...") is not one.
func closingPronoun(toks []token, cl clause, w string) bool {
	k := cl.start
	for k < cl.end && k < len(toks) && !toks[k].word {
		if t := toks[k].text; t != "," && !isQuoteMark(t) {
			return false
		}
		k++
	}
	if k == cl.start || k+1 >= len(toks) || toks[k].lower != w {
		return false
	}
	v := toks[k+1].lower
	return sayVerbs[v] || trailReportVerbs[v] || thinkVerbs[v]
}

// reportedBy reports whether clause k is a report that clause c closes as
// its speaker with a pronoun (see closingPronoun), and whose subject is
// someone other than that speaker: a name ("Why will the minister not
// ..., he demanded"), or anyone inside a quote, where the speaker is "I" ('"He is
// a fine player," he said'). A pronoun of an indirect report may be the
// speaker himself ("He was not forcing anyone ..., he said"): kept. So is
// a clause that opens a quote of its own ('X said: "...," he said'): its
// subject is that speaker.
func reportedBy(toks []token, cls []clause, k, c int, w string) bool {
	if cls[k].speaker != c || opensQuote(toks, cls[k]) || c >= len(cls) || !closingPronoun(toks, cls[c], w) {
		return false
	}
	return cls[k].subjIdx >= 0 || closesQuote(toks, cls[c])
}

// closesQuote reports whether clause cl opens right after a closing quote
// mark ('," he said').
func closesQuote(toks []token, cl clause) bool {
	for k := cl.start; k < cl.end && k < len(toks) && !toks[k].word; k++ {
		if isQuoteMark(toks[k].text) {
			return true
		}
	}
	return false
}

// opensQuote reports whether clause cl opens a quote with its verb of
// saying ('X said: "', 'X said, "'): its subject speaks the quote. An
// infinitive "to say sorry" inside a quote is no such verb.
func opensQuote(toks []token, cl clause) bool {
	k := cl.sayAt
	if k <= 0 || k+1 >= len(toks) {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+2; q++ {
		if isQuoteMark(toks[q].text) {
			return true
		}
		if toks[q].text != ":" && toks[q].text != "," {
			return false
		}
	}
	return false
}
