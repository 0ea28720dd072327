package extract

// Passive acts whose agent comes late: "The accord was signed at the United
// Nations in New York on Wednesday 29 April by A, B, C and D". The phrases
// of place and time between the verb and its "by" phrase push the agent out
// of the word rules' reach, and the parser, given a run of names and dates,
// may hang the "by" phrase on the last of them instead of on the verb.

// agentUnder finds a "by" phrase among the modifiers of name or date h, or
// of the names and dates it governs, up to depth levels down.
func (p *parse) agentUnder(h, depth int) (int, bool) {
	for _, k := range p.kids[h] {
		if p.rel(k) != "nmod" {
			continue
		}
		if p.caseOf(k) == "by" {
			return k, true
		}
		if depth > 1 && p.nameOrDate(k) {
			if a, ok := p.agentUnder(k, depth-1); ok {
				return a, true
			}
		}
	}
	return 0, false
}

// nameOrDate reports a proper noun or a number: a place, a body, a month or
// a year ("at the United Nations", "in New York", "in April 2016").
func (p *parse) nameOrDate(i int) bool {
	u := p.words[i].UPOS
	return u == "PROPN" || u == "NUM"
}

// placeTimeRun returns the index of the first token after a run of place
// and time phrases starting at from ("at the United Nations", "in New
// York", "on Wednesday 29 April", "in May 2018", "last October"): a
// preposition of place or time, maybe a determiner, then names, numbers,
// months or weekdays, maybe closed by a place noun ("at the UN
// headquarters"). from itself when no such phrase starts there; end bounds
// the run.
func placeTimeRun(toks []token, from, end int) int {
	k := from
	for k < end {
		q := k
		switch w := toks[q].lower; {
		case placeTimePreps[w]:
			q++
		case (w == "last" || w == "this") && q+1 < end && (months[toks[q+1].lower] != 0 || isWeekday(toks[q+1].lower)):
			// "last October": a time with no preposition.
			q++
		default:
			return k
		}
		if q < end && (toks[q].lower == "the" || toks[q].lower == "a") {
			q++
		}
		n := 0
		for q < end && toks[q].word && (toks[q].upper || isDigit(toks[q].lower[0]) || months[toks[q].lower] != 0) {
			q, n = q+1, n+1
		}
		if q < end && placeHeads[toks[q].lower] {
			q, n = q+1, n+1
		}
		if n == 0 {
			return k
		}
		k = q
	}
	return k
}

// placeTimePreps open a phrase of place or time.
var placeTimePreps = toSet(`at in on during outside near`)

// placeHeads end a place phrase after a name: "at the UN headquarters",
// "at a summit", "at the Elysee palace".
var placeHeads = toSet(`headquarters summit ceremony conference palace`)
