package extract

import (
	"slices"
	"strings"
)

// clauseTargetRoots are the roots whose target is whom the act is
// addressed to or aimed at, never an actor the act's content is about:
// statements (01), intents and pledges (03), rejections (12).
var clauseTargetRoots = toSet(`01 03 12`)

// dropClauseTargets removes the targets of a statement, pledge or
// rejection told by a verb that the tree puts inside a clause of their own
// below the trigger: "insists the club will never sell X", "warned that
// the Tories were planning", "rejected the idea that X and Y appealed",
// "denied there was an attempt to sideline X", "pledged the economy would
// outstrip that of X". An actor that is the verb's own object ("warned X
// that ...", "rejected X's offer") is kept. Accusations (11) keep the
// subject of what is alleged, and appeals (02) whom they ask to act.
func (b *builder) dropClauseTargets(toks []token, ms []mention, t trigger, targets []*entRef) []*entRef {
	if len(targets) == 0 || t.p.Noun || !clauseTargetRoots[t.p.Code[:2]] {
		return targets
	}
	that := clauseThatAt(toks, ms, t)
	noAddressee := clauseOnlyVerb(toks[t.i].lower)
	return slices.DeleteFunc(slices.Clone(targets), func(r *entRef) bool {
		for _, m := range ms {
			if m.ref != r || m.i <= t.i {
				continue
			}
			if noAddressee {
				return true // "insist voters face higher taxes", "insisted on BBC Radio 4": nobody is insisted, so an actor after it is in what is said
			}
			if t.p.Code[:2] == "03" && b.helpBetween(t.j, m.i) {
				return false // "promised that Bonn would continue to back Poland's bid": whom the promised help is for
			}
			if that > 0 && m.i > that {
				return true // "warned in September that the weakening US dollar ..."
			}
			if m.i <= t.j+1 && !auxAt(toks, m.j) {
				return false // the verb's object ("warned X that", "rejected the X"), not the subject of a clause ("warned the government would"): no tree asked
			}
			if p := b.tree(); p != nil && m.j <= len(p.words) {
				if debugTrig {
					println("CLAUSETGT", r.Name, m.i, m.j, t.i, p.inClauseBelow(m, t.i, t.p.Code[:2] == "12"))
				}
				return p.inClauseBelow(m, t.i, t.p.Code[:2] == "12")
			}
			return false
		}
		return false
	})
}

// clauseOnlyVerb reports a verb of saying or thinking that takes what is
// said or thought, never whom it is said to: "insist", and the verbs of
// thinking and arguing (thinkVerbs). An actor named after it is in the
// content ("Labour insists voters face ...", "argued the Tories would
// ..."), while "warned X", "told X" or "assured X" name an addressee.
func clauseOnlyVerb(w string) bool {
	return w == "insist" || w == "insists" || w == "insisted" || w == "insisting" || thinkVerbs[w]
}

// inClauseBelow reports whether mention m hangs on word v through a clause
// of its own: on the path up from m's head to v there is a verb with its
// own subject (or auxiliary), told between v and m or opening with "that",
// that is a complement, adverbial or noun clause ("v the idea that m ...",
// "v m2 will sell m"). False when the path does not reach v.
//
// With marked, the clause must open with "that" ("rejected the idea that
// ..."): verbs of refusal take no bare clause, and a tree that gives them
// one has misread a participle or a noun ("rejected proposals laid out by",
// "rejected U.S. calls for") as a finite verb.
func (p *parse) inClauseBelow(m mention, v int, marked bool) bool {
	h := p.spanHead(m.i, m.j)
	clause := false
	for x, n := h, 0; x >= 0 && n < len(p.words); x, n = p.head(x), n+1 {
		if x == v {
			return clause
		}
		if x == h {
			continue
		}
		switch p.rel(x) {
		case "ccomp", "acl", "advcl", "parataxis":
			if p.rel(x) == "advcl" && p.gerundAdjunct(x) {
				clause = true // "agreed to resign without returning to X": a circumstance of the act, not whom it is aimed at
			}
			if p.predicate(x) && (p.markedWith(x, "that") && p.finiteBetween(x, v, len(p.words)) || !marked && !p.markedWith(x, "to") && p.finiteBetween(x, v, m.j)) {
				clause = true
			}
		}
	}
	return false
}

// predicate reports whether word x can head a clause: a verb, or a noun or
// adjective with a copula ("warned the party was the real challenge to X",
// "pledged childcare would be a centrepiece of X's manifesto"), which a
// tree makes the head of its clause in place of the verb "be".
func (p *parse) predicate(x int) bool {
	if u := p.words[x].UPOS; u == "VERB" || u == "AUX" {
		return true
	}
	for _, k := range p.kids[x] {
		if p.rel(k) == "cop" {
			return true
		}
	}
	return false
}

// finiteBetween reports whether verb x is told as a clause of its own after
// word v and before word j: it has a subject there, or an auxiliary or
// modal there ("insists the club will never sell X", where a tree may take
// the club for the object of "insists").
func (p *parse) finiteBetween(x, v, j int) bool {
	if p.subjectBetween(x, v, j) {
		return true
	}
	for _, k := range p.kids[x] {
		if p.rel(k) == "aux" && k > v && k < x && k < j {
			return true
		}
	}
	return false
}

// subjectBetween reports whether verb x governs a subject (or an expletive
// "there") after word v and before word j: a clause told after the
// trigger whose subject comes before the mention or is it.
func (p *parse) subjectBetween(x, v, j int) bool {
	for _, k := range p.kids[x] {
		if r := p.rel(k); (r == "nsubj" || r == "expl") && k > v && k < j {
			return true
		}
	}
	return false
}

// markedWith reports whether clause x opens with word w ("that"; "to" marks
// an infinitive, whose subject a tree gives only by misreading: "send 120
// Gurkhas to assist with the relief effort in X").
func (p *parse) markedWith(x int, w string) bool {
	for _, k := range p.kids[x] {
		if p.rel(k) == "mark" && strings.EqualFold(p.words[k].Form, w) {
			return true
		}
	}
	return false
}

// clauseThatAt is the index of a "that" opening the clause of verb trigger
// t: its pattern's last word, or within four words after it with no actor
// named in between ("denied that", "warned in September that", "rejected
// the idea that"); -1 when none.
func clauseThatAt(toks []token, ms []mention, t trigger) int {
	if toks[t.j-1].lower == "that" {
		return t.j - 1
	}
	if toks[t.j-1].lower == "to" {
		return -1 // "agreed to continue that service to the people of X": an infinitive's object
	}
	for k := t.j; k < len(toks) && k < t.j+5; k++ {
		if !toks[k].word || inMention(ms, k) {
			return -1
		}
		if toks[k].lower == "that" {
			if k+1 < len(toks) && (toks[k+1].lower == "is" || toks[k+1].lower == "was" || toks[k+1].lower == "would" || toks[k+1].lower == "will") {
				return -1 // "rejected a plan that would ...": a relative clause on the object
			}
			return k
		}
	}
	return -1
}

// helpBetween reports whether a trigger of support, cooperation or aid (05,
// 06, 07) starts at or after token i and before token j: a pledge's content
// that helps someone is aimed at them.
func (b *builder) helpBetween(i, j int) bool {
	for _, u := range b.trigs {
		if u.i >= i && u.i < j {
			switch u.p.Code[:2] {
			case "05", "06", "07":
				return true
			}
		}
	}
	return false
}

// gerundAdjunct reports whether adverbial clause x is a gerund opened by
// "without": an act the sentence says did not happen alongside another
// ("agreed to resign without returning to X"), so nobody named in it is
// the other act's target (and withoutGerund keeps it from being an act).
func (p *parse) gerundAdjunct(x int) bool {
	if p.words[x].XPOS != "VBG" {
		return false
	}
	for _, k := range p.kids[x] {
		if r := p.rel(k); (r == "mark" || r == "case") && strings.EqualFold(p.words[k].Form, "without") {
			return true
		}
	}
	return false
}

// withoutGerund reports whether the gerund at token k is opened by
// "without" ("adjourned without agreeing on new fines", "without
// consulting X"): the sentence says the act did not happen.
func withoutGerund(toks []token, k int) bool {
	if k == 0 || !strings.HasSuffix(toks[k].lower, "ing") {
		return false
	}
	q := k - 1
	if q > 0 && strings.HasSuffix(toks[q].lower, "ly") {
		q-- // "without formally agreeing"
	}
	return toks[q].lower == "without"
}
