package extract

// The target of an act noun read from its dependents in the tree, where the
// word rules found who did it (a possessive or a "by" phrase) but not whom
// it was aimed at: the words between the noun and its target are more than
// the word window reads ("a visit by Iran's president, X, to the United
// States"), or the target belongs to the act a refusal or threat names
// ("Cuba's refusal to engage with the Colombian government").

// nounTargetPreps mark, after an act noun, whom the act is aimed at; "of"
// and "into" only for the roots the word rules allow them (ofPatientRoots).
var nounTargetPreps = toSet(`on against with to between upon towards toward`)

// namedActRoots are the roots of the acts nouns whose infinitive names the
// act refused or threatened: "refusal to accept X's plan", "a threat to
// attack X". The target of that act is the noun's.
var namedActRoots = toSet(`12 13`)

// nounTargetFromTree finds the target of noun trigger t from its dependents
// in the tree. It parses the sentence only when an actor other than the
// sources is named after the noun in its clause, and returns nil when the
// tree names none.
func (b *builder) nounTargetFromTree(toks []token, ms []mention, cl *clause, t trigger, sources []*entRef) []*entRef {
	if parseMode == "off" || !t.p.Noun || t.gapI >= 0 || !actorAfter(ms, t.j, cl.end, sources) {
		return nil
	}
	root := t.p.Code[:2]
	if !b.pzDone && !(namedActRoots[root] && t.j < cl.end && toks[t.j].lower == "to") {
		// Parsing for this alone changes what else the sentence's tree
		// says (the dates it holds to a noun, nounHeldDates) for little:
		// the tree is read when it is there already, or for "refusal
		// to", "threat to".
		return nil
	}
	p := b.tree()
	if p == nil {
		return nil
	}
	n := p.nounWord(t)
	if !p.readable(n, true) {
		return nil
	}
	pick := func(k int) []*entRef {
		if k < t.j || k >= cl.end {
			return nil
		}
		m := p.mentionOf(p.mAt, ms, k)
		if m < 0 || ms[m].i < t.j || inRefs(ms[m].ref, sources) {
			return nil
		}
		return b.group(toks, ms, m, cl.end)
	}
	for _, k := range p.kids[n] {
		if p.rel(k) != "nmod" {
			continue
		}
		c := p.caseOf(k)
		if nounTargetPreps[c] || patientPrep(c, root) {
			if g := pick(k); len(g) > 0 {
				return g
			}
		}
	}
	if !namedActRoots[root] {
		return nil
	}
	if v := p.nounInfinitive(n); v >= 0 {
		if o, ok := p.objectOf(v); ok {
			return pick(o)
		}
	}
	return nil
}

// nounInfinitive is the infinitive that names the act noun n stands for
// ("refusal to accept X"): a "to" clause that modifies n, or, as the parser
// often reads "X's refusal to engage with Y", one right after n that takes
// n for its subject. -1 when there is none.
func (p *parse) nounInfinitive(n int) int {
	for _, v := range p.kids[n] {
		if p.rel(v) == "acl" && v > n && p.verbal(v) && p.markedWith(v, "to") {
			return v
		}
	}
	if p.rel(n) == "nsubj" {
		if v := p.head(n); v > n && v <= n+3 && p.verbal(v) && p.markedWith(v, "to") {
			return v
		}
	}
	return -1
}

// actorAfter reports an actor mention from i to end that is none of
// sources.
func actorAfter(ms []mention, i, end int, sources []*entRef) bool {
	for _, m := range ms {
		if m.i >= i && m.i < end && actorMention(m) && !inRefs(m.ref, sources) {
			return true
		}
	}
	return false
}
